/**
 * The kiosk shell. Between visits it shows the attract screen; a visit runs from the first touch
 * to start over or inactivity, and ending it wipes everything the visitor left: screen, scroll,
 * text size, contrast and language (back to Arabic). Each visit renders under a fresh React key,
 * so no component state survives into the next visitor's.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentBundle, Language } from '../../core/content/schema';
import type { EndReason } from '../../core/visit/types';
import type { KioskSettings } from '../db/settingsRepository';
import { AttractScreen } from '../features/attract/AttractScreen';
import { FaqAnswerScreen } from '../features/faq/FaqAnswerScreen';
import { FaqCategoriesScreen } from '../features/faq/FaqCategoriesScreen';
import { FaqCategoryScreen } from '../features/faq/FaqCategoryScreen';
import { FaqSearchScreen } from '../features/faq/FaqSearchScreen';
import { EligibilityCheckAnswersScreen } from '../features/eligibility/EligibilityCheckAnswersScreen';
import { EligibilityProvider } from '../features/eligibility/EligibilityProvider';
import { EligibilityQuestionScreen } from '../features/eligibility/EligibilityQuestionScreen';
import { EligibilityResultScreen } from '../features/eligibility/EligibilityResultScreen';
import { GuideChecklistScreen } from '../features/guide/GuideChecklistScreen';
import { GuideStartScreen } from '../features/guide/GuideStartScreen';
import { GuideStepsScreen } from '../features/guide/GuideStepsScreen';
import { GuideVisitProvider } from '../features/guide/GuideVisitProvider';
import { HomeScreen } from '../features/home/HomeScreen';
import { IdleDialog } from '../features/idle/IdleDialog';
import { useIdlePrompt } from '../features/idle/useIdlePrompt';
import type { VisitRecorder } from '../visit/recorder';
import { applyDocumentLanguage, defaultLanguage } from '../i18n';
import { KioskContext, type KioskContextValue } from './kioskContext';
import { routeIdentity, routeRef, type Route } from './routes';
import { ScreenBoundary } from './ScreenBoundary';
import { Toolbar, type TextSize } from './Toolbar';

export type AppProps = {
  readonly content: ContentBundle;
  readonly recorder: VisitRecorder;
  readonly settings: KioskSettings;
};

type Visit = {
  /** Increments per visit: a new key remounts every screen, dropping all component state. */
  readonly key: number;
  readonly stack: readonly Route[];
  readonly textSize: TextSize;
  readonly isHighContrast: boolean;
};

function currentRoute(visit: Visit): Route {
  return visit.stack[visit.stack.length - 1] ?? { name: 'home' };
}

function renderScreen(route: Route) {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'faq-categories':
      return <FaqCategoriesScreen />;
    case 'faq-category':
      return <FaqCategoryScreen categoryId={route.categoryId} />;
    case 'faq-search':
      return <FaqSearchScreen query={route.query} />;
    case 'faq-answer':
      return <FaqAnswerScreen entryId={route.entryId} />;
    case 'guide-start':
      return <GuideStartScreen />;
    case 'guide-steps':
      return <GuideStepsScreen />;
    case 'guide-checklist':
      return <GuideChecklistScreen />;
    case 'eligibility-question':
      return (
        <EligibilityQuestionScreen questionId={route.questionId} changeDepth={route.changeDepth} />
      );
    case 'eligibility-check-answers':
      return <EligibilityCheckAnswersScreen />;
    case 'eligibility-result':
      return <EligibilityResultScreen />;
    default: {
      const unreachable: never = route;
      return unreachable;
    }
  }
}

export function App({ content, recorder, settings }: AppProps) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.resolvedLanguage ?? defaultLanguage) as Language;
  const [visit, setVisit] = useState<Visit | null>(null);
  const [visitCount, setVisitCount] = useState(0);

  useEffect(() => applyDocumentLanguage(document, lang), [lang]);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.textSize = String(visit?.textSize ?? 1);
    root.dataset.contrast = visit?.isHighContrast ? 'high' : 'normal';
  }, [visit?.textSize, visit?.isHighContrast]);

  const route = visit ? currentRoute(visit) : undefined;
  // One screen event per screen shown: a route updated in place (a search query) is the same screen.
  const screenKey = visit && route ? `${visit.stack.length}:${routeIdentity(route)}` : undefined;
  const screenRoute = useRef(route);
  useEffect(() => {
    screenRoute.current = route;
  });
  // The number of eligibility questions asked depends on the answers, so a visit records that
  // screen once, however many questions follow.
  const hasRecordedQuestions = useRef(false);
  useEffect(() => {
    const shown = screenRoute.current;
    if (screenKey === undefined || !shown) return;
    if (shown.name === 'eligibility-question') {
      if (hasRecordedQuestions.current) return;
      hasRecordedQuestions.current = true;
    }
    recorder.record('screen', { screen: shown.name, ...optionalRef(shown) });
  }, [recorder, screenKey]);

  const start = useCallback(
    (startLang: Language) => {
      recorder.start(startLang);
      hasRecordedQuestions.current = false;
      void i18n.changeLanguage(startLang);
      setVisitCount((count) => count + 1);
      setVisit({
        key: visitCount + 1,
        stack: [{ name: 'home' }],
        textSize: 1,
        isHighContrast: false,
      });
    },
    [i18n, recorder, visitCount],
  );

  const end = useCallback(
    (reason: EndReason) => {
      recorder.end(reason);
      setVisit(null);
      void i18n.changeLanguage(defaultLanguage);
      window.scrollTo({ top: 0 });
    },
    [i18n, recorder],
  );

  const navigate = useCallback(
    (next: Route) => {
      if (!visit) return;
      if (next.name === 'faq-answer') {
        const from = currentRoute(visit).name;
        recorder.record('faq-view', {
          entryId: next.entryId,
          via:
            next.via ??
            (from === 'faq-answer' ? 'related' : from === 'faq-search' ? 'search' : 'category'),
        });
      }
      setVisit({ ...visit, stack: [...visit.stack, next] });
    },
    [recorder, visit],
  );

  /** Replaces the current screen's route without adding to Back (e.g. a search query). */
  const updateRoute = useCallback((next: Route) => {
    setVisit((current) =>
      current ? { ...current, stack: [...current.stack.slice(0, -1), next] } : current,
    );
  }, []);

  const back = useCallback(() => {
    setVisit((current) =>
      current && current.stack.length > 1
        ? { ...current, stack: current.stack.slice(0, -1) }
        : current,
    );
  }, []);

  const goHome = useCallback(() => {
    setVisit((current) => (current ? { ...current, stack: [{ name: 'home' }] } : current));
  }, []);

  const idle = useIdlePrompt({
    isActive: visit !== null,
    timeoutSeconds: settings.idleTimeoutSeconds,
    warningSeconds: settings.idleWarningSeconds,
    onPrompt: () => recorder.record('idle-prompt', { answered: false }),
    onExpire: () => end('idle'),
  });

  const keepVisit = useCallback(() => {
    recorder.record('idle-prompt', { answered: true });
    idle.keepVisit();
  }, [idle, recorder]);

  const contextValue = useMemo<KioskContextValue | null>(
    () =>
      visit
        ? {
            content,
            office: settings.office,
            lang,
            recorder,
            navigate,
            updateRoute,
            back,
            goHome,
            canGoBack: visit.stack.length > 1,
          }
        : null,
    [back, content, goHome, lang, navigate, recorder, settings.office, updateRoute, visit],
  );

  if (!visit || !route || !contextValue) {
    return <AttractScreen onStart={start} officeName={settings.office.name} />;
  }

  const switchLanguage = () => {
    const to: Language = lang === 'ar' ? 'en' : 'ar';
    recorder.record('language-switch', { from: lang, to });
    void i18n.changeLanguage(to);
  };

  const setDisplay = (textSize: TextSize, isHighContrast: boolean) => {
    recorder.record('display', { textSize, isHighContrast });
    setVisit({ ...visit, textSize, isHighContrast });
  };

  return (
    <KioskContext.Provider value={contextValue}>
      <div className="kiosk" key={visit.key}>
        <header className="masthead">
          <span className="brand-mark" aria-hidden="true">
            {t('app.brand')}
          </span>
          <div className="masthead__text">
            <span className="masthead__title">{t('app.title')}</span>
            <span className="masthead__office">
              {settings.office.name?.[lang] ?? t('app.office')}
            </span>
          </div>
          {route.name !== 'home' && (
            <button type="button" className="button button--ghost masthead__home" onClick={goHome}>
              {t('nav.home')}
            </button>
          )}
        </header>
        <main className="kiosk__main">
          {/* What the guide and the eligibility check remember lives and dies with the visit. */}
          <GuideVisitProvider>
            <EligibilityProvider>
              <ScreenBoundary
                key={`${visit.stack.length}:${routeIdentity(route)}`}
                title={t('error.title')}
                body={t('error.body')}
                homeLabel={t('error.home')}
                onHome={goHome}
              >
                {renderScreen(route)}
              </ScreenBoundary>
            </EligibilityProvider>
          </GuideVisitProvider>
        </main>
        <Toolbar
          lang={lang}
          textSize={visit.textSize}
          isHighContrast={visit.isHighContrast}
          onStartOver={() => end('start-over')}
          onSwitchLanguage={switchLanguage}
          onTextSize={(size) => setDisplay(size, visit.isHighContrast)}
          onContrast={(isHighContrast) => setDisplay(visit.textSize, isHighContrast)}
        />
        {idle.isPrompting && <IdleDialog secondsLeft={idle.secondsLeft} onKeepVisit={keepVisit} />}
      </div>
    </KioskContext.Provider>
  );
}

function optionalRef(route: Route): { ref?: string } {
  const ref = routeRef(route);
  return ref === undefined ? {} : { ref };
}
