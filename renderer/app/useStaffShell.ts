/**
 * The shell's side of the staff feature: the staff session, the way in, leaving (with the
 * language the kiosk showed before), and starting an assisted visit. Policy: staff screens never
 * outlive a return to the attract screen; an assisted visit starts only from a signed-in staff
 * screen, ending any citizen visit left open, and is written to the audit log.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/content/schema';
import type { KioskSettings } from '../db/settingsRepository';
import { useStaffEntry, useStaffSession, type StaffServices } from '../features/staff';
import type { VisitControls } from '../visit/useVisit';

export type StaffShellOptions = {
  readonly staff: StaffServices;
  readonly visitControls: VisitControls;
  /** Applies settings an administrator saved to the running kiosk. */
  readonly onSettings: (settings: KioskSettings) => void;
};

export function useStaffShell({ staff, visitControls, onSettings }: StaffShellOptions) {
  const { i18n } = useTranslation();
  const { visit, lang, end } = visitControls;
  const services = useMemo<StaffServices>(
    () => ({
      ...staff,
      applySettings: (next) => {
        onSettings(next);
        staff.applySettings(next);
      },
    }),
    [onSettings, staff],
  );
  const staffSession = useStaffSession(staff.directory);
  const { phase } = staffSession;
  const isOnStaffScreens = phase.name === 'signing-in' || phase.name === 'dashboard';
  // The language the kiosk showed when the staff came in: given back when they leave.
  const langBeforeStaff = useRef<Language>(lang);
  const openStaff = useCallback(() => {
    langBeforeStaff.current = lang;
    staffSession.open();
  }, [lang, staffSession]);
  const logoPress = useStaffEntry(openStaff, phase.name === 'closed');
  const leaveStaff = useCallback(
    (why: 'button' | 'idle') => {
      staffSession.signOut(why);
      void i18n.changeLanguage(langBeforeStaff.current);
    },
    [i18n, staffSession],
  );
  // Staff screens never outlive a return to the attract screen.
  useEffect(() => {
    if (visit === null && phase.name === 'assisting') staffSession.signOut('attract');
  }, [phase.name, staffSession, visit]);
  // A staff sign-in left idle is signed out by the session; the language goes back with it.
  const wasOnStaffScreens = useRef(false);
  useEffect(() => {
    if (wasOnStaffScreens.current && phase.name === 'closed') {
      void i18n.changeLanguage(langBeforeStaff.current);
    }
    wasOnStaffScreens.current = isOnStaffScreens;
  }, [i18n, isOnStaffScreens, phase.name]);

  const startAssisted = useCallback(
    (assistLang: Language) => {
      if (phase.name !== 'dashboard') return;
      if (visit !== null) end('start-over');
      visitControls.start(assistLang, { mode: 'assisted', caseworkerId: phase.account.id });
      staffSession.startAssisting();
      void staff.audit.record('assisted-visit-started', { staffId: phase.account.id });
    },
    [end, phase, staff.audit, staffSession, visit, visitControls],
  );

  return { services, staffSession, phase, isOnStaffScreens, logoPress, leaveStaff, startAssisted };
}
