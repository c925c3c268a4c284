/**
 * Page-side half of `scripts/screenshotsReport.ts` and `tests/e2e/report.spec.ts` (never imported
 * by the kiosk): shows the report screen alone, as the staff dashboard will, on the page the kiosk
 * served, reading a database the caller filled, or one it fills with synthetic days
 * (core/report/synthetic.ts: made-up visits on the real content's ids). Bundled and evaluated in
 * Chromium by tests/e2e/support/reportScreen.ts, like the storage bench's harness.
 */
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { ContentBundle, Language } from '../../../core/content/schema';
import { addDays } from '../../../core/report/options';
import { catalogFor, syntheticDay } from '../../../core/report/synthetic';
import type { VisitEvent } from '../../../core/visit/types';
import { createWebBridge } from '../../bridge/webBridge';
import { loadShippedContent } from '../../content/loadContent';
import { openDatabase, type RuknDatabase } from '../../db/database';
import { createSessionRepository } from '../../db/sessionRepository';
import { settingDefaults } from '../../db/settingsRepository';
import { applyDocumentLanguage, createI18n } from '../../i18n';
import { ReportScreen } from './ReportScreen';

export type ReportHarnessOptions = {
  readonly lang: Language;
  /** Epoch milliseconds the screen takes for now. */
  readonly now: number;
  /** The database to read: the kiosk's own (`rukn`) when a test stored its visits there. */
  readonly databaseName: string;
  /** Synthetic days to store first: the last day, kiosk-local, and how many days up to it. */
  readonly synthetic?: {
    readonly lastDay: string;
    readonly days: number;
    readonly visitsPerDay: number;
  };
  readonly kioskName?: string;
  readonly closingTime?: string;
};

async function fill(
  db: RuknDatabase,
  content: ContentBundle,
  synthetic: NonNullable<ReportHarnessOptions['synthetic']>,
): Promise<void> {
  const sessions = createSessionRepository({ db });
  const catalog = catalogFor(content);
  for (let back = synthetic.days - 1; back >= 0; back -= 1) {
    const day = addDays(synthetic.lastDay, -back);
    // Quieter days before the last, so the week's chart has a shape.
    const visits = Math.round(
      synthetic.visitsPerDay * (back === 0 ? 1 : 0.5 + ((back * 37) % 10) / 20),
    );
    const made = syntheticDay(catalog, { day, visits, seed: 'report-screenshots' });
    await db.sessions.bulkPut(made.visits);
    const byVisit = new Map<string, VisitEvent[]>();
    for (const event of made.events) {
      byVisit.set(event.sessionId, [...(byVisit.get(event.sessionId) ?? []), event]);
    }
    for (const [sessionId, events] of byVisit) {
      await sessions.writeEvents({ sessionId, firstSeq: 0, events });
    }
    await db.helpTickets.bulkPut(made.tickets);
  }
}

async function show(options: ReportHarnessOptions): Promise<void> {
  const content = loadShippedContent(() => undefined);
  const db = openDatabase(options.databaseName);
  if (options.synthetic) await fill(db, content, options.synthetic);
  const i18n = await createI18n();
  await i18n.changeLanguage(options.lang);
  applyDocumentLanguage(document, options.lang);
  // The kiosk's own screen makes way: the report stands alone on the page, as in the dashboard.
  document.getElementById('root')?.remove();
  const container = document.createElement('div');
  container.id = 'report-root';
  document.body.append(container);
  createRoot(container).render(
    <I18nextProvider i18n={i18n}>
      <div className="kiosk">
        <main className="kiosk__main">
          <ReportScreen
            db={db}
            content={content}
            settings={{
              kioskId: 'harness',
              ...settingDefaults,
              ...(options.kioskName === undefined ? {} : { kioskName: options.kioskName }),
              ...(options.closingTime === undefined ? {} : { closingTime: options.closingTime }),
            }}
            bridge={createWebBridge(document)}
            staffId="harness"
            // As the audit log repository writes it (renderer/db/auditRepository.ts).
            audit={{
              record: async (action, entry) => {
                await db.auditLog.add({ at: Date.now(), action, ...entry });
              },
            }}
            now={() => options.now}
          />
        </main>
      </div>
    </I18nextProvider>,
  );
}

declare global {
  var ruknReportHarness: ((options: ReportHarnessOptions) => Promise<void>) | undefined;
}

globalThis.ruknReportHarness = show;
