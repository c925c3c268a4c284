import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../../main/contract';
import {
  type HandlerDeps,
  createKioskHandlers,
  isPlainFileName,
  isTrustedSender,
  setupIpc,
  validatePrintRequest,
  validateSaveFileRequest,
} from '../../../main/ipc';

const electron = vi.hoisted(() => ({ ipcMain: { handle: vi.fn() } }));
vi.mock('electron', () => electron);

const policy = { allowedOrigins: ['rukn://app'], appWindowIds: new Set([1]) };
const trusted = { frameUrl: 'rukn://app/index.html', isTopFrame: true, windowId: 1 };

describe('isTrustedSender', () => {
  it('trusts the top frame of an app window showing the app origin', () => {
    expect(isTrustedSender(trusted, policy)).toBe(true);
  });

  it('distrusts a missing frame, a subframe, a foreign window or origin', () => {
    expect(isTrustedSender({ ...trusted, frameUrl: null }, policy)).toBe(false);
    expect(isTrustedSender({ ...trusted, isTopFrame: false }, policy)).toBe(false);
    expect(isTrustedSender({ ...trusted, windowId: 2 }, policy)).toBe(false);
    expect(isTrustedSender({ ...trusted, windowId: null }, policy)).toBe(false);
    expect(isTrustedSender({ ...trusted, frameUrl: 'https://evil.example/' }, policy)).toBe(false);
    expect(isTrustedSender({ ...trusted, frameUrl: 'file:///index.html' }, policy)).toBe(false);
    expect(isTrustedSender({ ...trusted, frameUrl: 'rukn://other/' }, policy)).toBe(false);
  });
});

describe('isPlainFileName', () => {
  it('accepts plain report names with an allowed extension', () => {
    for (const name of ['visits-2026-11-28.csv', 'report.PDF', 'backup.json', 'notes.txt']) {
      expect(isPlainFileName(name), name).toBe(true);
    }
    expect(isPlainFileName('زيارات-2026.csv')).toBe(true);
  });

  it('refuses folders, traversal, odd characters, hidden, reserved and other extensions', () => {
    for (const name of [
      '',
      '../visits.csv',
      '..',
      'a/b.csv',
      'a\\b.csv',
      'C:visits.csv',
      'visits..csv',
      '.hidden.csv',
      'visits.csv.exe',
      'visits.exe',
      'visits',
      'NUL.csv',
      'com1.txt',
      'vi\u0000sits.csv',
      'visits.csv ',
      'what?.csv',
      `${'a'.repeat(201)}.csv`,
    ]) {
      expect(isPlainFileName(name), JSON.stringify(name)).toBe(false);
    }
  });
});

describe('validateSaveFileRequest', () => {
  const valid = { fileName: 'visits.csv', content: 'a,b', encoding: 'utf8', target: 'dialog' };

  it('accepts a well-formed request', () => {
    expect(validateSaveFileRequest(valid)).toEqual({ ok: true, value: valid });
    const folder = { ...valid, target: 'folder', folder: path.resolve('/reports') };
    expect(validateSaveFileRequest(folder).ok).toBe(true);
  });

  it('refuses anything malformed with invalid-request', () => {
    for (const request of [
      null,
      'visits.csv',
      [],
      { ...valid, fileName: '../../etc/cron.d/x.txt' },
      { ...valid, content: 42 },
      { ...valid, encoding: 'latin1' },
      { ...valid, encoding: 'base64', content: 'not base64!' },
      { ...valid, target: 'network' },
      { ...valid, target: 'folder' },
      { ...valid, target: 'folder', folder: 'relative/reports' },
      { ...valid, content: 'x'.repeat(20 * 1024 * 1024 + 1) },
    ]) {
      const result = validateSaveFileRequest(request);
      expect(result.ok, JSON.stringify(request)?.slice(0, 80)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-request');
    }
  });
});

describe('validatePrintRequest', () => {
  it('accepts the default printer, a named printer and PDF', () => {
    expect(validatePrintRequest({})).toEqual({ ok: true, value: {} });
    expect(validatePrintRequest({ deviceName: '' })).toEqual({ ok: true, value: {} });
    expect(validatePrintRequest({ deviceName: 'HP', toPdf: false })).toEqual({
      ok: true,
      value: { deviceName: 'HP', toPdf: false },
    });
  });

  it('refuses wrong types', () => {
    expect(validatePrintRequest({ deviceName: 3 }).ok).toBe(false);
    expect(validatePrintRequest({ toPdf: 'yes' }).ok).toBe(false);
    expect(validatePrintRequest('HP').ok).toBe(false);
  });
});

function fakeSender() {
  return {
    print: vi.fn((_options: unknown, callback: (success: boolean) => void) => callback(true)),
    printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7')),
  };
}

function makeDeps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  return {
    appInfo: { version: '1.2.3', shell: 'electron', isKiosk: true, platform: 'linux' },
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    windowOf: () => null,
    ...overrides,
  };
}

describe('createKioskHandlers', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rukn-ipc-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes a report into an existing folder, leaving no temporary file', async () => {
    const handlers = createKioskHandlers(makeDeps(), { sender: fakeSender() as never });
    const result = await handlers.saveFile({
      fileName: 'visits.csv',
      content: '\uFEFFالتاريخ,العدد',
      encoding: 'utf8',
      target: 'folder',
      folder: dir,
    });
    expect(result).toEqual({ ok: true, value: { savedTo: path.join(dir, 'visits.csv') } });
    expect(await readFile(path.join(dir, 'visits.csv'), 'utf8')).toBe('\uFEFFالتاريخ,العدد');
    expect(await readdir(dir)).toEqual(['visits.csv']);
  });

  it('decodes base64 content (PDF)', async () => {
    const handlers = createKioskHandlers(makeDeps(), { sender: fakeSender() as never });
    const content = Buffer.from('%PDF-1.7 bytes').toString('base64');
    await handlers.saveFile({
      fileName: 'r.pdf',
      content,
      encoding: 'base64',
      target: 'folder',
      folder: dir,
    });
    expect(await readFile(path.join(dir, 'r.pdf'), 'utf8')).toBe('%PDF-1.7 bytes');
  });

  it('refuses a folder that does not exist and a traversing name', async () => {
    const handlers = createKioskHandlers(makeDeps(), { sender: fakeSender() as never });
    const missing = await handlers.saveFile({
      fileName: 'visits.csv',
      content: 'x',
      encoding: 'utf8',
      target: 'folder',
      folder: path.join(dir, 'nope'),
    });
    expect(missing.ok ? null : missing.error.code).toBe('invalid-request');
    const traversing = await handlers.saveFile({
      fileName: '../visits.csv',
      content: 'x',
      encoding: 'utf8',
      target: 'folder',
      folder: dir,
    });
    expect(traversing.ok ? null : traversing.error.code).toBe('invalid-request');
    expect(await readdir(dir)).toEqual([]);
  });

  it('asks where to save with the dialog, and reports a cancel as a value', async () => {
    const chosen = path.join(dir, 'chosen.csv');
    const showSaveDialog = vi
      .fn()
      .mockResolvedValueOnce({ canceled: true, filePath: '' })
      .mockResolvedValueOnce({ canceled: false, filePath: chosen });
    const handlers = createKioskHandlers(makeDeps({ showSaveDialog }), {
      sender: fakeSender() as never,
    });
    const request = {
      fileName: 'v.csv',
      content: 'a',
      encoding: 'utf8',
      target: 'dialog',
    } as const;
    const cancelled = await handlers.saveFile(request);
    expect(cancelled.ok ? null : cancelled.error.code).toBe('cancelled');
    expect(await handlers.saveFile(request)).toEqual({ ok: true, value: { savedTo: chosen } });
    expect(showSaveDialog).toHaveBeenLastCalledWith(
      null,
      expect.objectContaining({ defaultPath: 'v.csv' }),
    );
  });

  it('prints silently to the named printer, or returns a PDF', async () => {
    const sender = fakeSender();
    const handlers = createKioskHandlers(makeDeps(), { sender: sender as never });
    expect(await handlers.print({ deviceName: 'Office HP' })).toEqual({ ok: true, value: {} });
    expect(sender.print).toHaveBeenCalledWith(
      expect.objectContaining({ silent: true, deviceName: 'Office HP' }),
      expect.any(Function),
    );
    const pdf = await handlers.print({ toPdf: true });
    expect(pdf).toEqual({
      ok: true,
      value: { pdfBase64: Buffer.from('%PDF-1.7').toString('base64') },
    });
  });

  it('reports a refused print job as print-failed', async () => {
    const sender = fakeSender();
    sender.print.mockImplementation((_options, callback) => callback(false));
    const handlers = createKioskHandlers(makeDeps(), { sender: sender as never });
    const result = await handlers.print({});
    expect(result.ok ? null : result.error.code).toBe('print-failed');
  });
});

describe('setupIpc', () => {
  type Registered = (event: unknown, arg?: unknown) => Promise<unknown>;

  function register(deps: HandlerDeps): Map<string, Registered> {
    electron.ipcMain.handle.mockClear();
    setupIpc(deps, policy);
    return new Map(
      electron.ipcMain.handle.mock.calls.map(([channel, handler]) => [
        channel,
        handler as Registered,
      ]),
    );
  }

  function event(frame: { url: string; parent: unknown } | null) {
    return { senderFrame: frame, sender: fakeSender() };
  }

  it('registers exactly one handler per bridge channel', () => {
    const handlers = register(makeDeps());
    expect([...handlers.keys()].sort()).toEqual(Object.values(ipcChannels).sort());
  });

  it('answers a trusted sender', async () => {
    const handlers = register(makeDeps({ windowOf: () => ({ id: 1 }) as never }));
    const result = await handlers.get(ipcChannels.getAppInfo)?.(
      event({ url: 'rukn://app/index.html', parent: null }),
    );
    expect(result).toEqual({
      ok: true,
      value: { version: '1.2.3', shell: 'electron', isKiosk: true, platform: 'linux' },
    });
  });

  it('refuses untrusted senders before running any handler', async () => {
    const showSaveDialog = vi.fn();
    const inAppWindow = register(
      makeDeps({ showSaveDialog, windowOf: () => ({ id: 1 }) as never }),
    );
    const save = { fileName: 'v.csv', content: 'a', encoding: 'utf8', target: 'dialog' };
    const untrusted = {
      ok: false,
      error: { code: 'untrusted-sender', message: expect.any(String) },
    };
    const handle = inAppWindow.get(ipcChannels.saveFile);
    expect(await handle?.(event({ url: 'https://evil.example/', parent: null }), save)).toEqual(
      untrusted,
    );
    expect(await handle?.(event(null), save)).toEqual(untrusted);
    expect(await handle?.(event({ url: 'rukn://app/', parent: {} }), save)).toEqual(untrusted);
    const otherWindow = register(
      makeDeps({ showSaveDialog, windowOf: () => ({ id: 7 }) as never }),
    );
    const fromOther = otherWindow.get(ipcChannels.saveFile);
    expect(await fromOther?.(event({ url: 'rukn://app/', parent: null }), save)).toEqual(untrusted);
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('turns an unexpected throw into an error value', async () => {
    const showSaveDialog = vi.fn(async () => {
      throw new Error('dialog exploded');
    });
    const handlers = register(makeDeps({ showSaveDialog, windowOf: () => ({ id: 1 }) as never }));
    const result = await handlers.get(ipcChannels.saveFile)?.(
      event({ url: 'rukn://app/', parent: null }),
      { fileName: 'v.csv', content: 'a', encoding: 'utf8', target: 'dialog' },
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'write-failed', message: 'dialog exploded' },
    });
  });
});
