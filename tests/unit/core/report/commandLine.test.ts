/**
 * `npm run seed` and `npm run report`, run in-process: a seed gives the same backup every time,
 * a different seed a different one, and the report of a seeded day counts every seeded visit.
 */
import { describe, expect, it } from 'vitest';
import { validateBackup } from '../../../../core/backup/format';
import { aggregateReport } from '../../../../core/report/aggregate';
import { reportOptionsFor } from '../../../../core/report/options';
import type { VisitReport } from '../../../../core/report/types';
import { runReport } from '../../../../scripts/report';
import { runSeed, seedBackup, type CommandIo } from '../../../../scripts/seed';
import { shippedContentBundle } from '../../../../scripts/contentFiles';

/** An in-memory console and disk. */
function memoryIo() {
  const files = new Map<string, string>();
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    writeFile: (path, text) => files.set(path, text),
    readFile: (path) => {
      const text = files.get(path);
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
  };
  return { io, files, out, err };
}

const seedArgs = [
  '--sessions',
  '300',
  '--date',
  '2026-03-10',
  '--seed',
  'market',
  '--out',
  'day.json',
];

describe('npm run seed', () => {
  it('writes the same valid backup for the same seed, another for another seed', () => {
    const first = memoryIo();
    expect(runSeed(seedArgs, first.io)).toBe(0);
    const second = memoryIo();
    expect(runSeed(seedArgs, second.io)).toBe(0);
    expect(second.files.get('day.json')).toBe(first.files.get('day.json'));
    const other = memoryIo();
    const otherArgs = seedArgs.map((arg) => (arg === 'market' ? 'souq' : arg));
    expect(runSeed(otherArgs, other.io)).toBe(0);
    expect(other.files.get('day.json')).not.toBe(first.files.get('day.json'));

    const file = validateBackup(JSON.parse(first.files.get('day.json') ?? ''));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.value.visits).toHaveLength(300);
    // Real content ids only.
    const bundle = shippedContentBundle();
    const entryIds = new Set(bundle.faq.map((entry) => entry.id));
    const views = file.value.events.filter((event) => event.type === 'faq-view');
    expect(views.length).toBeGreaterThan(100);
    for (const view of views) {
      expect(entryIds.has((view.payload as { entryId: string }).entryId)).toBe(true);
    }
  });

  it('looks like a day at a market kiosk', () => {
    const file = seedBackup({
      sessions: 2000,
      date: '2026-03-10',
      seed: 'shape',
      kioskId: 'k',
    });
    const bundle = shippedContentBundle();
    const report = aggregateReport(
      file,
      reportOptionsFor(bundle, '2026-03-10', '2026-03-10', file.exportedAt),
    );
    expect(report.totals.visits).toBe(2000);
    // About three in four in Arabic.
    expect(report.byLanguage.ar / 2000).toBeGreaterThan(0.7);
    expect(report.byLanguage.ar / 2000).toBeLessThan(0.85);
    // Late morning busier than the early afternoon lull; the evening peaks again.
    const hours = report.byHour;
    expect(hours[11] ?? 0).toBeGreaterThan(2 * (hours[14] ?? 0));
    expect(hours[19] ?? 0).toBeGreaterThan(2 * (hours[14] ?? 0));
    expect(hours[3]).toBe(0);
    // The guide funnel narrows step by step.
    const funnel = report.guideFunnel.steps.map((step) => step.visits);
    for (let index = 1; index < funnel.length; index += 1) {
      expect(funnel[index] ?? 0).toBeLessThan(funnel[index - 1] ?? 0);
    }
    expect(report.totals.assisted).toBeGreaterThan(0);
    expect(report.missingAnswers.length).toBeGreaterThan(3);
    expect(report.tickets.served).toBeGreaterThan(0);
    expect(report.tickets.p90WaitSeconds).toBeGreaterThanOrEqual(report.tickets.medianWaitSeconds);
    // About twenty events a visit.
    expect(file.events.length / 2000).toBeGreaterThan(15);
  });

  it('refuses bad arguments with exit code 2', () => {
    const cases = [
      [],
      ['--sessions', 'many', '--date', '2026-03-10', '--out', 'x'],
      ['--sessions', '5', '--date', '2026-02-30', '--out', 'x'],
      ['--sessions', '5', '--date', '2026-03-10'],
      ['--sessions', '5', '--date', '2026-03-10', '--out', 'x', '--colour', 'red'],
    ];
    for (const args of cases) {
      const run = memoryIo();
      expect(runSeed(args, run.io), args.join(' ')).toBe(2);
      expect(run.err.join('')).toContain('usage:');
      expect(run.files.size).toBe(0);
    }
  });
});

describe('npm run report', () => {
  const seeded = memoryIo();
  runSeed(seedArgs, seeded.io);

  it("prints the day's report as JSON, every seeded visit counted", () => {
    const run = { ...seeded, out: [] as string[] };
    const io = { ...seeded.io, out: (text: string) => run.out.push(text) };
    expect(
      runReport(['--backup', 'day.json', '--date', '2026-03-10', '--format', 'json'], io),
    ).toBe(0);
    const report = JSON.parse(run.out.join('')) as VisitReport;
    expect(report.totals.visits).toBe(300);
    expect(report.byHour.reduce((sum, count) => sum + count, 0)).toBe(300);
    expect(report.period).toEqual({ from: '2026-03-10', to: '2026-03-10', days: 1 });
  });

  it('prints the summary CSV with its byte-order mark, and nothing for another day', () => {
    const out: string[] = [];
    const io = { ...seeded.io, out: (text: string) => out.push(text) };
    expect(runReport(['--backup', 'day.json', '--date', '2026-03-10', '--format', 'csv'], io)).toBe(
      0,
    );
    const csv = out.join('');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\ntotals,visits,الزيارات,300\r\n');
    out.length = 0;
    runReport(
      ['--backup', 'day.json', '--date', '2026-03-11', '--format', 'csv', '--lang', 'en'],
      io,
    );
    expect(out.join('')).toContain('\r\ntotals,visits,Visits,0\r\n');
  });

  it('refuses bad arguments with 2, and a missing or refused backup with 1', () => {
    const cases: [string[], number][] = [
      [['--date', '2026-03-10'], 2],
      [['--backup', 'day.json'], 2],
      [['--backup', 'day.json', '--date', '10/03/2026'], 2],
      [['--backup', 'day.json', '--date', '2026-03-10', '--format', 'pdf'], 2],
      [['--backup', 'day.json', '--from', '2026-03-10', '--to', '2026-03-01'], 2],
      [['--backup', 'missing.json', '--date', '2026-03-10'], 1],
    ];
    for (const [args, code] of cases) {
      const err: string[] = [];
      const out: string[] = [];
      const io = { ...seeded.io, err: (t: string) => err.push(t), out: (t: string) => out.push(t) };
      expect(runReport(args, io), args.join(' ')).toBe(code);
      expect(err.join('')).not.toBe('');
      expect(out).toEqual([]);
    }
    const newer = memoryIo();
    newer.files.set('new.json', JSON.stringify({ format: 'rukn-backup', schemaVersion: 9 }));
    expect(runReport(['--backup', 'new.json', '--date', '2026-03-10'], newer.io)).toBe(1);
    expect(newer.err.join('')).toContain('newer-schema');
  });
});
