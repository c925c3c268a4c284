/**
 * The hub's command line (`npm run hub -- <command>`): serve, offices, kiosks, admin tokens,
 * content signing and publishing, dashboard managers. Policy: a user's mistake is one plain line
 * on stderr and exit code 1, never a stack; secrets (kiosk and admin tokens) are printed once and
 * only their hashes stored; files holding secrets are written 0600 and never overwritten.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { validateContentBundle } from '../../core/content/schema';
import { isRecord } from '../../core/validation';
import {
  hubOrigin,
  provisioningFormat,
  validateProvisioning,
  type Provisioning,
} from '../../core/sync/provisioning';
import { addAdminToken } from '../api/adminTokens';
import type { HubReportFunction, ManagerOfRequest } from '../api/reports';
import { createHub, type HubPlugin } from '../app';
import { assembleContentDir } from '../content/assets';
import { generateSigningKey, readSigningKeyFile, writeSigningKeyFile } from '../content/keys';
import { listBundles, publishBundle } from '../content/store';
import { openHubDatabase, type HubDatabase, type Queryable } from '../db/database';
import { lockDataFolder } from '../db/lock';
import { addKiosk, addOffice, listKiosks, listOffices, setKioskDisabled } from '../kiosks/store';
import { isHubWorker, parseWorkers, runWorkers } from './workers';

/** A mistake of the person at the command line: shown as one line, exit code 1. */
export class UsageError extends Error {}

/** The dashboard's part of the command line and server (hub/dashboard), joined in hub/cli.ts. */
export type HubExtensions = {
  /** Fastify plugins served with the API (the dashboard). */
  readonly plugins: readonly HubPlugin[];
  readonly hubReport?: HubReportFunction;
  readonly managerOfRequest?: ManagerOfRequest;
  /** hub/dashboard/managers.ts addManager. */
  readonly addManager?: (
    db: Queryable,
    input: { readonly name: string; readonly officeId: string | null; readonly password: string },
  ) => Promise<
    | { readonly ok: true; readonly value: { readonly id: string } }
    | { readonly ok: false; readonly error: { readonly code: string; readonly message: string } }
  >;
};

/** Where the command line reads and writes; tests give their own. */
export type CliIo = {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The clock (epoch milliseconds). */
  readonly now: () => number;
  /** Reads a password without echo (the terminal) or the first line of standard input. */
  readonly readPassword: (prompt: string) => Promise<string>;
  /** A database to use instead of opening one (tests); it is not closed afterwards. */
  readonly database?: HubDatabase;
  /** Resolves when `serve` should stop (SIGINT/SIGTERM in the real command line). */
  readonly stopSignal?: Promise<unknown>;
  readonly extensions: HubExtensions;
};

export const defaultPort = 8440;
export const defaultHost = '127.0.0.1';
export const defaultDataDir = './hub-data';

export const usage = `Usage: npm run hub -- <command>
  serve [--port ${defaultPort}] [--host ${defaultHost}] [--data ${defaultDataDir}] [--trust-proxy]
        [--workers N|auto]
        (--host 0.0.0.0 serves the hall's network; DATABASE_URL selects PostgreSQL;
         --workers runs N hub processes on the port, PostgreSQL only)
  office add --name NAME | office list
  kiosk add --office ID --name NAME [--hub-url URL] [--out FILE] | kiosk list [--office ID]
  kiosk disable ID | kiosk enable ID
  token add [--office ID]           admin API token for reports (printed once)
  manager add --name NAME [--office ID] [--password-file FILE]
  keygen [--out FILE]               content signing key pair
  content publish FILE --key KEYFILE
  content publish --from-assets [DIR] [--version V] --key KEYFILE
  content list
Every command takes --data DIR (PGlite's folder) unless DATABASE_URL is set.`;

type Options = NonNullable<ParseArgsConfig['options']>;
const dataOption: Options = { data: { type: 'string' } };

function parse(args: readonly string[], options: Options, positionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  if (parsed.positionals.length > positionals) {
    throw new UsageError(`unexpected argument: ${parsed.positionals[positionals]}`);
  }
  return parsed as { values: Record<string, string | boolean | undefined>; positionals: string[] };
}

function required(values: Record<string, string | boolean | undefined>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is needed`);
  return value;
}

const optional = (values: Record<string, string | boolean | undefined>, name: string) =>
  typeof values[name] === 'string' ? (values[name] as string) : undefined;

/** Opens the hub's database for a command (and locks PGlite's folder); answers it and its closer. */
async function openForCommand(
  io: CliIo,
  dataDir: string | undefined,
): Promise<{ db: HubDatabase; close: () => Promise<void>; where: string }> {
  if (io.database !== undefined) {
    return { db: io.database, close: async () => undefined, where: 'the given database' };
  }
  const url = io.env.DATABASE_URL;
  if (url !== undefined && url !== '') {
    const db = await openHubDatabase({ url });
    return { db, close: () => db.close(), where: 'PostgreSQL (DATABASE_URL)' };
  }
  const dir = resolve(io.cwd, dataDir ?? defaultDataDir);
  const release = lockDataFolder(dir);
  try {
    const db = await openHubDatabase({ dataDir: dir });
    return {
      db,
      close: async () => {
        await db.close();
        release();
      },
      where: `PGlite in ${dir}`,
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function withDatabase<T>(
  io: CliIo,
  values: Record<string, string | boolean | undefined>,
  work: (db: HubDatabase) => Promise<T>,
): Promise<T> {
  const opened = await openForCommand(io, optional(values, 'data'));
  try {
    return await work(opened.db);
  } finally {
    await opened.close();
  }
}

/** Runs one command; answers the process's exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await dispatch(argv, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error as Error).name === 'DataFolderBusy') {
      io.stderr(`error: ${(error as Error).message}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(`error: ${message.split('\n')[0]}\n`);
    }
    return 1;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<void> {
  const [command, sub, ...rest] = argv;
  const after = (first: string | undefined) => (first === undefined ? rest : [first, ...rest]);
  switch (command) {
    case 'serve':
      return serve(after(sub), io);
    case 'office':
      if (sub === 'add') return officeAdd(rest, io);
      if (sub === 'list') return officeList(rest, io);
      break;
    case 'kiosk':
      if (sub === 'add') return kioskAdd(rest, io);
      if (sub === 'list') return kioskList(rest, io);
      if (sub === 'disable' || sub === 'enable') return kioskSwitch(rest, io, sub === 'disable');
      break;
    case 'token':
      if (sub === 'add') return tokenAdd(rest, io);
      break;
    case 'manager':
      if (sub === 'add') return managerAdd(rest, io);
      break;
    case 'keygen':
      return keygen(after(sub), io);
    case 'content':
      if (sub === 'publish') return contentPublish(rest, io);
      if (sub === 'list') return contentList(rest, io);
      break;
    case undefined:
    case 'help':
    case '--help':
      io.stdout(`${usage}\n`);
      return;
    default:
      break;
  }
  throw new UsageError(
    `unknown command "${[command, sub].filter(Boolean).join(' ')}"; run: npm run hub -- help`,
  );
}

async function serve(args: readonly string[], io: CliIo): Promise<void> {
  const { values } = parse(args, {
    ...dataOption,
    port: { type: 'string' },
    host: { type: 'string' },
    'trust-proxy': { type: 'boolean' },
    workers: { type: 'string' },
  });
  const port = Number(optional(values, 'port') ?? defaultPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port: 0 to 65535');
  const host = optional(values, 'host') ?? defaultHost;
  const workers = parseWorkers(optional(values, 'workers'));
  if (typeof workers !== 'number') throw new UsageError(workers.error);
  if (workers > 1 && !isHubWorker()) {
    const url = io.env.DATABASE_URL;
    if (io.database !== undefined || url === undefined || url === '') {
      throw new UsageError(
        '--workers needs PostgreSQL (DATABASE_URL): with PGlite one process owns the data folder',
      );
    }
    // Migrated once here, so the workers start on an up-to-date database.
    const migrated = await openForCommand(io, undefined);
    await migrated.close();
    await runWorkers({
      count: workers,
      where: migrated.where,
      stdout: io.stdout,
      stderr: io.stderr,
      stopSignal: io.stopSignal ?? new Promise<never>(() => undefined),
    });
    return;
  }
  const opened = await openForCommand(io, optional(values, 'data'));
  const app = await createHub({
    db: opened.db,
    logger: true,
    trustProxy: values['trust-proxy'] === true,
    plugins: io.extensions.plugins,
    hubReport: io.extensions.hubReport,
    managerOfRequest: io.extensions.managerOfRequest,
  });
  try {
    const address = await app.listen({ port, host });
    // A worker's primary says where the hub listens, once for all of them.
    if (!isHubWorker()) io.stdout(`Rukn hub listening on ${address} (database: ${opened.where})\n`);
  } catch (error) {
    await app.close();
    await opened.close();
    throw new UsageError(`cannot listen on ${host}:${port}: ${(error as Error).message}`);
  }
  await (io.stopSignal ?? new Promise<never>(() => undefined));
  if (!isHubWorker()) io.stdout('Rukn hub stopping\n');
  await app.close();
  await opened.close();
}

async function officeAdd(args: readonly string[], io: CliIo): Promise<void> {
  const { values } = parse(args, { ...dataOption, name: { type: 'string' } });
  const name = required(values, 'name');
  await withDatabase(io, values, async (db) => {
    const office = await addOffice(db, name, io.now());
    if (!office.ok) throw new UsageError(office.error.message);
    io.stdout(`office ${office.value.id} "${office.value.name}" added\n`);
  });
}

async function officeList(args: readonly string[], io: CliIo): Promise<void> {
  const { values } = parse(args, dataOption);
  await withDatabase(io, values, async (db) => {
    const offices = await listOffices(db);
    if (offices.length === 0) io.stdout('no offices yet: npm run hub -- office add --name NAME\n');
    for (const office of offices) io.stdout(`${office.id}\t${office.name}\n`);
  });
}

/** The hub's address on the hall's network (first IPv4 that is not loopback), for kiosks. */
export function lanHubUrl(port: number = defaultPort): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal)
        return `http://${address.address}:${port}`;
    }
  }
  return `http://${defaultHost}:${port}`;
}

async function kioskAdd(args: readonly string[], io: CliIo): Promise<void> {
  const { values } = parse(args, {
    ...dataOption,
    office: { type: 'string' },
    name: { type: 'string' },
    'hub-url': { type: 'string' },
    out: { type: 'string' },
  });
  const officeId = required(values, 'office');
  const name = required(values, 'name');
  const hubUrl = hubOrigin(optional(values, 'hub-url') ?? lanHubUrl());
  if (hubUrl === undefined) {
    throw new UsageError('--hub-url: an http(s) origin such as http://192.168.1.20:8440');
  }
  const requestedOut = optional(values, 'out');
  if (requestedOut !== undefined && existsSync(resolve(io.cwd, requestedOut))) {
    throw new UsageError(`${requestedOut} exists; choose another --out`);
  }
  await withDatabase(io, values, (db) =>
    // The kiosk is stored only if its provisioning file is written: a token nobody has is useless.
    db.transaction(async (tx) => {
      const made = await addKiosk(tx, { officeId, name }, io.now());
      if (!made.ok) throw new UsageError(made.error.message);
      const { kiosk, token } = made.value;
      const provisioning: Provisioning = {
        format: provisioningFormat,
        formatVersion: 1,
        hubUrl,
        officeId,
        kioskId: kiosk.id,
        kioskName: kiosk.name,
        token,
      };
      const checked = validateProvisioning(provisioning);
      if (!checked.ok) throw new UsageError(`provisioning file: ${checked.error.message}`);
      const out = resolve(io.cwd, requestedOut ?? `kiosk-${kiosk.id}.rukn-provisioning.json`);
      writeFileSync(out, `${JSON.stringify(checked.value, null, 2)}\n`, {
        mode: 0o600,
        flag: 'wx',
      });
      io.stdout(
        [
          `kiosk ${kiosk.id} "${kiosk.name}" added to office ${officeId}`,
          `token (shown once; the hub keeps only its hash): ${token}`,
          `provisioning file (import it on the kiosk, then delete it): ${out}`,
          `hub address in the file: ${hubUrl} (use --hub-url to change)`,
          '',
        ].join('\n'),
      );
    }),
  );
}

async function kioskList(args: readonly string[], io: CliIo): Promise<void> {
  const { values } = parse(args, { ...dataOption, office: { type: 'string' } });
  await withDatabase(io, values, async (db) => {
    const kiosks = await listKiosks(db, optional(values, 'office'));
    if (kiosks.length === 0)
      io.stdout('no kiosks yet: npm run hub -- kiosk add --office ID --name NAME\n');
    for (const kiosk of kiosks) {
      const contact =
        kiosk.lastContactAt === undefined ? 'never' : new Date(kiosk.lastContactAt).toISOString();
      const state = kiosk.isDisabled ? 'disabled' : 'enabled';
      io.stdout(
        `${kiosk.id}\t${kiosk.officeId}\t${kiosk.name}\tlast contact ${contact}\t${state}\n`,
      );
    }
  });
}

async function kioskSwitch(args: readonly string[], io: CliIo, isDisabled: boolean): Promise<void> {
  const { values, positionals } = parse(args, dataOption, 1);
  const id = positionals[0];
  if (id === undefined) throw new UsageError('the kiosk id is needed');
  await withDatabase(io, values, async (db) => {
    if (!(await setKioskDisabled(db, id, isDisabled))) throw new UsageError(`no kiosk ${id}`);
    io.stdout(`kiosk ${id} ${isDisabled ? 'disabled' : 'enabled'}\n`);
  });
}

async function tokenAdd(args: readonly string[], io: CliIo): Promise<void> {
  const { values } = parse(args, { ...dataOption, office: { type: 'string' } });
  const officeId = optional(values, 'office');
  await withDatabase(io, values, async (db) => {
    const made = await addAdminToken(db, officeId, io.now());
    if (!made.ok) throw new UsageError(made.error.message);
    const reach = officeId === undefined ? 'the whole hub' : `office ${officeId}`;
    io.stdout(`admin token ${made.value.id} for ${reach} (shown once): ${made.value.token}\n`);
  });
}

async function managerAdd(args: readonly string[], io: CliIo): Promise<void> {
  const { values } = parse(args, {
    ...dataOption,
    name: { type: 'string' },
    office: { type: 'string' },
    'password-file': { type: 'string' },
  });
  const name = required(values, 'name');
  const addManager = io.extensions.addManager;
  if (addManager === undefined) throw new UsageError('this hub is built without the dashboard');
  const passwordFile = optional(values, 'password-file');
  let password: string;
  if (passwordFile === undefined) password = await io.readPassword(`password for ${name}: `);
  else {
    try {
      password = readFileSync(resolve(io.cwd, passwordFile), 'utf8').split(/\r?\n/)[0] ?? '';
    } catch {
      throw new UsageError(`${passwordFile}: cannot be read`);
    }
  }
  await withDatabase(io, values, async (db) => {
    const made = await addManager(db, {
      name,
      officeId: optional(values, 'office') ?? null,
      password,
    });
    if (!made.ok) throw new UsageError(made.error.message);
    io.stdout(`manager ${made.value.id} "${name}" added\n`);
  });
}

async function keygen(args: readonly string[], io: CliIo): Promise<void> {
  const { values } = parse(args, { out: { type: 'string' } });
  const out = resolve(io.cwd, optional(values, 'out') ?? 'content-signing-key.json');
  if (existsSync(out)) throw new UsageError(`${out} exists; a signing key is never overwritten`);
  const { file, publicEntry } = await generateSigningKey();
  try {
    writeSigningKeyFile(out, file);
  } catch (error) {
    throw new UsageError(`cannot write ${out}: ${(error as Error).message}`);
  }
  io.stdout(
    [
      `private key written to ${out} (keep it secret and backed up; it signs content for every kiosk)`,
      'public key entry: add it to the kiosk app’s assets/keys/content-keys.json, then build the kiosk:',
      JSON.stringify(publicEntry),
      '',
    ].join('\n'),
  );
}

function readBundleFile(io: CliIo, file: string): unknown {
  try {
    return JSON.parse(readFileSync(resolve(io.cwd, file), 'utf8'));
  } catch {
    throw new UsageError(`${file}: cannot be read as JSON`);
  }
}

async function contentPublish(args: readonly string[], io: CliIo): Promise<void> {
  const { values, positionals } = parse(
    args,
    {
      ...dataOption,
      key: { type: 'string' },
      'from-assets': { type: 'boolean' },
      version: { type: 'string' },
    },
    1,
  );
  const keyFile = required(values, 'key');
  const isFromAssets = values['from-assets'] === true;
  let data: unknown;
  if (isFromAssets) {
    const dir = positionals[0] === undefined ? undefined : resolve(io.cwd, positionals[0]);
    const assembled = assembleContentDir(dir);
    if (!assembled.ok) throw new UsageError(assembled.error.message);
    data = assembled.value;
  } else {
    if (positionals[0] === undefined)
      throw new UsageError('the bundle FILE (or --from-assets) is needed');
    data = readBundleFile(io, positionals[0]);
  }
  const version = optional(values, 'version');
  if (version !== undefined && isRecord(data)) {
    data = { ...data, version, publishedAt: new Date(io.now()).toISOString() };
  }
  const checked = validateContentBundle(data);
  if (!checked.ok)
    throw new UsageError(`the bundle is invalid: ${checked.error.message.split('\n').join('; ')}`);
  const key = await readSigningKeyFile(resolve(io.cwd, keyFile));
  if (!key.ok) throw new UsageError(key.error.message);
  await withDatabase(io, values, async (db) => {
    const published = await publishBundle(db, checked.value, key.value, io.now());
    if (!published.ok) throw new UsageError(published.error.message);
    io.stdout(
      `content ${published.value.version} published, signed with key ${published.value.keyId} (ETag ${published.value.etag})\n`,
    );
  });
}

async function contentList(args: readonly string[], io: CliIo): Promise<void> {
  const { values } = parse(args, dataOption);
  await withDatabase(io, values, async (db) => {
    const bundles = await listBundles(db);
    if (bundles.length === 0) io.stdout('no content published yet\n');
    for (const bundle of bundles) {
      io.stdout(
        `${bundle.version}\t${new Date(bundle.publishedAt).toISOString()}\tkey ${bundle.keyId}\n`,
      );
    }
  });
}
