/**
 * The kiosk shell: the attract screen between visits; during one, the masthead, the current
 * screen and the toolbar. The visit itself (route stack, display settings, start and end) lives
 * in `renderer/visit/useVisit`; the shell only draws it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssistedOutcome, EndReason } from '../../core/visit/types';
import type { ContentStore } from '../content/contentStore';
import { useContent } from '../content/useContent';
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
import { CallbackScreen, HelpTicketScreen } from '../features/help';
import { HomeScreen } from '../features/home/HomeScreen';
import { ReportScreen } from '../features/report';
import { EndVisitDialog } from '../features/idle/EndVisitDialog';
import { IdleDialog } from '../features/idle/IdleDialog';
import { useIdlePrompt } from '../features/idle/useIdlePrompt';
import { ListenPanel, ListenProvider } from '../features/listen';
import { AssistedBanner, OutcomeDialog, StaffDesk, type StaffServices } from '../features/staff';
import { trackInputModality } from '../ui/inputModality';
import { KioskContext, type KioskContextValue } from '../visit/context';
import type { VisitRecorder } from '../visit/recorder';
import { routeIdentity, type Route } from '../visit/routes';
import { currentRoute, useVisit } from '../visit/useVisit';
import { ScreenBoundary } from './ScreenBoundary';
import { useStaffShell } from './useStaffShell';
import { Toolbar } from './Toolbar';
import { useKeypad } from './useKeypad';
import { VisitKeys } from './VisitKeys';

export type AppProps = {
  /** The content in use; a newer bundle is swapped in only between visits (useContent). */
  readonly contentStore: ContentStore;
  readonly recorder: VisitRecorder;
  /** The settings read at start-up; an administrator's changes replace them while running. */
  readonly settings: KioskSettings;
  readonly staff: StaffServices;
};

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
      return <FaqAnswerScreen entryId={route.entryId} via={route.via ?? 'category'} />;
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
    case 'help-ticket':
      return route.view === 'callback' ? (
        <CallbackScreen from={route.from} />
      ) : (
        <HelpTicketScreen from={route.from} />
      );
    default: {
      const unreachable: never = route;
      return unreachable;
    }
  }
}

export function App({ contentStore, recorder, settings: initialSettings, staff }: AppProps) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState(initialSettings);
  const visitControls = useVisit(recorder);
  const { visit, lang, end, navigate, updateRoute, back, goHome, isFirstInVisit } = visitControls;
  const content = useContent(contentStore, visit !== null);
  // Start over asks first: one stray tap must not end a visit mid-check.
  const [isConfirmingEnd, setIsConfirmingEnd] = useState(false);
  const endVisit = useCallback(
    (reason: EndReason, outcome?: AssistedOutcome) => {
      setIsConfirmingEnd(false);
      end(reason, outcome);
    },
    [end],
  );

  const { services, staffSession, phase, isOnStaffScreens, logoPress, leaveStaff, startAssisted } =
    useStaffShell({ staff, visitControls, onSettings: setSettings });

  useEffect(() => trackInputModality(), []);
  const startListening = useCallback(
    () => visitControls.start('ar', undefined, true),
    [visitControls],
  );
  // Between visits, Help starts one in listen mode; on the staff screens the keys only move.
  useKeypad({ onHelp: startListening }, visit === null && !isOnStaffScreens);
  useKeypad({}, isOnStaffScreens);

  const idle = useIdlePrompt({
    isActive: visit !== null && !isOnStaffScreens,
    timeoutSeconds: settings.idleTimeoutSeconds,
    warningSeconds: settings.idleWarningSeconds,
    onPrompt: () => recorder.record('idle-prompt', { answered: false }),
    onExpire: () => endVisit('idle'),
  });

  const keepVisit = useCallback(() => {
    recorder.record('idle-prompt', { answered: true });
    idle.keepVisit();
  }, [idle, recorder]);

  const route = visit ? currentRoute(visit) : undefined;
  const contextValue = useMemo<KioskContextValue | null>(
    () =>
      visit && route
        ? {
            content,
            office: settings.office,
            lang,
            recorder,
            route,
            isFirstShowing: !visit.isReturn,
            isFirstInVisit,
            navigate,
            updateRoute,
            back,
            goHome,
            canGoBack: visit.stack.length > 1,
          }
        : null,
    [
      back,
      content,
      goHome,
      isFirstInVisit,
      lang,
      navigate,
      recorder,
      route,
      settings.office,
      updateRoute,
      visit,
    ],
  );

  // The staff screens cover an open visit without ending it: the citizen's screen, checklist and
  // answers stay in place underneath (hidden), for "Back to the citizen's visit".
  const staffDesk = isOnStaffScreens && (
    <StaffDesk
      session={staffSession}
      services={services}
      recorder={recorder}
      settings={settings}
      hasOpenVisit={visit !== null}
      onAssist={startAssisted}
      onReturnToVisit={() => leaveStaff('button')}
      onSignOut={() => leaveStaff('button')}
      renderReport={(staffId) => (
        <ReportScreen
          db={services.db}
          content={content}
          settings={settings}
          bridge={services.bridge}
          staffId={staffId}
          audit={services.audit}
        />
      )}
    />
  );

  if (!visit || !route || !contextValue) {
    return (
      staffDesk || (
        <AttractScreen
          onStart={(startLang) => visitControls.start(startLang)}
          onListen={startListening}
          officeName={settings.office.name}
          logoPress={logoPress}
        />
      )
    );
  }

  return (
    <KioskContext.Provider value={contextValue}>
      {staffDesk}
      <ListenProvider
        key={visit.key}
        lang={lang}
        privacy={settings.speechOutput}
        startsOn={visit.startsListening}
        isCovered={isOnStaffScreens}
      >
        <VisitKeys isActive={!isOnStaffScreens} />
        <div className="kiosk" key={visit.key} hidden={isOnStaffScreens}>
          {phase.name === 'assisting' && (
            <AssistedBanner
              staffName={phase.account.displayName}
              recorder={recorder}
              content={content}
              onEndRequest={() => setIsConfirmingEnd(true)}
            />
          )}
          <header className="masthead">
            <span className="brand-mark" aria-hidden="true" data-logo="" {...logoPress}>
              {t('app.brand')}
            </span>
            <div className="masthead__text">
              <span className="masthead__title">{t('app.title')}</span>
              <span className="masthead__office">
                {settings.office.name?.[lang] ?? t('app.office')}
              </span>
            </div>
            {route.name !== 'home' && (
              <button
                type="button"
                className="button button--ghost masthead__home"
                onClick={goHome}
              >
                {t('nav.home')}
              </button>
            )}
          </header>
          <main className="kiosk__main">
            <ListenPanel />
            {/* What the guide and the eligibility check remember lives and dies with the visit. */}
            <GuideVisitProvider printLimits={settings}>
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
            onStartOver={() => setIsConfirmingEnd(true)}
            onSwitchLanguage={visitControls.switchLanguage}
            onTextSize={visitControls.setTextSize}
            onContrast={visitControls.setHighContrast}
          />
          {idle.isPrompting && (
            <IdleDialog
              secondsLeft={idle.secondsLeft}
              onKeepVisit={keepVisit}
              onDone={() => endVisit('completed')}
            />
          )}
          {isConfirmingEnd &&
            !idle.isPrompting &&
            !isOnStaffScreens &&
            phase.name === 'assisting' && (
              // An assisted visit ends only with its outcome, whichever button ended it.
              <OutcomeDialog
                onConfirm={(outcome) => endVisit('completed', outcome)}
                onCancel={() => setIsConfirmingEnd(false)}
              />
            )}
          {isConfirmingEnd &&
            !idle.isPrompting &&
            !isOnStaffScreens &&
            phase.name !== 'assisting' && (
              <EndVisitDialog
                onConfirm={() => endVisit('start-over')}
                onCancel={() => setIsConfirmingEnd(false)}
              />
            )}
        </div>
      </ListenProvider>
    </KioskContext.Provider>
  );
}
