/**
 * The visit: from the first touch after the attract screen to Start over, "I'm done" or
 * inactivity. Owns the route stack, the display settings the visitor chose (text size, contrast,
 * language) and the recorder's start and end. Policy: ending a visit wipes everything the visitor
 * left (screens, the search they typed, display settings) and returns to Arabic; each visit
 * renders under a fresh key, so no component state survives into the next visitor's.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/content/schema';
import type {
  AssistedOutcome,
  EndReason,
  SessionMode,
  VisitEventPayloads,
} from '../../core/visit/types';
import { applyDocumentLanguage, defaultLanguage } from '../i18n';
import type { StartOptions, VisitRecorder } from './recorder';
import type { Route } from './routes';

export type TextSize = VisitEventPayloads['display']['textSize'];

/** How a visit is started: alone at the kiosk, or by a caseworker acting with the citizen. */
export type VisitOptions = StartOptions;

/** The running visit, as the shell renders it. */
export type Visit = {
  /** Increments per visit: a new key remounts every screen, dropping all component state. */
  readonly key: number;
  readonly stack: readonly Route[];
  /** True when the current screen was uncovered by Back rather than opened. */
  readonly isReturn: boolean;
  readonly textSize: TextSize;
  readonly isHighContrast: boolean;
  readonly mode: SessionMode;
  /** The staff member acting with the citizen, in an assisted visit. */
  readonly caseworkerId?: string;
  /** True when the visit began in listen mode (the attract screen's Listen, its Help key or a hold). */
  readonly startsListening: boolean;
};

export type VisitControls = {
  /** The running visit; null between visits (the attract screen shows). */
  readonly visit: Visit | null;
  /** The language on screen. */
  readonly lang: Language;
  readonly start: (lang: Language, options?: VisitOptions, startsListening?: boolean) => void;
  /** Ends the visit; an assisted visit passes the outcome the staff member chose. */
  readonly end: (reason: EndReason, outcome?: AssistedOutcome) => void;
  readonly navigate: (route: Route) => void;
  readonly updateRoute: (route: Route) => void;
  readonly back: () => void;
  readonly goHome: () => void;
  readonly switchLanguage: () => void;
  readonly setTextSize: (size: TextSize) => void;
  readonly setHighContrast: (isHighContrast: boolean) => void;
  readonly isFirstInVisit: (key: string) => boolean;
};

const homeRoute: Route = { name: 'home' };

/** The screen on top of a visit's stack. */
export function currentRoute(visit: Visit): Route {
  return visit.stack[visit.stack.length - 1] ?? homeRoute;
}

/**
 * How an FAQ answer was reached, when the route opening it does not say (pure): from another
 * answer it is a related question, from the results a search, otherwise a topic.
 */
export function answerVia(from: Route['name']): VisitEventPayloads['faq-view']['via'] {
  if (from === 'faq-answer') return 'related';
  if (from === 'faq-search') return 'search';
  return 'category';
}

/** The visit's state and the only ways to change it. */
export function useVisit(recorder: VisitRecorder): VisitControls {
  const { i18n } = useTranslation();
  const lang = (i18n.resolvedLanguage ?? defaultLanguage) as Language;
  const [visit, setVisit] = useState<Visit | null>(null);
  const visitCount = useRef(0);
  const seenInVisit = useRef(new Set<string>());
  // React keeps a component's previous render (its state and closures) until it renders again:
  // one more render after a visit ends lets go of the last visitor's route stack and search.
  const [, setRendersSinceEnd] = useState(0);
  useEffect(() => {
    // The extra render is the point: it must follow the render that ended the visit.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (visit === null) setRendersSinceEnd((count) => count + 1);
  }, [visit]);

  useEffect(() => applyDocumentLanguage(document, lang), [lang]);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.textSize = String(visit?.textSize ?? 1);
    root.dataset.contrast = visit?.isHighContrast ? 'high' : 'normal';
  }, [visit?.textSize, visit?.isHighContrast]);

  const start = useCallback(
    (startLang: Language, options: VisitOptions = { mode: 'self' }, startsListening = false) => {
      recorder.start(startLang, options);
      seenInVisit.current = new Set();
      visitCount.current += 1;
      void i18n.changeLanguage(startLang);
      setVisit({
        key: visitCount.current,
        stack: [homeRoute],
        isReturn: false,
        textSize: 1,
        isHighContrast: false,
        mode: options.mode,
        startsListening,
        ...(options.caseworkerId === undefined ? {} : { caseworkerId: options.caseworkerId }),
      });
    },
    [i18n, recorder],
  );

  const end = useCallback(
    (reason: EndReason, outcome?: AssistedOutcome) => {
      recorder.end(reason, outcome);
      seenInVisit.current = new Set();
      setVisit(null);
      void i18n.changeLanguage(defaultLanguage);
      window.scrollTo({ top: 0 });
    },
    [i18n, recorder],
  );

  const navigate = useCallback((next: Route) => {
    setVisit((current) => {
      if (!current) return current;
      const opened: Route =
        next.name === 'faq-answer' && next.via === undefined
          ? { ...next, via: answerVia(currentRoute(current).name) }
          : next;
      return { ...current, stack: [...current.stack, opened], isReturn: false };
    });
  }, []);

  const updateRoute = useCallback((next: Route) => {
    setVisit((current) =>
      current ? { ...current, stack: [...current.stack.slice(0, -1), next] } : current,
    );
  }, []);

  const back = useCallback(() => {
    setVisit((current) =>
      current && current.stack.length > 1
        ? { ...current, stack: current.stack.slice(0, -1), isReturn: true }
        : current,
    );
  }, []);

  const goHome = useCallback(() => {
    setVisit((current) =>
      current ? { ...current, stack: [homeRoute], isReturn: false } : current,
    );
  }, []);

  const switchLanguage = useCallback(() => {
    const to: Language = lang === 'ar' ? 'en' : 'ar';
    recorder.record('language-switch', { from: lang, to });
    void i18n.changeLanguage(to);
  }, [i18n, lang, recorder]);

  const setDisplay = useCallback(
    (change: Partial<Pick<Visit, 'textSize' | 'isHighContrast'>>) => {
      if (!visit) return;
      const next = { ...visit, ...change };
      recorder.record('display', { textSize: next.textSize, isHighContrast: next.isHighContrast });
      setVisit(next);
    },
    [recorder, visit],
  );

  const setTextSize = useCallback((textSize: TextSize) => setDisplay({ textSize }), [setDisplay]);
  const setHighContrast = useCallback(
    (isHighContrast: boolean) => setDisplay({ isHighContrast }),
    [setDisplay],
  );

  const isFirstInVisit = useCallback((key: string) => {
    if (seenInVisit.current.has(key)) return false;
    seenInVisit.current.add(key);
    return true;
  }, []);

  return {
    visit,
    lang,
    start,
    end,
    navigate,
    updateRoute,
    back,
    goHome,
    switchLanguage,
    setTextSize,
    setHighContrast,
    isFirstInVisit,
  };
}
