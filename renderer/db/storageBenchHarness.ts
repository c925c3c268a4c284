/**
 * Page-side half of `npm run bench:storage` (never imported by the kiosk): records simulated
 * visits through the kiosk's own database, repository and recorder code, then reports how much
 * IndexedDB grew according to `navigator.storage.estimate()`. Bundled and evaluated in Chromium by
 * scripts/benchStorage.ts.
 *
 * Each visit has 18 events with realistic payloads (screens, answers, searches with text and
 * result ids, a search that found nothing, feedback, guide steps, a result band, a printout, a
 * language switch, an idle prompt). Every event is flushed on its own, as on a real kiosk where
 * taps are seconds apart: the worst case for storage, never a batch of a whole visit.
 */
import { openDatabase } from './database';
import { createSessionRepository } from './sessionRepository';
import { createVisitRecorder, type VisitRecorder } from '../visit/recorder';

export type StorageBenchResult = {
  readonly visits: number;
  readonly eventsPerVisit: number;
  readonly usageBefore: number;
  readonly usageAfter: number;
  readonly storedVisits: number;
  readonly storedEvents: number;
  readonly milliseconds: number;
};

const faqIds = [
  'payment-date',
  'eligibility-basics',
  'required-documents',
  'appeal',
  'update-data',
];
const searches = [
  { text: 'متى ينزل الضمان', lang: 'ar' },
  { text: 'شروط الاستحقاق', lang: 'ar' },
  { text: 'how do I apply', lang: 'en' },
  { text: 'تحديث البيانات', lang: 'ar' },
] as const;

/** One visit's 18 events, varied by its number so values are not all identical. */
async function simulateVisit(recorder: VisitRecorder, visit: number): Promise<number> {
  const faq = (offset: number) => faqIds[(visit + offset) % faqIds.length] ?? 'payment-date';
  const search = searches[visit % searches.length] ?? searches[0];
  let events = 0;
  const step = async (write: () => void) => {
    write();
    events += 1;
    await recorder.flush();
  };
  recorder.start(visit % 3 === 0 ? 'en' : 'ar');
  await recorder.flush();
  await step(() => recorder.record('screen', { screen: 'home' }));
  await step(() => recorder.record('display', { textSize: 2, isHighContrast: visit % 4 === 0 }));
  await step(() => recorder.record('screen', { screen: 'faq-categories' }));
  await step(() => recorder.record('screen', { screen: 'faq-category', ref: 'payments' }));
  await step(() => recorder.record('faq-view', { entryId: faq(0), via: 'category' }));
  await step(() => recorder.record('screen', { screen: 'faq-answer', ref: faq(0) }));
  await step(() => recorder.record('feedback', { entryId: faq(0), isHelpful: visit % 2 === 0 }));
  await step(() => recorder.record('screen', { screen: 'faq-search' }));
  await step(() =>
    recorder.record('search', {
      text: search.text,
      lang: search.lang,
      resultCount: 5,
      topIds: [faq(1), faq(2), faq(3)],
    }),
  );
  await step(() => recorder.record('faq-view', { entryId: faq(1), via: 'search' }));
  await step(() => recorder.record('search-no-results', { text: 'بطاقة العائلة', lang: 'ar' }));
  await step(() => recorder.record('screen', { screen: 'guide-steps' }));
  await step(() => recorder.recordGuideStep('get-ready'));
  await step(() => recorder.recordGuideStep('log-in'));
  await step(() => recorder.record('eligibility-result', { band: 'likely-eligible' }));
  await step(() => recorder.record('handoff', { kind: 'printed', context: 'guide' }));
  await step(() => recorder.record('language-switch', { from: 'ar', to: 'en' }));
  await step(() => recorder.record('idle-prompt', { answered: true }));
  recorder.end(visit % 5 === 0 ? 'idle' : 'start-over');
  await recorder.flush();
  return events;
}

/** Usage as the quota manager reports it, after the database has closed. */
async function usage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

export async function runStorageBench(
  visits: number,
  databaseName: string,
): Promise<StorageBenchResult> {
  const db = openDatabase(databaseName);
  await db.open();
  const usageBefore = await usage();
  const started = performance.now();
  const repository = createSessionRepository({ db });
  const recorder = createVisitRecorder(repository, crypto.randomUUID());
  let eventsPerVisit = 0;
  for (let visit = 0; visit < visits; visit += 1) {
    eventsPerVisit = await simulateVisit(recorder, visit);
  }
  const milliseconds = performance.now() - started;
  const ids = await db.table('sessions').toCollection().primaryKeys();
  let storedEvents = 0;
  for (const id of ids) storedEvents += (await repository.listEvents(String(id))).length;
  db.close();
  return {
    visits,
    eventsPerVisit,
    usageBefore,
    usageAfter: await usage(),
    storedVisits: ids.length,
    storedEvents,
    milliseconds,
  };
}

declare global {
  // Read by scripts/benchStorage.ts through page.evaluate.
  var ruknStorageBench: typeof runStorageBench | undefined;
}

globalThis.ruknStorageBench = runStorageBench;
