/**
 * `serve --workers N`: several hub processes on one port, for an office hub on PostgreSQL that
 * one process cannot keep up with (one process tops out near 8,000 pushed visits a second, see
 * docs/capacity.md). The primary process migrates the database once, forks N workers (node:cluster;
 * each runs the ordinary `serve` with its own connection pool) and shares the port among them.
 *
 * Policy: a worker that dies is replaced after a pause; a worker dying again and again just after
 * it started (a broken database address, a port taken) stops the hub with an error instead of
 * forking forever. On SIGINT/SIGTERM the primary asks every worker to stop (they finish the
 * requests in hand) and kills the ones still there after `stopTimeoutMs`. A worker whose primary
 * is gone stops too (node:cluster ends a worker when its channel to the primary closes). PGlite
 * is refused: one process owns its data folder.
 * What stays per process: rate limits and the dashboard's sign-in throttle (hub/app.ts).
 */
import cluster, { type Worker } from 'node:cluster';
import { cpus } from 'node:os';

/** The most workers `--workers` takes. */
export const maxWorkers = 64;

/** A worker that dies sooner than this after it started counts as a failed start. */
export const quickDeathMs = 10_000;
/** This many failed starts in a row stop the hub. */
export const maxQuickDeaths = 5;
/** The pause before replacing a worker, doubled after each failed start in a row. */
export const restartDelayMs = 1_000;
const stopTimeoutMs = 15_000;

/** `--workers` as given: a count, or `auto` for one per core. */
export function parseWorkers(text: string | undefined): number | { readonly error: string } {
  if (text === undefined) return 1;
  if (text === 'auto') return Math.max(1, Math.min(maxWorkers, cpus().length));
  const count = Number(text);
  if (!/^\d+$/.test(text) || count < 1 || count > maxWorkers) {
    return { error: `--workers: a number from 1 to ${maxWorkers}, or auto` };
  }
  return count;
}

/**
 * What to do when a worker exits unasked (pure): replace it after `delayMs`, or stop the hub.
 * `quickDeaths` is how many workers in a row died soon after they started, this one included.
 */
export function afterWorkerExit(
  livedMs: number,
  quickDeathsBefore: number,
):
  | { readonly action: 'restart'; readonly delayMs: number; readonly quickDeaths: number }
  | {
      readonly action: 'stop';
      readonly quickDeaths: number;
    } {
  const quickDeaths = livedMs < quickDeathMs ? quickDeathsBefore + 1 : 0;
  if (quickDeaths >= maxQuickDeaths) return { action: 'stop', quickDeaths };
  return {
    action: 'restart',
    delayMs: restartDelayMs * 2 ** Math.max(0, quickDeaths - 1),
    quickDeaths,
  };
}

/** Whether this process is one of the hub's workers (it then serves as a single hub). */
export function isHubWorker(): boolean {
  return cluster.isWorker;
}

/** The address a listening worker reports, as a URL. */
function urlOf(address: { readonly address: string; readonly port: number }): string {
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/**
 * Runs the primary process: forks `count` workers, prints the address once all listen, keeps
 * them running until `stopSignal`, then stops them. Throws when the workers cannot start.
 */
export async function runWorkers(options: {
  readonly count: number;
  readonly where: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stopSignal: Promise<unknown>;
}): Promise<void> {
  const { count, stdout, stderr } = options;
  const startedAt = new Map<Worker, number>();
  let stopping = false;
  let isReady = false;
  let quickDeaths = 0;
  let failed: ((error: Error) => void) | undefined;
  const failure = new Promise<never>((_resolve, reject) => {
    failed = reject;
  });
  // The failure is also awaited below; this keeps an early one from counting as unhandled.
  failure.catch(() => undefined);

  const fork = (slot: number) => {
    const worker = cluster.fork();
    startedAt.set(worker, Date.now());
    worker.on('exit', (code, signal) => {
      const lived = Date.now() - (startedAt.get(worker) ?? 0);
      startedAt.delete(worker);
      if (stopping) return;
      const how = signal === null ? `code ${String(code)}` : signal;
      if (!isReady) {
        // Before the hub first listened: the others would fail the same way (a port in use).
        failed?.(new Error(`hub worker ${slot} could not start (${how}); see its log above`));
        return;
      }
      const next = afterWorkerExit(lived, quickDeaths);
      quickDeaths = next.quickDeaths;
      if (next.action === 'stop') {
        failed?.(new Error(`hub worker ${slot} keeps stopping (${how}); see its log above`));
        return;
      }
      stderr(`hub worker ${slot} stopped (${how}); starting another in ${next.delayMs} ms\n`);
      setTimeout(() => {
        if (!stopping) fork(slot);
      }, next.delayMs).unref();
    });
  };

  const listening = new Promise<string>((resolve) => {
    let ready = 0;
    const onListening = (_worker: Worker, address: { address: string; port: number }) => {
      ready += 1;
      if (ready === count) {
        cluster.off('listening', onListening);
        resolve(urlOf(address));
      }
    };
    cluster.on('listening', onListening);
  });

  const stopAll = async () => {
    stopping = true;
    const running = [...startedAt.keys()];
    await Promise.all(
      running.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) {
              resolve();
              return;
            }
            const timer = setTimeout(() => worker.process.kill('SIGKILL'), stopTimeoutMs);
            worker.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  };

  for (let slot = 1; slot <= count; slot += 1) fork(slot);
  try {
    const url = await Promise.race([listening, failure, options.stopSignal.then(() => '')]);
    if (url !== '') {
      isReady = true;
      stdout(`Rukn hub listening on ${url} with ${count} workers (database: ${options.where})\n`);
      await Promise.race([options.stopSignal, failure]);
    }
    stdout('Rukn hub stopping\n');
  } finally {
    await stopAll();
  }
}
