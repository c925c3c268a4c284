/**
 * The office hub as `npm run hub -- serve` runs it, in processes of its own, for the benchmarks:
 * on a free loopback port, over PGlite in a data folder or PostgreSQL at a URL, with `--workers`.
 * The node flags are the `hub` script's in package.json. Linux only for the CPU figure (it reads
 * /proc for the hub's processes and their children).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..');

/** The `hub` script's node flags (package.json). */
const hubNodeFlags = ['--max-semi-space-size=64', '--import', 'tsx'];

/** A process's parent and its user plus system CPU in clock ticks (1/100 s), from /proc. */
function procStat(pid: number): { readonly parent: number; readonly ticks: number } | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    // Ended while being read, or not on this machine.
    return undefined;
  }
}

/** User and system CPU seconds of these processes (0 for one that is not on this machine). */
export function cpuSecondsOf(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => sum + (procStat(pid)?.ticks ?? 0), 0) / 100;
}

/** User and system CPU seconds of `pid` and every process under it (0 where /proc is missing). */
export function treeCpuSeconds(pid: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const stats = new Map<number, { readonly parent: number; readonly ticks: number }>();
  for (const entry of entries) {
    const stat = procStat(Number(entry));
    if (stat !== undefined) stats.set(Number(entry), stat);
  }
  const inTree = (candidate: number): boolean => {
    for (let at: number | undefined = candidate; at !== undefined && at > 1;) {
      if (at === pid) return true;
      at = stats.get(at)?.parent;
    }
    return false;
  };
  let ticks = 0;
  for (const [candidate, stat] of stats) if (inTree(candidate)) ticks += stat.ticks;
  return ticks / 100;
}

export type ServedHub = {
  readonly origin: string;
  /** CPU seconds the hub's processes have used so far. */
  readonly cpuSeconds: () => number;
  readonly stop: () => Promise<void>;
};

/** Starts `hub serve --port 0` and waits until it says where it listens. */
export async function serveHub(options: {
  readonly data?: string;
  readonly databaseUrl?: string;
  readonly workers?: number;
}): Promise<ServedHub> {
  const args = ['hub/cli.ts', 'serve', '--port', '0'];
  if (options.data !== undefined) args.push('--data', options.data);
  if (options.workers !== undefined) args.push('--workers', String(options.workers));
  const child = spawn(process.execPath, [...hubNodeFlags, ...args], {
    cwd: root,
    // The hub's request log is not what is measured; its errors still show.
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: options.databaseUrl ?? '' },
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const origin = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const match = /Rukn hub listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) done(match[1]);
      // Keep only the tail: the request log is long.
      if (out.length > 4096) out = out.slice(-1024);
    });
    child.once('exit', (code) => fail(new Error(`hub exited with ${String(code)}`)));
  });
  const pid = child.pid ?? 0;
  return {
    origin,
    cpuSeconds: () => treeCpuSeconds(pid),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
