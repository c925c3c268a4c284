/**
 * Who is signed in at the staff screens, and for how long. Policy: staff screens sign out after
 * 2 minutes without a touch or key, and always when the kiosk returns to the attract screen, so
 * the next citizen can never walk into them.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StaffAccount } from '../../../core/staff/types';
import type { StaffDirectory } from './services';

/** Staff screens sign out after this long without a touch. */
export const staffIdleMs = 2 * 60 * 1000;

/** Where the staff side stands. */
export type StaffPhase =
  | { readonly name: 'closed' }
  | { readonly name: 'signing-in' }
  | { readonly name: 'dashboard'; readonly account: StaffAccount }
  /** The staff member is helping a citizen through an assisted visit. */
  | { readonly name: 'assisting'; readonly account: StaffAccount };

export type StaffSession = {
  readonly phase: StaffPhase;
  readonly open: () => void;
  readonly cancel: () => void;
  readonly signedIn: (account: StaffAccount) => void;
  readonly signOut: (why: 'button' | 'idle' | 'attract') => void;
  readonly startAssisting: () => void;
  readonly returnToDashboard: () => void;
};

export function useStaffSession(directory: StaffDirectory): StaffSession {
  const [phase, setPhase] = useState<StaffPhase>({ name: 'closed' });
  const phaseRef = useRef(phase);
  useEffect(() => {
    phaseRef.current = phase;
  }, [phase]);

  const signOut = useCallback(
    (why: 'button' | 'idle' | 'attract') => {
      const current = phaseRef.current;
      if (current.name === 'dashboard' || current.name === 'assisting') {
        void directory.signOut(current.account.id, why);
      }
      setPhase({ name: 'closed' });
    },
    [directory],
  );

  const isOnStaffScreens = phase.name === 'signing-in' || phase.name === 'dashboard';
  useEffect(() => {
    if (!isOnStaffScreens) return undefined;
    let timer = setTimeout(() => signOut('idle'), staffIdleMs);
    const touched = () => {
      clearTimeout(timer);
      timer = setTimeout(() => signOut('idle'), staffIdleMs);
    };
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, touched, { capture: true });
    return () => {
      clearTimeout(timer);
      for (const name of events) window.removeEventListener(name, touched, { capture: true });
    };
  }, [isOnStaffScreens, signOut]);

  return {
    phase,
    open: useCallback(() => {
      setPhase((current) => (current.name === 'closed' ? { name: 'signing-in' } : current));
    }, []),
    cancel: useCallback(() => setPhase({ name: 'closed' }), []),
    signedIn: useCallback((account: StaffAccount) => setPhase({ name: 'dashboard', account }), []),
    signOut,
    startAssisting: useCallback(() => {
      setPhase((current) =>
        current.name === 'dashboard' ? { name: 'assisting', account: current.account } : current,
      );
    }, []),
    returnToDashboard: useCallback(() => {
      setPhase((current) =>
        current.name === 'assisting' ? { name: 'dashboard', account: current.account } : current,
      );
    }, []),
  };
}
