/**
 * Renderer entry: opens the database, loads settings (or runs on defaults when storage cannot
 * answer in time) and content, then shows the attract screen. Policy: start-up never waits on a
 * write, so a full or broken disk never stops the kiosk; closing visits a crash or reload left
 * open, looking after storage and sending visits to the office hub run in the background.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import './styles/fonts.css';
import './styles/kiosk.css';
import { App } from './app/App';
import { RestartNotice, RootBoundary } from './app/RootBoundary';
import { startContent, startContentUpdates } from './content/startContent';
import { createStaffServices } from './app/staffServices';
import { getBridge } from './bridge';
import { createAuditLog } from './db/auditRepository';
import { openDatabase } from './db/database';
import { createHelpRepository } from './db/helpRepository';
import { createSessionRepository } from './db/sessionRepository';
import { createSettingsRepository, type KioskSettings } from './db/settingsRepository';
import { startAutoExport } from './features/report';
import { createStaffRepository } from './db/staffRepository';
import { onHubReachable, startSync } from './sync';
import { loadCallbackKey } from './secrets/keyring';
import { createHelpDesk, HelpDeskContext, startCallbackPurge } from './features/help';
import { createVisitRecorder } from './visit/recorder';
import {
  loadSettingsInTime,
  mirrorHealth,
  recoverInBackground,
  startStorageCare,
} from './visit/storageBoot';
import { applyDocumentLanguage, createI18n, defaultLanguage } from './i18n';

async function boot(): Promise<void> {
  const db = openDatabase();
  const sessions = createSessionRepository({ db });
  recoverInBackground(sessions, Date.now());
  // The stored hub content is read and checked while the settings load (each waits 1.5 s at most).
  const contentStarting = startContent(db);
  const settings = await loadSettingsInTime(db);
  const recorder = createVisitRecorder(sessions, settings.kioskId);
  mirrorHealth(recorder, document.documentElement);
  const i18n = await createI18n();
  applyDocumentLanguage(document, defaultLanguage);
  const contentStore = await contentStarting;
  const bridge = getBridge();
  const audit = createAuditLog({ db });
  const help = createHelpRepository({ db, audit, key: () => loadCallbackKey(bridge, db) });
  // Callback details past their retention are removed at start-up and then every hour.
  startCallbackPurge(help);
  let current = settings;
  // Visits go to the office hub after boot, after each ended visit, when the network returns and
  // on a timer; sent visits past their retention are purged at start-up and daily.
  const sync = startSync({
    db,
    bridge,
    recorder,
    settings: createSettingsRepository(db),
    audit,
    localKioskId: settings.kioskId,
    retentionDays: () => current.sentVisitRetentionDays,
    kioskStatus: () => ({
      contentVersion: contentStore.version(),
      appVersion: __APP_VERSION__,
      storage: recorder.health().storage,
    }),
    events: window,
  });
  // Newer signed content is asked of the same hub, and again whenever the hub answers after a gap
  // or the network comes back.
  startContentUpdates({
    store: contentStore,
    fetchContent: sync.fetchContent,
    onHubReachable: (listener) => onHubReachable(sync, listener, window),
  });
  // Space freeing never deletes a visit the office hub is still waiting for.
  startStorageCare(sessions, recorder, sync.sendsToOffice);
  const helpDesk = {
    ...createHelpDesk({
      repository: help,
      retentionDays: settings.callbackRetentionDays,
      recorder,
    }),
    // An administrator's new retention applies to the next callback request.
    get retentionDays() {
      return current.callbackRetentionDays;
    },
  };
  // Reports are exported by themselves at closing time where main writes into the office's
  // folder (Electron); a browser could only offer downloads nobody asked for.
  const isElectron = await bridge
    .getAppInfo()
    .then((info) => info.ok && info.value.shell === 'electron');
  const autoExport = (current: KioskSettings) =>
    isElectron
      ? startAutoExport({ db, content: contentStore.current(), settings: current, bridge, audit })
      : () => {};
  let stopAutoExport = autoExport(settings);
  const staff = createStaffServices({
    db,
    bridge,
    content: contentStore,
    staff: createStaffRepository({ db, audit }),
    audit,
    help,
    settings: createSettingsRepository(db),
    sync,
    applySettings: (next) => {
      current = next;
      stopAutoExport();
      stopAutoExport = autoExport(next);
    },
  });

  const container = document.getElementById('root');
  if (!container) throw new Error('missing #root');
  createRoot(container).render(
    <StrictMode>
      <RootBoundary reload={reload}>
        <I18nextProvider i18n={i18n}>
          <HelpDeskContext.Provider value={helpDesk}>
            <App
              contentStore={contentStore}
              recorder={recorder}
              settings={settings}
              staff={staff}
            />
          </HelpDeskContext.Provider>
        </I18nextProvider>
      </RootBoundary>
    </StrictMode>,
  );
  // Leaving the page (reload, shutdown) records what screens held pending and writes it now.
  window.addEventListener('pagehide', (event) => {
    if (!event.persisted) recorder.settlePending();
    void recorder.flush();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void recorder.flush();
  });
}

function reload(): void {
  window.location.reload();
}

// A kiosk that cannot start (storage unavailable, content broken) says so calmly and retries.
boot().catch((error: unknown) => {
  console.error('kiosk failed to start', error);
  const container = document.getElementById('root');
  if (container) createRoot(container).render(<RestartNotice reload={reload} />);
});
