/**
 * Screens record their own view events. Policy: a `screen` event each time a screen is shown
 * (opened or uncovered by Back), never when only its route changes in place (a search query);
 * screens counted once per visit (the eligibility questions, whose sequence would reveal the
 * answers) pass `oncePerVisit`.
 */
import { useEffect, useRef } from 'react';
import type { ScreenName } from '../../core/visit/types';
import { useKiosk } from './context';

export type ScreenViewOptions = {
  /** The category or entry id the screen shows, where it has one (never anything personal). */
  readonly ref?: string;
  readonly oncePerVisit?: boolean;
};

export function useScreenView(screen: ScreenName, options: ScreenViewOptions = {}): void {
  const { recorder, isFirstInVisit } = useKiosk();
  const { ref, oncePerVisit = false } = options;
  // A ref, not the effect's dependencies, decides: a screen is shown once per mount.
  const hasRecorded = useRef(false);
  useEffect(() => {
    if (hasRecorded.current) return;
    hasRecorded.current = true;
    if (oncePerVisit && !isFirstInVisit(`screen:${screen}`)) return;
    recorder.record('screen', { screen, ...(ref === undefined ? {} : { ref }) });
  }, [isFirstInVisit, oncePerVisit, recorder, ref, screen]);
}

/**
 * Records `record` once when the screen is opened, not when Back uncovers it again: what counts
 * as opening something (an FAQ answer's `faq-view`).
 */
export function useOpenedEvent(record: () => void): void {
  const { isFirstShowing } = useKiosk();
  const latest = useRef(record);
  const hasRecorded = useRef(false);
  useEffect(() => {
    latest.current = record;
  });
  useEffect(() => {
    if (hasRecorded.current || !isFirstShowing) return;
    hasRecorded.current = true;
    latest.current();
  }, [isFirstShowing]);
}
