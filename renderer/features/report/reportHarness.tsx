/**
 * Page-side half of `scripts/screenshotsReport.ts` (never imported by the kiosk): fills a database
 * of its own with synthetic days (core/report/synthetic.ts: made-up visits on the real content's
 * ids) and shows the report screen alone, as the staff dashboard will, on the page the kiosk
 * served. Bundled and evaluated in Chromium by the script, like the storage bench's harness.
 */
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../core/content/schema';
import { addDays } from '../../../core/report/options';
import { catalogFor, syntheticDay } from '../../../core/report/synthetic';
import type { VisitEvent } from '../../../core/visit/types';
import { createWebBridge } from '../../bridge/webBridge';
import { loadShippedContent } from '../../content/loadContent';
import { openDatabase } from '../../db/database';
import { createSessionRepository } from '../../db/sessionRepository';
import { settingDefaults } from '../../db/settingsRepository';
import { applyDocumentLanguage, createI18n } from '../../i18n';
import { ReportScreen } from './ReportScreen';

export type ReportHarnessOptions = {
  readonly lang: Language;
  /** Epoch milliseconds the screen takes for now. */
  readonly now: number;
  /** The last day filled, kiosk-local, and how many days up to it. */
  readonly lastDay: string;
  readonly days: number;
  readonly visitsPerDay: number;
};

async function fill(databaseName: string, options: ReportHarnessOptions) {
  const content = loadShippedContent(() => undefined);
  const db = openDatabase(databaseName);
  const sessions = createSessionRepository({ db });
  const catalog = catalogFor(content);
  for (let back = options.days - 1; back >= 0; back -= 1) {
    const day = addDays(options.lastDay, -back);
    // Quieter days before the last, so the week's chart has a shape.
    const visits = Math.round(
      options.visitsPerDay * (back === 0 ? 1 : 0.5 + ((back * 37) % 10) / 20),
    );
    const synthetic = syntheticDay(catalog, { day, visits, seed: 'report-screenshots' });
    await db.sessions.bulkPut(synthetic.visits);
    const byVisit = new Map<string, VisitEvent[]>();
    for (const event of synthetic.events) {
      byVisit.set(event.sessionId, [...(byVisit.get(event.sessionId) ?? []), event]);
    }
    for (const [sessionId, events] of byVisit) {
      await sessions.writeEvents({ sessionId, firstSeq: 0, events });
    }
    await db.helpTickets.bulkPut(synthetic.tickets);
  }
  return { db, content };
}

async function show(options: ReportHarnessOptions): Promise<void> {
  const { db, content } = await fill('rukn-report-harness', options);
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
              kioskName: 'ركن سوق الأسر المنتجة',
              // The market is busiest after Maghrib: this corner closes late.
              closingTime: '22:00',
            }}
            bridge={createWebBridge(document)}
            staffId="harness"
            audit={{ record: async () => undefined }}
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
