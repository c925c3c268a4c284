/**
 * One process at a time on an embedded (PGlite) data folder. Policy: PGlite is a single-process
 * database, so `serve` and every command hold `<data folder>.lock` (their process id) while they
 * run; a second process is refused with a plain message instead of corrupting the folder. A lock
 * left by a process that no longer runs is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Why the folder could not be locked. */
export class DataFolderBusy extends Error {}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Locks `dataDir` for this process; answers the release. Throws `DataFolderBusy`. */
export function lockDataFolder(dataDir: string): () => void {
  const lockFile = `${resolve(dataDir)}.lock`;
  mkdirSync(dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
        throw new DataFolderBusy(
          `${dataDir} is in use by process ${holder} (a running hub?); stop it first, or use PostgreSQL (DATABASE_URL)`,
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new DataFolderBusy(`${dataDir}: cannot take its lock file ${lockFile}`);
}
