/**
 * Prints the visit report of a day (or a range) from a backup file, exactly as the kiosk makes it
 * (core/report): the office or support can read any kiosk's report from its backup.
 *
 *   npm run --silent report -- --backup FILE --date 2026-03-10 --format json
 *   npm run --silent report -- --backup FILE --date 2026-03-10 --format csv --lang en
 *   npm run --silent report -- --backup FILE --from 2026-03-04 --to 2026-03-10 --format visits-csv
 *
 * `json` is the `VisitReport`; `csv` the summary file (UTF-8 with BOM, labels in `--lang`,
 * Arabic by default); `visits-csv` one row per visit. Errors go to stderr; bad arguments exit
 * with 2, a backup that cannot be read or is refused with 1.
 */
import { readFileSync } from 'node:fs';
import { validateBackup } from '../core/backup/format';
import { languages, type ContentBundle, type Language } from '../core/content/schema';
import { aggregateReport } from '../core/report/aggregate';
import { reportSummaryCsv, visitsCsv } from '../core/report/csv';
import { contentTitles } from '../core/report/labels';
import { isDay, reportOptionsFor } from '../core/report/options';
import { err, ok, type Result } from '../core/result';
import { isOneOf } from '../core/validation';
import { shippedContentBundle } from './contentFiles';
import { flagValue, processIo, unknownFlag, type CommandIo } from './seed';

export const reportFormats = ['json', 'csv', 'visits-csv'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export type ReportArgs = {
  readonly backup: string;
  readonly from: string;
  readonly to: string;
  readonly format: ReportFormat;
  readonly lang: Language;
};

/** The report command's arguments, or what is wrong with them. */
export function parseReportArgs(argv: readonly string[]): Result<ReportArgs, 'bad-args'> {
  const wrong = unknownFlag(argv, ['backup', 'date', 'from', 'to', 'format', 'lang']);
  if (wrong !== undefined) return err('bad-args', `unknown or incomplete argument: ${wrong}`);
  const backup = flagValue(argv, 'backup');
  if (backup === undefined || backup.trim() === '') return err('bad-args', '--backup takes a file');
  const date = flagValue(argv, 'date');
  const from = flagValue(argv, 'from') ?? date;
  const to = flagValue(argv, 'to') ?? date;
  if (date !== undefined && (argv.includes('--from') || argv.includes('--to'))) {
    return err('bad-args', 'give either --date or --from and --to');
  }
  if (!isDay(from) || !isDay(to)) {
    return err('bad-args', '--date (or --from and --to) takes a day written YYYY-MM-DD');
  }
  if (to < from) return err('bad-args', '--to is before --from');
  const format = flagValue(argv, 'format') ?? 'json';
  if (!isOneOf(format, reportFormats)) {
    return err('bad-args', `--format takes ${reportFormats.join(', ')}`);
  }
  const lang = flagValue(argv, 'lang') ?? 'ar';
  if (!isOneOf(lang, languages)) return err('bad-args', `--lang takes ${languages.join(', ')}`);
  return ok({ backup, from, to, format, lang });
}

const usage =
  'usage: npm run --silent report -- --backup FILE --date YYYY-MM-DD [--format json|csv|visits-csv] [--lang ar|en]';

/** Runs the command; returns its exit code. */
export function runReport(
  argv: readonly string[],
  io: CommandIo,
  bundle: () => ContentBundle = shippedContentBundle,
): number {
  const args = parseReportArgs(argv);
  if (!args.ok) {
    io.err(`${args.error.message}\n${usage}\n`);
    return 2;
  }
  const { backup, from, to, format, lang } = args.value;
  let parsed: unknown;
  try {
    parsed = JSON.parse(io.readFile(backup));
  } catch (error) {
    io.err(`cannot read ${backup}: ${error instanceof Error ? error.message : error}\n`);
    return 1;
  }
  const file = validateBackup(parsed);
  if (!file.ok) {
    io.err(`${backup} is refused (${file.error.code}): ${file.error.message}\n`);
    return 1;
  }
  const content = bundle();
  // "Now" is when the backup was taken: the report of a backup is the same on every run.
  const options = reportOptionsFor(content, from, to, file.value.exportedAt);
  const input = {
    visits: file.value.visits,
    events: file.value.events,
    tickets: file.value.tickets,
  };
  if (format === 'visits-csv') {
    io.out(visitsCsv(input, options, lang));
    return 0;
  }
  const report = aggregateReport(input, options);
  io.out(
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : reportSummaryCsv(report, lang, contentTitles(content, lang)),
  );
  return 0;
}

if (require.main === module) {
  process.exitCode = runReport(process.argv.slice(2), {
    ...processIo,
    readFile: (path) => readFileSync(path, 'utf8'),
  });
}
