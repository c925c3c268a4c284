/**
 * The hub's command line, in process on an in-memory PGlite: offices and kiosks (a valid
 * provisioning file readable by its owner only, and only the token's hash stored), admin tokens,
 * signing keys, publishing content and what a kiosk makes of a tampered envelope; and, as a real
 * process, that a mistake is one line and exit code 1.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openSignedBundle, type ContentPublicKey } from '../../core/content/signedBundle';
import { validateProvisioning } from '../../core/sync/provisioning';
import { hashToken } from '../../hub/auth/tokens';
import { runCli, type CliIo } from '../../hub/cli/commands';
import { assembleContentDir } from '../../hub/content/assets';
import { latestBundle } from '../../hub/content/store';
import { openHubDatabase, type HubDatabase } from '../../hub/db/database';

// Databases start slowly on a busy machine; nothing here is timed.
vi.setConfig({ testTimeout: 30_000 });

const now = Date.UTC(2026, 11, 2, 12, 0);
let db: HubDatabase;
let cwd: string;

type Run = { code: number; out: string; err: string };

async function hub(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    env: {},
    cwd,
    now: () => now,
    readPassword: async () => 'not used here',
    database: db,
    extensions: { plugins: [] },
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

function field(text: string, pattern: RegExp): string {
  const match = pattern.exec(text);
  if (!match?.[1]) throw new Error(`no ${pattern} in ${text}`);
  return match[1];
}

beforeAll(async () => {
  db = await openHubDatabase({});
  cwd = mkdtempSync(join(tmpdir(), 'rukn-hub-cli-'));
}, 60_000);

/** The hub started by the serve test, stopped here should a failed expectation leave it running. */
let served: ChildProcess | undefined;

afterAll(async () => {
  if (served !== undefined && served.exitCode === null) served.kill('SIGKILL');
  await db?.close();
  rmSync(cwd, { recursive: true, force: true });
});

describe('offices and kiosks', () => {
  it('adds an office and lists it', async () => {
    const added = await hub('office', 'add', '--name', 'Olaya office');
    expect(added).toMatchObject({ code: 0, err: '' });
    const id = field(added.out, /^office (\w+) /);
    expect((await hub('office', 'list')).out).toBe(`${id}\tOlaya office\n`);
  });

  it('adds a kiosk: token printed once, a valid provisioning file only its owner reads, only the hash stored', async () => {
    const officeId = field(
      (await hub('office', 'add', '--name', 'Kiosk office')).out,
      /^office (\w+) /,
    );
    const added = await hub(
      'kiosk',
      'add',
      '--office',
      officeId,
      '--name',
      'Hall 2',
      '--hub-url',
      'http://192.168.1.20:8440/',
    );
    expect(added.code).toBe(0);
    const kioskId = field(added.out, /^kiosk (\w+) /);
    const token = field(added.out, /token .*: (rk1_\S+)/);
    const file = resolve(cwd, `kiosk-${kioskId}.rukn-provisioning.json`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const provisioning = validateProvisioning(JSON.parse(readFileSync(file, 'utf8')));
    expect(provisioning).toEqual({
      ok: true,
      value: {
        format: 'rukn-provisioning',
        formatVersion: 1,
        hubUrl: 'http://192.168.1.20:8440',
        officeId,
        kioskId,
        kioskName: 'Hall 2',
        token,
      },
    });
    const [row] = await db.query<Record<string, unknown>>('SELECT * FROM kiosks WHERE id = $1', [
      kioskId,
    ]);
    expect(row?.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await hub('kiosk', 'list', '--office', officeId)).out).toMatch(
      new RegExp(`^${kioskId}\\t${officeId}\\tHall 2\\tlast contact never\\tenabled\\n$`),
    );
  });

  it('refuses an unknown office, a bad hub address and an existing output file, storing nothing', async () => {
    const before = await db.query('SELECT id FROM kiosks');
    const unknown = await hub(
      'kiosk',
      'add',
      '--office',
      'nope',
      '--name',
      'X',
      '--hub-url',
      'http://h:1',
    );
    expect(unknown).toMatchObject({ code: 1, out: '', err: 'error: no office nope\n' });
    const officeId = field((await hub('office', 'add', '--name', 'Third')).out, /^office (\w+) /);
    const badUrl = await hub(
      'kiosk',
      'add',
      '--office',
      officeId,
      '--name',
      'X',
      '--hub-url',
      'ftp://h/x',
    );
    expect(badUrl.code).toBe(1);
    expect(badUrl.err).toMatch(/^error: --hub-url/);
    writeFileSync(join(cwd, 'taken.json'), '{}');
    const taken = await hub(
      'kiosk',
      'add',
      '--office',
      officeId,
      '--name',
      'X',
      '--out',
      'taken.json',
    );
    expect(taken.code).toBe(1);
    expect(await db.query('SELECT id FROM kiosks')).toEqual(before);
  });

  it('adds an admin token for one office, stored as its hash', async () => {
    const officeId = field((await hub('office', 'add', '--name', 'Tokens')).out, /^office (\w+) /);
    const added = await hub('token', 'add', '--office', officeId);
    const token = field(added.out, /: (ra1_\S+)$/m);
    const rows = await db.query('SELECT office_id FROM api_tokens WHERE token_hash = $1', [
      hashToken(token),
    ]);
    expect(rows).toEqual([{ office_id: officeId }]);
  });

  it('answers mistakes with one line and no stack', async () => {
    for (const argv of [
      ['office', 'add'],
      ['kiosk', 'add', '--nmae', 'x'],
      ['fly'],
      ['manager', 'add', '--name', 'm'],
    ]) {
      const run = await hub(...argv);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/^error: [^\n]+\n$/);
    }
  });
});

describe('signing and publishing content', () => {
  let trusted: ContentPublicKey[];

  it('makes a key pair: the private key 0600 and never overwritten, the public entry printed', async () => {
    const made = await hub('keygen', '--out', 'signing.json');
    expect(made.code).toBe(0);
    expect(statSync(join(cwd, 'signing.json')).mode & 0o777).toBe(0o600);
    const entry = JSON.parse(field(made.out, /^(\{.*\})$/m)) as ContentPublicKey;
    expect(Object.keys(entry)).toEqual(['keyId', 'publicKey']);
    trusted = [entry];
    const again = await hub('keygen', '--out', 'signing.json');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/never overwritten/);
  });

  it('publishes a bundle file the kiosk opens, refuses an older version, and a tampered copy fails', async () => {
    const assembled = assembleContentDir();
    if (!assembled.ok) throw new Error(assembled.error.message);
    const bundle = { ...(assembled.value as object), version: '2030.01.01-1' };
    writeFileSync(join(cwd, 'bundle.json'), JSON.stringify(bundle));
    const published = await hub('content', 'publish', 'bundle.json', '--key', 'signing.json');
    expect(published).toMatchObject({ code: 0, err: '' });
    const latest = await latestBundle(db);
    const opened = await openSignedBundle(latest?.envelope ?? '', trusted, '2026.12.02-1');
    expect(opened.ok && opened.value.version).toBe('2030.01.01-1');

    const envelope = JSON.parse(latest?.envelope ?? '') as { payload: string };
    const tampered = JSON.stringify({
      ...envelope,
      payload: envelope.payload.replace('2030.01.01-1', '2030.01.01-2'),
    });
    expect(await openSignedBundle(tampered, trusted)).toMatchObject({
      ok: false,
      error: { code: 'bad-signature' },
    });

    const older = await hub('content', 'publish', '--from-assets', '--key', 'signing.json');
    expect(older.code).toBe(1);
    expect(older.err).toMatch(/not newer/);
    const bumped = await hub(
      'content',
      'publish',
      '--from-assets',
      '--version',
      '2030.01.02-1',
      '--key',
      'signing.json',
    );
    expect(bumped.code).toBe(0);
    expect((await hub('content', 'list')).out.split('\n')[0]).toMatch(/^2030\.01\.02-1\t/);
  });

  it('refuses an invalid bundle and a file that is not a key', async () => {
    writeFileSync(join(cwd, 'broken.json'), JSON.stringify({ version: '2031.01.01-1' }));
    const invalid = await hub('content', 'publish', 'broken.json', '--key', 'signing.json');
    expect(invalid.code).toBe(1);
    expect(invalid.err).toMatch(/^error: the bundle is invalid/);
    const notKey = await hub(
      'content',
      'publish',
      '--from-assets',
      '--version',
      '2031.1.1',
      '--key',
      'bundle.json',
    );
    expect(notKey.code).toBe(1);
    expect(notKey.err).toMatch(/not a content signing key file/);
    expect(readdirSync(cwd)).toContain('signing.json');
  });
});

describe('the command as a process', () => {
  it('exits 1 with one line for a mistake', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'hub/cli.ts', 'office', 'add', '--data', join(cwd, 'd')],
      {
        cwd: resolve(__dirname, '../..'),
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('error: --name is needed\n');
  }, 60_000);

  it('serves until SIGTERM, then stops cleanly and frees the data folder', async () => {
    const data = join(cwd, 'served');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'hub/cli.ts', 'serve', '--port', '0', '--data', data],
      {
        cwd: resolve(__dirname, '../..'),
        stdio: ['ignore', 'pipe', 'pipe'],
        // The embedded database and its folder, whatever this run's DATABASE_URL.
        env: { ...process.env, DATABASE_URL: '' },
      },
    );
    served = child;
    let out = '';
    child.stdout.setEncoding('utf8');
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    const address = await new Promise<string>((done, fail) => {
      child.stdout.on('data', (chunk: string) => {
        out += chunk;
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match?.[1]) done(match[1]);
      });
      child.on('exit', () => fail(new Error(`serve exited: ${out}`)));
    });
    expect(existsSync(`${data}.lock`)).toBe(true);
    const health = await fetch(`${address}/health`);
    expect(health.status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toMatch(/stopping/);
    expect(existsSync(`${data}.lock`)).toBe(false);
  }, 90_000);
});
