/**
 * Renderer entry: opens the database, closes visits a crash or reload left open, loads settings
 * and content, then shows the attract screen.
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
import { createSessionRepository } from './db/sessionRepository';
import { createSettingsRepository } from './db/settingsRepository';
import { createVisitRecorder } from './visit/recorder';
import { applyDocumentLanguage, createI18n, defaultLanguage } from './i18n';

async function boot(): Promise<void> {
  const db = openDatabase();
  const sessions = createSessionRepository({ db });
  const recovered = await sessions.recoverOpenSessions();
  if (recovered > 0) console.info(`closed ${recovered} visit(s) left open as crash-recovered`);
  const settings = await createSettingsRepository(db).load();
  const recorder = createVisitRecorder(sessions, settings.kioskId);
  const i18n = await createI18n();
  applyDocumentLanguage(document, defaultLanguage);
  const content = loadShippedContent();

  const container = document.getElementById('root');
  if (!container) throw new Error('missing #root');
  createRoot(container).render(
    <StrictMode>
      <RootBoundary reload={reload}>
        <I18nextProvider i18n={i18n}>
          <App content={content} recorder={recorder} settings={settings} />
        </I18nextProvider>
      </RootBoundary>
    </StrictMode>,
  );
  window.addEventListener('pagehide', () => void recorder.flush());
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
