/**
 * Writes a backup file of synthetic visits on one day (core/report/synthetic.ts), for trying the
 * report, the import and the hub without a kiosk in a hall. The same arguments give the same file.
 *
 *   npm run --silent seed -- --sessions 1000 --date 2026-03-10 --seed 7 --out /tmp/day.json
 *
 * `--seed` defaults to 1, `--kiosk` to `synthetic-kiosk`. Errors go to stderr; bad arguments
 * exit with 2, a file that cannot be written with 1.
 */
import { writeFileSync } from 'node:fs';
import { backupSchemaVersion, validateBackup, type BackupFile } from '../core/backup/format';
import type { ContentBundle } from '../core/content/schema';
import { dayRange, isDay } from '../core/report/options';
import { catalogFor, syntheticDay } from '../core/report/synthetic';
import { err, ok, type Result } from '../core/result';
import { shippedContentBundle } from './contentFiles';

export type SeedArgs = {
  readonly sessions: number;
  readonly date: string;
  readonly seed: string;
  readonly out: string;
  readonly kioskId: string;
};

/** Where the command line writes; replaced in tests. */
export type CommandIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly writeFile: (path: string, text: string) => void;
  readonly readFile: (path: string) => string;
};

/** The value after `--name`, or undefined. */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** Checks that every `--flag` is one of `known` and has a value. */
export function unknownFlag(argv: readonly string[], known: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 2) {
    const flag = argv[index] ?? '';
    if (!flag.startsWith('--') || !known.includes(flag.slice(2))) return flag;
    const value = argv[index + 1];
    if (value === undefined || value.startsWith('--')) return `${flag} (no value)`;
  }
  return undefined;
}

/** The seed command's arguments, or what is wrong with them. */
export function parseSeedArgs(argv: readonly string[]): Result<SeedArgs, 'bad-args'> {
  const wrong = unknownFlag(argv, ['sessions', 'date', 'seed', 'out', 'kiosk']);
  if (wrong !== undefined) return err('bad-args', `unknown or incomplete argument: ${wrong}`);
  const sessions = Number(flagValue(argv, 'sessions'));
  if (!Number.isInteger(sessions) || sessions < 0 || sessions > 1_000_000) {
    return err('bad-args', '--sessions takes a whole number from 0 to 1000000');
  }
  const date = flagValue(argv, 'date');
  if (!isDay(date)) return err('bad-args', '--date takes a day written YYYY-MM-DD');
  const out = flagValue(argv, 'out');
  if (out === undefined || out.trim() === '') return err('bad-args', '--out takes a file name');
  return ok({
    sessions,
    date,
    seed: flagValue(argv, 'seed') ?? '1',
    out,
    kioskId: flagValue(argv, 'kiosk') ?? 'synthetic-kiosk',
  });
}

/** The backup of a synthetic day; `exportedAt` is the midnight after it, so files are stable. */
export function seedBackup(
  args: Omit<SeedArgs, 'out'>,
  bundle: ContentBundle = shippedContentBundle(),
): BackupFile {
  const day = syntheticDay(catalogFor(bundle), {
    day: args.date,
    visits: args.sessions,
    seed: args.seed,
    kioskId: args.kioskId,
  });
  return {
    format: 'rukn-backup',
    schemaVersion: backupSchemaVersion,
    exportedAt: dayRange(args.date, args.date).toMs,
    kioskId: args.kioskId,
    visits: day.visits,
    events: day.events,
    tickets: day.tickets,
    auditLog: [],
    settings: [{ key: 'kioskId', value: args.kioskId }],
  };
}

const usage =
  'usage: npm run --silent seed -- --sessions N --date YYYY-MM-DD [--seed S] --out FILE [--kiosk ID]';

/** Runs the command; returns its exit code. */
export function runSeed(argv: readonly string[], io: CommandIo): number {
  const args = parseSeedArgs(argv);
  if (!args.ok) {
    io.err(`${args.error.message}\n${usage}\n`);
    return 2;
  }
  const file = seedBackup(args.value);
  const checked = validateBackup(file);
  if (!checked.ok) {
    io.err(`the synthetic backup is invalid: ${checked.error.message}\n`);
    return 1;
  }
  try {
    io.writeFile(args.value.out, `${JSON.stringify(file)}\n`);
  } catch (error) {
    io.err(`cannot write ${args.value.out}: ${error instanceof Error ? error.message : error}\n`);
    return 1;
  }
  io.err(
    `wrote ${file.visits.length} visits, ${file.events.length} events, ${file.tickets.length} tickets to ${args.value.out}\n`,
  );
  return 0;
}

/** The real console and disk. */
export const processIo: CommandIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  readFile: () => {
    throw new Error('not used');
  },
};

if (require.main === module) {
  process.exitCode = runSeed(process.argv.slice(2), processIo);
}
