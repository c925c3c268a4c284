import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PrintRequest, type SaveFileRequest, ipcChannels } from '../../../main/contract';
import { validateSaveFileRequest } from '../../../main/contract/files';
import { minPrintIntervalMs, validatePrintRequest } from '../../../main/contract/print';
import { bridgeErrorCodes } from '../../../main/contract/errors';
import { isPlainFileName } from '../../../core/fileNames';
import {
  type HandlerDeps,
  createKioskHandlers,
  isTrustedSender,
  setupIpc,
} from '../../../main/ipc';
import { isSaveDialogAllowed } from '../../../main/ipc/files';
import { createPrintFloor } from '../../../main/ipc/print';
import { fakeSyncDeps } from './support/syncFakes';
import { type KioskConfig, defaultKioskConfig } from '../../../main/kioskConfig';

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
  const valid = { fileName: 'visits.csv', content: 'a,b', encoding: 'utf8', target: 'folder' };

  it('accepts a well-formed request for either target', () => {
    expect(validateSaveFileRequest(valid)).toEqual({ ok: true, value: valid });
    const dialog = { ...valid, target: 'dialog' };
    expect(validateSaveFileRequest(dialog)).toEqual({ ok: true, value: dialog });
  });

  it('refuses a renderer that names a folder, or passes any other extra key', () => {
    for (const request of [
      { ...valid, folder: '/etc/cron.d' },
      { ...valid, folder: undefined },
      { ...valid, overwrite: true },
    ]) {
      const result = validateSaveFileRequest(request);
      expect(result.ok ? null : result.error.code, JSON.stringify(request)).toBe('invalid-request');
    }
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
      { ...valid, target: undefined },
      { ...valid, content: 'x'.repeat(20 * 1024 * 1024 + 1) },
    ]) {
      const result = validateSaveFileRequest(request);
      expect(result.ok, JSON.stringify(request)?.slice(0, 80)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-request');
    }
  });
});

describe('validatePrintRequest', () => {
  it('accepts a plain PDF document name', () => {
    expect(validatePrintRequest({ documentName: 'checklist-2026-11-28.pdf' })).toEqual({
      ok: true,
      value: { documentName: 'checklist-2026-11-28.pdf' },
    });
  });

  it('refuses a missing, non-PDF or path-like name, and the old printer and PDF options', () => {
    for (const request of [
      undefined,
      {},
      'checklist.pdf',
      { documentName: 3 },
      { documentName: 'checklist.csv' },
      { documentName: '../checklist.pdf' },
      { documentName: '/tmp/checklist.pdf' },
      { documentName: 'checklist.pdf', deviceName: 'Office HP' },
      { documentName: 'checklist.pdf', toPdf: true },
    ]) {
      const result = validatePrintRequest(request);
      expect(result.ok ? null : result.error.code, JSON.stringify(request)).toBe('invalid-request');
    }
  });
});

describe('isSaveDialogAllowed', () => {
  it('never opens a file dialog in a kiosk build, and does in development', () => {
    expect(isSaveDialogAllowed(true)).toBe(false);
    expect(isSaveDialogAllowed(false)).toBe(true);
  });
});

type PrintCallback = (success: boolean, failureReason: string) => void;

function fakeSender() {
  return {
    print: vi.fn((_options: unknown, callback: PrintCallback) => callback(true, '')),
    printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7')),
  };
}

const kioskInfo = {
  version: '1.2.3',
  shell: 'electron',
  isKiosk: true,
  platform: 'linux',
} as const;

function makeDeps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  return {
    appInfo: kioskInfo,
    loadConfig: async () => defaultKioskConfig,
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    windowOf: () => null,
    printFloor: createPrintFloor(),
    callbackKeys: { getCallbackKey: async () => ({ ok: true, value: { key: 'k' } }) },
    pdfFloor: createPrintFloor(),
    ...fakeSyncDeps(),
    ...overrides,
  };
}

function configured(config: Partial<KioskConfig>): Pick<HandlerDeps, 'loadConfig'> {
  return { loadConfig: async () => ({ ...defaultKioskConfig, ...config }) };
}

function csv(fileName: string, content = 'x') {
  return { fileName, content, encoding: 'utf8', target: 'folder' } as const;
}

describe('createKioskHandlers: saveFile', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rukn-ipc-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  function handlers(overrides: Partial<HandlerDeps> = {}) {
    return createKioskHandlers(makeDeps({ ...configured({ exportFolder: dir }), ...overrides }), {
      sender: fakeSender() as never,
    });
  }

  it('writes a report into the configured folder, leaving no temporary file', async () => {
    const result = await handlers().saveFile(csv('visits.csv', '\uFEFFالتاريخ,العدد'));
    expect(result).toEqual({ ok: true, value: { savedTo: path.join(dir, 'visits.csv') } });
    expect(await readFile(path.join(dir, 'visits.csv'), 'utf8')).toBe('\uFEFFالتاريخ,العدد');
    expect(await readdir(dir)).toEqual(['visits.csv']);
  });

  it('writes where the office configured, never where the renderer says', async () => {
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'rukn-elsewhere-'));
    try {
      const result = await handlers().saveFile({
        ...csv('visits.csv'),
        folder: elsewhere,
      } as SaveFileRequest);
      expect(result.ok ? null : result.error.code).toBe('invalid-request');
      expect(await readdir(elsewhere)).toEqual([]);
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it('never overwrites: a taken name gets (2), then (3), before the extension', async () => {
    await writeFile(path.join(dir, 'visits.csv'), 'the office edited this');
    const save = handlers().saveFile;
    expect(await save(csv('visits.csv', 'second'))).toEqual({
      ok: true,
      value: { savedTo: path.join(dir, 'visits (2).csv') },
    });
    expect(await save(csv('visits.csv', 'third'))).toEqual({
      ok: true,
      value: { savedTo: path.join(dir, 'visits (3).csv') },
    });
    expect(await readFile(path.join(dir, 'visits.csv'), 'utf8')).toBe('the office edited this');
    expect(await readFile(path.join(dir, 'visits (2).csv'), 'utf8')).toBe('second');
    expect((await readdir(dir)).sort()).toEqual(['visits (2).csv', 'visits (3).csv', 'visits.csv']);
  });

  it('gives every one of many simultaneous saves its own file', async () => {
    const save = handlers().saveFile;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => save(csv('visits.csv', `copy ${i}`))),
    );
    const savedTo = results.map((result) => (result.ok ? result.value.savedTo : null));
    expect(new Set(savedTo).size).toBe(8);
    const contents = await Promise.all(
      (await readdir(dir)).map((name) => readFile(path.join(dir, name), 'utf8')),
    );
    expect(contents.sort()).toEqual(Array.from({ length: 8 }, (_, i) => `copy ${i}`).sort());
  });

  it('decodes base64 content (PDF)', async () => {
    const content = Buffer.from('%PDF-1.7 bytes').toString('base64');
    await handlers().saveFile({ fileName: 'r.pdf', content, encoding: 'base64', target: 'folder' });
    expect(await readFile(path.join(dir, 'r.pdf'), 'utf8')).toBe('%PDF-1.7 bytes');
  });

  it('is unsupported when no folder is configured, and fails when it has vanished', async () => {
    const unconfigured = await handlers(configured({ exportFolder: null })).saveFile(csv('v.csv'));
    expect(unconfigured.ok ? null : unconfigured.error.code).toBe('unsupported');
    const vanished = handlers(configured({ exportFolder: path.join(dir, 'unmounted') }));
    const missing = await vanished.saveFile(csv('v.csv'));
    expect(missing.ok ? null : missing.error.code).toBe('write-failed');
    const traversing = await handlers().saveFile(csv('../visits.csv'));
    expect(traversing.ok ? null : traversing.error.code).toBe('invalid-request');
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses the save dialog in a kiosk build without opening it', async () => {
    const showSaveDialog = vi.fn();
    const result = await handlers({ showSaveDialog }).saveFile({
      ...csv('v.csv'),
      target: 'dialog',
    });
    expect(result.ok ? null : result.error.code).toBe('unsupported');
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('asks where to save with the dialog in development, and reports a cancel as a value', async () => {
    const chosen = path.join(dir, 'chosen.csv');
    const showSaveDialog = vi
      .fn()
      .mockResolvedValueOnce({ canceled: true, filePath: '' })
      .mockResolvedValueOnce({ canceled: false, filePath: chosen });
    const development = handlers({ appInfo: { ...kioskInfo, isKiosk: false }, showSaveDialog });
    const request = { ...csv('v.csv', 'a'), target: 'dialog' } as const;
    const cancelled = await development.saveFile(request);
    expect(cancelled.ok ? null : cancelled.error.code).toBe('cancelled');
    expect(await development.saveFile(request)).toEqual({ ok: true, value: { savedTo: chosen } });
    expect(showSaveDialog).toHaveBeenLastCalledWith(
      null,
      expect.objectContaining({ defaultPath: 'v.csv' }),
    );
  });
});

describe('createKioskHandlers: print', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rukn-print-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const request = { documentName: 'checklist-2026-11-28.pdf' };

  it('prints silently to the configured printer and reports printed on success', async () => {
    const sender = fakeSender();
    const handlers = createKioskHandlers(makeDeps(configured({ printerName: 'Office HP' })), {
      sender: sender as never,
    });
    expect(await handlers.print(request)).toEqual({ ok: true, value: { outcome: 'printed' } });
    expect(sender.print).toHaveBeenCalledWith(
      expect.objectContaining({ silent: true, deviceName: 'Office HP' }),
      expect.any(Function),
    );
    expect(sender.printToPDF).not.toHaveBeenCalled();
  });

  it('uses the system default printer when none is configured', async () => {
    const sender = fakeSender();
    const handlers = createKioskHandlers(makeDeps(), { sender: sender as never });
    expect(await handlers.print(request)).toEqual({ ok: true, value: { outcome: 'printed' } });
    const [options] = sender.print.mock.calls[0] ?? [];
    expect(options).toMatchObject({ silent: true });
    expect((options as { deviceName?: string }).deviceName).toBeUndefined();
  });

  it('reports a refused print job as print-failed, with the reason', async () => {
    const sender = fakeSender();
    sender.print.mockImplementation((_options, callback) => callback(false, 'Printer is offline'));
    const handlers = createKioskHandlers(makeDeps(), { sender: sender as never });
    expect(await handlers.print(request)).toEqual({
      ok: false,
      error: { code: 'print-failed', message: 'Printer is offline' },
    });
  });

  it('in PDF mode writes the page into the export folder and returns where', async () => {
    await writeFile(path.join(dir, request.documentName), 'an earlier checklist');
    const sender = fakeSender();
    const handlers = createKioskHandlers(
      makeDeps(configured({ printMode: 'pdf', exportFolder: dir })),
      { sender: sender as never },
    );
    const savedTo = path.join(dir, 'checklist-2026-11-28 (2).pdf');
    expect(await handlers.print(request)).toEqual({
      ok: true,
      value: { outcome: 'saved-pdf', savedTo },
    });
    expect(await readFile(savedTo, 'utf8')).toBe('%PDF-1.7');
    expect(await readFile(path.join(dir, request.documentName), 'utf8')).toBe(
      'an earlier checklist',
    );
    expect(sender.print).not.toHaveBeenCalled();
  });

  it('in PDF mode without an export folder is unsupported and renders nothing', async () => {
    const sender = fakeSender();
    const handlers = createKioskHandlers(makeDeps(configured({ printMode: 'pdf' })), {
      sender: sender as never,
    });
    const result = await handlers.print(request);
    expect(result.ok ? null : result.error.code).toBe('unsupported');
    expect(sender.printToPDF).not.toHaveBeenCalled();
  });

  it('refuses a request that still names a printer or asks for a returned PDF', async () => {
    const sender = fakeSender();
    const handlers = createKioskHandlers(makeDeps(), { sender: sender as never });
    const result = await handlers.print({ ...request, deviceName: 'Evil' } as PrintRequest);
    expect(result.ok ? null : result.error.code).toBe('invalid-request');
    expect(sender.print).not.toHaveBeenCalled();
  });
});

describe('createKioskHandlers: the print floor', () => {
  const request = { documentName: 'checklist-2026-11-28.pdf' };

  function clock(start = 1_000_000) {
    let time = start;
    return { now: () => time, advance: (ms: number) => (time += ms) };
  }

  it('answers too-soon to a second print from the same window within 10 seconds', async () => {
    const time = clock();
    const deps = makeDeps({ printFloor: createPrintFloor(minPrintIntervalMs, time.now) });
    const sender = fakeSender();
    const print = (from = sender) => createKioskHandlers(deps, { sender: from as never }).print;
    expect(minPrintIntervalMs).toBe(10_000);
    expect(await print()(request)).toEqual({ ok: true, value: { outcome: 'printed' } });
    time.advance(9_999);
    const early = await print()(request);
    expect(early.ok ? null : early.error.code).toBe('too-soon');
    expect(sender.print).toHaveBeenCalledTimes(1);
    time.advance(1);
    expect(await print()(request)).toEqual({ ok: true, value: { outcome: 'printed' } });
    expect(sender.print).toHaveBeenCalledTimes(2);
  });

  it('keeps one floor per window, and lets only one of two simultaneous prints through', async () => {
    const deps = makeDeps({ printFloor: createPrintFloor(minPrintIntervalMs, clock().now) });
    const first = fakeSender();
    const second = fakeSender();
    const results = await Promise.all([
      createKioskHandlers(deps, { sender: first as never }).print(request),
      createKioskHandlers(deps, { sender: first as never }).print(request),
      createKioskHandlers(deps, { sender: second as never }).print(request),
    ]);
    expect(results.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual([
      'ok',
      'too-soon',
      'ok',
    ]);
    expect(first.print).toHaveBeenCalledTimes(1);
  });

  it('does not spend the window on a refused request', async () => {
    const deps = makeDeps({ printFloor: createPrintFloor(minPrintIntervalMs, clock().now) });
    const handlers = createKioskHandlers(deps, { sender: fakeSender() as never });
    const refused = await handlers.print({ documentName: '../x.pdf' });
    expect(refused.ok ? null : refused.error.code).toBe('invalid-request');
    expect(await handlers.print(request)).toEqual({ ok: true, value: { outcome: 'printed' } });
  });

  it('holds the floor in PDF mode too', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rukn-floor-'));
    try {
      const deps = makeDeps({
        ...configured({ printMode: 'pdf', exportFolder: dir }),
        printFloor: createPrintFloor(minPrintIntervalMs, clock().now),
      });
      const handlers = createKioskHandlers(deps, { sender: fakeSender() as never });
      expect((await handlers.print(request)).ok).toBe(true);
      const early = await handlers.print(request);
      expect(early.ok ? null : early.error.code).toBe('too-soon');
      expect(await readdir(dir)).toEqual([request.documentName]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('bridge error codes', () => {
  it('each has an errors.<code> translation in Arabic and English', async () => {
    for (const lang of ['ar', 'en']) {
      const file = path.join(__dirname, '../../../renderer/i18n/locales', `${lang}.json`);
      const locale = JSON.parse(await readFile(file, 'utf8')) as {
        errors: Record<string, string>;
      };
      for (const code of bridgeErrorCodes) {
        expect(locale.errors[code]?.trim(), `${lang} errors.${code}`).toBeTruthy();
      }
    }
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

  it('hands the callback key only to a trusted sender', async () => {
    const getCallbackKey = vi.fn(async () => ({ ok: true as const, value: { key: 'k' } }));
    const handlers = register(
      makeDeps({ callbackKeys: { getCallbackKey }, windowOf: () => ({ id: 1 }) as never }),
    );
    const handle = handlers.get(ipcChannels.getCallbackKey);
    expect(ipcChannels.getCallbackKey).toBe('secret:get-callback-key');
    const refused = await handle?.(event({ url: 'https://evil.example/', parent: null }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(await handle?.(event({ url: 'rukn://app/', parent: {} }))).toEqual(refused);
    expect(getCallbackKey).not.toHaveBeenCalled();
    const answered = await handle?.(event({ url: 'rukn://app/index.html', parent: null }));
    expect(answered).toEqual({ ok: true, value: { key: 'k' } });
  });

  it('turns an unexpected throw into an error value', async () => {
    const showSaveDialog = vi.fn(async () => {
      throw new Error('dialog exploded');
    });
    const handlers = register(
      makeDeps({
        appInfo: { ...kioskInfo, isKiosk: false },
        showSaveDialog,
        windowOf: () => ({ id: 1 }) as never,
      }),
    );
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
