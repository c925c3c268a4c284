/** What every screen of a visit can use: content, navigation and the visit recorder. */
import { createContext, useContext } from 'react';
import type { ContentBundle, Language } from '../../core/content/schema';
import type { OfficeDetails } from '../db/settingsRepository';
import type { VisitRecorder } from '../visit/recorder';
import type { Route } from './routes';

export type KioskContextValue = {
  readonly content: ContentBundle;
  /** This kiosk's office, from its settings (each office sets its own). */
  readonly office: OfficeDetails;
  readonly lang: Language;
  readonly recorder: VisitRecorder;
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
