/**
 * What every screen of a visit can use: content, the office, navigation and the visit recorder.
 * Provided by the app shell from `useVisit`; absent between visits (the attract screen).
 */
import { createContext, useContext } from 'react';
import type { ContentBundle, Language } from '../../core/content/schema';
import type { OfficeDetails } from '../db/settingsRepository';
import type { VisitRecorder } from './recorder';
import type { Route } from './routes';

export type KioskContextValue = {
  readonly content: ContentBundle;
  /** This kiosk's office, from its settings (each office sets its own). */
  readonly office: OfficeDetails;
  readonly lang: Language;
  readonly recorder: VisitRecorder;
  /** The screen being shown. */
  readonly route: Route;
  /**
   * False when the screen was shown again by Back: it records its `screen` event again (the
   * visitor saw it again) but not what counts as opening it (an FAQ answer's `faq-view`).
   */
  readonly isFirstShowing: boolean;
  /**
   * True the first time in this visit that `key` is asked about, false after: for screens counted
   * once per visit however often they are shown (the eligibility questions).
   */
  readonly isFirstInVisit: (key: string) => boolean;
  /** Opens a screen on top of the current one (Back returns). */
  readonly navigate: (route: Route) => void;
  /** Replaces the current screen's route in place (Back is unchanged). */
  readonly updateRoute: (route: Route) => void;
  readonly back: () => void;
  readonly goHome: () => void;
  readonly canGoBack: boolean;
};

export const KioskContext = createContext<KioskContextValue | null>(null);

export function useKiosk(): KioskContextValue {
  const value = useContext(KioskContext);
  if (value === null) throw new Error('useKiosk outside a visit');
  return value;
}
