import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberedFileName, writeFileUniquely } from '../../../main/exportFiles';

describe('numberedFileName', () => {
  it('numbers copies before the extension', () => {
    expect(numberedFileName('visits-2026-11-28.csv', 1)).toBe('visits-2026-11-28.csv');
    expect(numberedFileName('visits-2026-11-28.csv', 2)).toBe('visits-2026-11-28 (2).csv');
    expect(numberedFileName('checklist.pdf', 13)).toBe('checklist (13).pdf');
    expect(numberedFileName('زيارات.csv', 3)).toBe('زيارات (3).csv');
  });
});

describe('writeFileUniquely', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rukn-export-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes under the name, then under numbered names, never replacing a file', async () => {
    const first = await writeFileUniquely(dir, 'r.csv', Buffer.from('1'));
    const second = await writeFileUniquely(dir, 'r.csv', Buffer.from('2'));
    expect([first, second]).toEqual([path.join(dir, 'r.csv'), path.join(dir, 'r (2).csv')]);
    expect(await readFile(first, 'utf8')).toBe('1');
    expect(await readFile(second, 'utf8')).toBe('2');
    expect((await readdir(dir)).sort()).toEqual(['r (2).csv', 'r.csv']);
  });

  it('skips a numbered name that is already taken', async () => {
    await writeFile(path.join(dir, 'r.csv'), 'a');
    await writeFile(path.join(dir, 'r (2).csv'), 'b');
    expect(await writeFileUniquely(dir, 'r.csv', Buffer.from('c'))).toBe(
      path.join(dir, 'r (3).csv'),
    );
    expect(await readFile(path.join(dir, 'r (2).csv'), 'utf8')).toBe('b');
  });

  it('throws when the folder is gone, leaving nothing behind', async () => {
    await expect(
      writeFileUniquely(path.join(dir, 'gone'), 'r.csv', Buffer.from('x')),
    ).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
