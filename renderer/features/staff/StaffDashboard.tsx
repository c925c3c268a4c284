/**
 * The staff screen: who is signed in, the sections (today, helping a citizen, the waiting list,
 * the report, the kiosk's health, and for the administrator settings, accounts, the activity log
 * and backups) and a way out. Policy: administrator sections are not offered to staff accounts,
 * and each admin panel's repository checks the role again, so hiding a button is never the only
 * guard.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/content/schema';
import type { StaffAccount } from '../../../core/staff/types';

/** The sections of the staff screen; the last four are the administrator's. */
export const staffTabs = [
  'today',
  'assist',
  'queue',
  'report',
  'health',
  'settings',
  'accounts',
  'audit',
  'backup',
] as const;
export type StaffTab = (typeof staffTabs)[number];

const adminTabs: ReadonlySet<StaffTab> = new Set(['settings', 'accounts', 'audit', 'backup']);

/** The sections an account may open (pure). */
export function tabsFor(account: Pick<StaffAccount, 'role'>): readonly StaffTab[] {
  return staffTabs.filter((tab) => account.role === 'admin' || !adminTabs.has(tab));
}

export type StaffDashboardProps = {
  readonly account: StaffAccount;
  readonly lang: Language;
  readonly onSwitchLanguage: () => void;
  readonly onSignOut: () => void;
  /** Set when a citizen's visit is open underneath: offers the way back to it. */
  readonly onReturnToVisit?: () => void;
  /** The panel of each section, drawn only when it is open. */
  readonly renderPanel: (tab: StaffTab) => ReactNode;
  readonly initialTab?: StaffTab;
};

export function StaffDashboard({
  account,
  lang,
  onSwitchLanguage,
  onSignOut,
  onReturnToVisit,
  renderPanel,
  initialTab = 'today',
}: StaffDashboardProps) {
  const { t } = useTranslation();
  const tabs = tabsFor(account);
  const [tab, setTab] = useState<StaffTab>(tabs.includes(initialTab) ? initialTab : 'today');
  const panel = useRef<HTMLElement>(null);
  const isFirst = useRef(true);
  useEffect(() => {
    // Moving between sections moves focus to the new section's heading, as a new screen does.
    if (isFirst.current) {
      isFirst.current = false;
      return;
    }
    panel.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [tab]);
  const other: Language = lang === 'ar' ? 'en' : 'ar';

  return (
    <div className="staff-page staff-dashboard">
      <header className="staff-dashboard__bar">
        <div className="staff-dashboard__who">
          <h1 className="staff-dashboard__title">{t('staff.dashboard.title')}</h1>
          <p className="staff-dashboard__account">
            {t('staff.dashboard.signedInAs', { name: account.displayName })}
            {' · '}
            {account.role === 'admin'
              ? t('staff.dashboard.roleAdmin')
              : t('staff.dashboard.roleStaff')}
          </p>
        </div>
        <div className="staff-dashboard__tools">
          <button
            type="button"
            className="button button--secondary"
            lang={other}
            onClick={onSwitchLanguage}
          >
            {t('staff.dashboard.switchLanguage')}
          </button>
          <button type="button" className="button button--secondary" onClick={onSignOut}>
            {t('staff.dashboard.signOut')}
          </button>
        </div>
      </header>
      {onReturnToVisit !== undefined && (
        <div className="notice notice--info staff-dashboard__visit">
          <p>{t('staff.dashboard.visitRunning')}</p>
          <button type="button" className="button button--secondary" onClick={onReturnToVisit}>
            {t('staff.dashboard.returnToVisit')}
          </button>
        </div>
      )}
      <div className="staff-dashboard__body">
        <nav className="staff-dashboard__nav" aria-label={t('staff.dashboard.sections')}>
          <ul>
            {tabs.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="staff-dashboard__tab"
                  aria-current={id === tab ? 'page' : undefined}
                  onClick={() =>
                    id === tab
                      ? panel.current?.querySelector<HTMLElement>('h2')?.focus()
                      : setTab(id)
                  }
                >
                  {t(`staff.dashboard.tabs.${id}`)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main className="staff-dashboard__panel" ref={panel}>
          {renderPanel(tab)}
        </main>
      </div>
    </div>
  );
}
