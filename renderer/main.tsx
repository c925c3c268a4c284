/**
 * Renderer entry: opens the database, loads settings (or runs on defaults when storage cannot
 * answer in time) and content, then shows the attract screen. Policy: start-up never waits on a
 * write, so a full or broken disk never stops the kiosk; closing visits a crash or reload left
 * open, and looking after storage, run in the background.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import './styles/fonts.css';
import './styles/kiosk.css';
import { App } from './app/App';
import { RestartNotice, RootBoundary } from './app/RootBoundary';
import { loadShippedContent } from './content/loadContent';
import { openDatabase } from './db/database';
import { createHelpRepository } from './db/helpRepository';
import { createSessionRepository } from './db/sessionRepository';
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
  const settings = await loadSettingsInTime(db);
  const recorder = createVisitRecorder(sessions, settings.kioskId);
  mirrorHealth(recorder, document.documentElement);
  startStorageCare(sessions, recorder);
  const help = createHelpRepository({ db, key: loadHelpKey });
  const helpDesk = createHelpDesk({
    repository: help,
    retentionDays: settings.callbackRetentionDays,
    recorder,
  });
  startCallbackPurge(help);
  const i18n = await createI18n();
  applyDocumentLanguage(document, defaultLanguage);
  const content = loadShippedContent();

  const container = document.getElementById('root');
  if (!container) throw new Error('missing #root');
  createRoot(container).render(
    <StrictMode>
      <RootBoundary reload={reload}>
        <I18nextProvider i18n={i18n}>
          <HelpDeskContext.Provider value={helpDesk}>
            <App content={content} recorder={recorder} settings={settings} />
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

let helpKey: Promise<CryptoKey> | undefined;

/**
 * TEMPORARY, to be replaced by `loadCallbackKey(bridge, db)` from renderer/secrets/keyring.ts
 * (main's safeStorage key, or a non-extractable key kept in `db.secrets`): a non-extractable
 * AES-GCM key made in memory for this run only, so callbacks sealed before a reload cannot be
 * opened after it. Audit (`createAuditLog`) is wired into `createHelpRepository` at the same time.
 */
function loadHelpKey(): Promise<CryptoKey> {
  helpKey ??= crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  return helpKey;
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
