/**
 * `serve --workers N`: the restart policy and the option (pure), the refusal on PGlite (in
 * process), and, on PostgreSQL (DATABASE_URL, set by .ci/run), a real primary with two workers:
 * both answer on the one port, a killed worker is replaced, SIGTERM stops them all, and workers
 * whose primary was killed stop by themselves.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli, type CliIo } from '../../hub/cli/commands';
import {
  afterWorkerExit,
  maxQuickDeaths,
  maxWorkers,
  parseWorkers,
  quickDeathMs,
  restartDelayMs,
} from '../../hub/cli/workers';
import { openHubDatabase, type HubDatabase } from '../../hub/db/database';
import { createScratchDatabase } from '../../hub/db/scratch';

vi.setConfig({ testTimeout: 60_000 });

describe('parseWorkers', () => {
  it('takes a count from 1 to the most, or auto', () => {
    expect(parseWorkers(undefined)).toBe(1);
    expect(parseWorkers('3')).toBe(3);
    expect(parseWorkers(String(maxWorkers))).toBe(maxWorkers);
    expect(parseWorkers('auto')).toBeGreaterThanOrEqual(1);
    for (const bad of ['0', '-1', '1.5', 'two', '', String(maxWorkers + 1), '2e1']) {
      expect(parseWorkers(bad), bad).toHaveProperty('error');
    }
  });
});

describe('afterWorkerExit', () => {
  it('replaces a worker that ran a while after one pause', () => {
    expect(afterWorkerExit(quickDeathMs * 10, 3)).toEqual({
      action: 'restart',
      delayMs: restartDelayMs,
      quickDeaths: 0,
    });
  });

  it('waits longer after each quick death in a row, then stops the hub', () => {
    const delays: number[] = [];
    let quickDeaths = 0;
    for (;;) {
      const next = afterWorkerExit(quickDeathMs / 10, quickDeaths);
      quickDeaths = next.quickDeaths;
      if (next.action === 'stop') break;
      delays.push(next.delayMs);
    }
    expect(quickDeaths).toBe(maxQuickDeaths);
    expect(delays).toEqual(
      Array.from({ length: maxQuickDeaths - 1 }, (_unused, index) => restartDelayMs * 2 ** index),
    );
  });
});

describe('serve --workers on PGlite', () => {
  let db: HubDatabase;
  beforeAll(async () => {
    db = await openHubDatabase({});
  });
  afterAll(async () => {
    await db.close();
  });

  async function serve(env: CliIo['env'], database?: HubDatabase) {
    let err = '';
    const code = await runCli(['serve', '--workers', '2', '--port', '0'], {
      stdout: () => undefined,
      stderr: (text) => {
        err += text;
      },
      env,
      cwd: process.cwd(),
      now: Date.now,
      readPassword: async () => '',
      ...(database === undefined ? {} : { database }),
      stopSignal: Promise.resolve(),
      extensions: { plugins: [] },
    });
    return { code, err };
  }

  it('is refused: one process owns PGlite’s folder', async () => {
    for (const run of [await serve({}), await serve({ DATABASE_URL: '' }, db)]) {
      expect(run.code).toBe(1);
      expect(run.err).toBe(
        'error: --workers needs PostgreSQL (DATABASE_URL): with PGlite one process owns the data folder\n',
      );
    }
    expect((await serve({ DATABASE_URL: 'postgres://x' }, db)).code).toBe(1);
  });

  it('refuses a count it cannot run', async () => {
    let err = '';
    const code = await runCli(['serve', '--workers', '0'], {
      stdout: () => undefined,
      stderr: (text) => {
        err += text;
      },
      env: {},
      cwd: process.cwd(),
      now: Date.now,
      readPassword: async () => '',
      extensions: { plugins: [] },
    });
    expect(code).toBe(1);
    expect(err).toContain('--workers: a number from 1 to 64, or auto');
  });
});

const databaseUrl = process.env.DATABASE_URL;

/** A running `hub serve --workers 2` with everything it has printed so far. */
type Served = {
  readonly child: ChildProcess;
  readonly origin: string;
  readonly exited: Promise<number | null>;
  output: () => string;
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until<T>(what: string, check: () => T | undefined): Promise<T> {
  for (let tries = 0; tries < 300; tries += 1) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** The pids of the workers that said they listen, from the JSON log lines. */
function listeningPids(output: string): number[] {
  return [...output.matchAll(/"pid":(\d+)[^\n]*"msg":"Server listening at/g)].map((match) =>
    Number(match[1]),
  );
}

describe.skipIf(!databaseUrl)('serve --workers 2 on PostgreSQL', () => {
  let scratch: { url: string; drop: () => Promise<void> };
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    scratch = await createScratchDatabase(databaseUrl ?? '', 'rukn_workers');
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await scratch.drop();
  });

  async function start(): Promise<Served> {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'hub/cli.ts', 'serve', '--port', '0', '--workers', '2'],
      {
        cwd: resolve(__dirname, '../..'),
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, DATABASE_URL: scratch.url },
      },
    );
    children.push(child);
    let out = '';
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
    });
    child.stderr?.on('data', (chunk: string) => {
      out += chunk;
    });
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    const origin = await until(
      'the hub to listen',
      () => /listening on (http:\/\/127\.0\.0\.1:\d+) with 2 workers/.exec(out)?.[1],
    );
    return { child, origin, exited, output: () => out };
  }

  it('serves from two processes, replaces a killed one, and stops them all on SIGTERM', async () => {
    const served = await start();
    const workers = listeningPids(served.output());
    expect(new Set(workers).size).toBe(2);
    expect(workers).not.toContain(served.child.pid);

    // Each new connection goes to the next worker in turn.
    for (let request = 0; request < 6; request += 1) {
      const response = await fetch(`${served.origin}/health`, {
        headers: { connection: 'close' },
      });
      expect(response.status).toBe(200);
    }
    const answered = new Set(
      [...served.output().matchAll(/"pid":(\d+)[^\n]*"msg":"request completed"/g)].map((match) =>
        Number(match[1]),
      ),
    );
    expect(answered).toEqual(new Set(workers));

    const [killed] = workers;
    process.kill(killed ?? 0, 'SIGKILL');
    const replacement = await until('a new worker', () =>
      listeningPids(served.output()).find((pid) => !workers.includes(pid)),
    );
    expect(served.output()).toMatch(/hub worker \d stopped \(SIGKILL\); starting another/);
    expect((await fetch(`${served.origin}/health`)).status).toBe(200);

    served.child.kill('SIGTERM');
    expect(await served.exited).toBe(0);
    expect(served.output()).toContain('Rukn hub stopping');
    const running = [...workers.filter((pid) => pid !== killed), replacement];
    await until('the workers to stop', () => (running.some(isAlive) ? undefined : true));
  });

  it('stops its workers when the primary is killed', async () => {
    const served = await start();
    const workers = listeningPids(served.output());
    served.child.kill('SIGKILL');
    await served.exited;
    await until('the orphaned workers to stop', () => (workers.some(isAlive) ? undefined : true));
  });
});
