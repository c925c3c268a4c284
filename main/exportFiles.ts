/**
 * Writing into the office's export folder. Policy: a file is never overwritten and never seen
 * half-written: it is written whole under a temporary name, then given its name only if nothing
 * has it yet; a taken name becomes `name (2).ext`, `name (3).ext` and so on.
 */
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** How many numbered names are tried before giving up (a folder with 1000 copies is broken). */
export const maxNumberedCopies = 1000;

/** `visits.csv` for copy 1, `visits (2).csv` for copy 2, and so on (pure). */
export function numberedFileName(fileName: string, copy: number): string {
  if (copy <= 1) return fileName;
  const extension = path.extname(fileName);
  return `${fileName.slice(0, fileName.length - extension.length)} (${copy})${extension}`;
}

/** True when `folder` exists and is a folder. */
export async function isExistingFolder(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

/**
 * Gives `temporary` the name `target` only if no file has it: a hard link fails with EEXIST
 * instead of replacing. Where the file system has no hard links (FAT USB sticks, some shares), an
 * exclusive copy does the same. Resolves false when the name is taken.
 */
async function claimName(temporary: string, target: string): Promise<boolean> {
  try {
    await link(temporary, target);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
  }
  try {
    await copyFile(temporary, target, constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    // Any other failure left at most a partial copy of ours: never leave half a report behind.
    await unlink(target).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes `data` into `folder` as `fileName`, or as the first free numbered name, and returns the
 * path written. `fileName` must already be a validated plain name. Throws on a write failure.
 */
export async function writeFileUniquely(
  folder: string,
  fileName: string,
  data: Buffer,
): Promise<string> {
  // Hidden and with a random part: never mistaken for a report, never collides.
  const temporary = path.join(folder, `.${randomUUID()}.tmp`);
  await writeFile(temporary, data, { flag: 'wx' });
  try {
    for (let copy = 1; copy <= maxNumberedCopies; copy += 1) {
      const target = path.join(folder, numberedFileName(fileName, copy));
      if (await claimName(temporary, target)) return target;
    }
    throw new Error(`more than ${maxNumberedCopies} files are already named like ${fileName}`);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}
