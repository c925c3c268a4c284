/**
 * "Export PDF" in main: the page that asked, printed to an A4 PDF by Chromium and written where
 * every export goes, with the request checked like any other.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels, unexpectedFailureCodes } from '../../../main/contract';
import { validateSavePagePdfRequest } from '../../../main/contract/pdf';
import { minPrintIntervalMs } from '../../../main/contract/print';
import { type HandlerDeps, createKioskHandlers } from '../../../main/ipc';
import { createPrintFloor } from '../../../main/ipc/print';
import { fakeSyncDeps } from './support/syncFakes';
import { defaultKioskConfig } from '../../../main/kioskConfig';

vi.mock('electron', () => ({ ipcMain: { handle: vi.fn() } }));

const request = { fileName: 'rukn-report-2026-11-25.pdf', target: 'folder' } as const;

describe('validateSavePagePdfRequest', () => {
  it('accepts a plain PDF name for either target', () => {
    expect(validateSavePagePdfRequest(request)).toEqual({ ok: true, value: request });
    const dialog = { ...request, target: 'dialog' };
    expect(validateSavePagePdfRequest(dialog)).toEqual({ ok: true, value: dialog });
  });

  it('refuses anything else with invalid-request: folders, other files, extra keys, PDF bytes', () => {
    for (const value of [
      null,
      'rukn-report.pdf',
      { ...request, fileName: '../rukn-report.pdf' },
      { ...request, fileName: 'rukn-report.csv' },
      { ...request, fileName: 'CON.pdf' },
      { ...request, fileName: 'report\u202Efdp.pdf' },
      { ...request, target: 'network' },
      { fileName: request.fileName },
      { ...request, folder: '/etc' },
      { ...request, content: 'JVBERi0=' },
      { ...request, pageSize: 'A3' },
    ]) {
      const result = validateSavePagePdfRequest(value);
      expect(result.ok ? null : result.error.code, JSON.stringify(value)).toBe('invalid-request');
    }
  });

  it('has its own channel, and reports a thrown handler as print-failed', () => {
    expect(ipcChannels.savePagePdf).toBe('pdf:save-page');
    expect(unexpectedFailureCodes.savePagePdf).toBe('print-failed');
  });
});

function fakeSender() {
  return { print: vi.fn(), printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 the report')) };
}

describe('createKioskHandlers: savePagePdf', () => {
  let dir = '';
  let time = 0;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rukn-pdf-'));
    time = 1_000_000;
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  function deps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
    return {
      appInfo: { version: '1', shell: 'electron', isKiosk: true, platform: 'linux' },
      loadConfig: async () => ({ ...defaultKioskConfig, exportFolder: dir }),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      windowOf: () => null,
      printFloor: createPrintFloor(),
      pdfFloor: createPrintFloor(minPrintIntervalMs, () => time),
      callbackKeys: {
        getCallbackKey: async () => ({
          ok: false,
          error: { code: 'unsupported', message: 'none' },
        }),
      },
      ...fakeSyncDeps(),
      ...overrides,
    };
  }

  it('prints the sender’s own page to an A4 PDF, with backgrounds, into the export folder', async () => {
    const sender = fakeSender();
    const result = await createKioskHandlers(deps(), { sender: sender as never }).savePagePdf(
      request,
    );
    expect(result).toEqual({
      ok: true,
      value: { outcome: 'saved-pdf', savedTo: path.join(dir, request.fileName) },
    });
    expect(sender.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ printBackground: true, pageSize: 'A4' }),
    );
    expect(await readFile(path.join(dir, request.fileName), 'utf8')).toBe('%PDF-1.7 the report');
    expect(sender.print).not.toHaveBeenCalled();
  });

  it('never overwrites an earlier report', async () => {
    const shared = deps();
    const handlers = (sender = fakeSender()) =>
      createKioskHandlers(shared, { sender: sender as never });
    await handlers().savePagePdf(request);
    time += minPrintIntervalMs;
    const second = await handlers().savePagePdf(request);
    expect(second.ok && second.value.savedTo).toBe(
      path.join(dir, 'rukn-report-2026-11-25 (2).pdf'),
    );
  });

  it('is unsupported without an export folder, before any printing', async () => {
    const sender = fakeSender();
    const handlers = createKioskHandlers(
      deps({ loadConfig: async () => ({ ...defaultKioskConfig, exportFolder: null }) }),
      { sender: sender as never },
    );
    const result = await handlers.savePagePdf(request);
    expect(result.ok ? null : result.error.code).toBe('unsupported');
    expect(sender.printToPDF).not.toHaveBeenCalled();
  });

  it('refuses a save dialog in a kiosk build without printing or opening it', async () => {
    const sender = fakeSender();
    const showSaveDialog = vi.fn();
    const handlers = createKioskHandlers(deps({ showSaveDialog }), { sender: sender as never });
    const result = await handlers.savePagePdf({ ...request, target: 'dialog' });
    expect(result.ok ? null : result.error.code).toBe('unsupported');
    expect(sender.printToPDF).not.toHaveBeenCalled();
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('asks where to save in development', async () => {
    const chosen = path.join(dir, 'chosen.pdf');
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: chosen }));
    const handlers = createKioskHandlers(
      deps({
        appInfo: { version: '1', shell: 'electron', isKiosk: false, platform: 'linux' },
        showSaveDialog,
      }),
      { sender: fakeSender() as never },
    );
    expect(await handlers.savePagePdf({ ...request, target: 'dialog' })).toEqual({
      ok: true,
      value: { outcome: 'saved-pdf', savedTo: chosen },
    });
    expect(await readFile(chosen, 'utf8')).toBe('%PDF-1.7 the report');
  });

  it('answers too-soon to a second PDF from the same window within the floor', async () => {
    const sender = fakeSender();
    const shared = deps();
    const save = () =>
      createKioskHandlers(shared, { sender: sender as never }).savePagePdf(request);
    expect((await save()).ok).toBe(true);
    time += minPrintIntervalMs - 1;
    const early = await save();
    expect(early.ok ? null : early.error.code).toBe('too-soon');
    expect(sender.printToPDF).toHaveBeenCalledTimes(1);
    time += 1;
    expect((await save()).ok).toBe(true);
  });

  it('reports a failed print to PDF as print-failed, writing nothing', async () => {
    const sender = fakeSender();
    sender.printToPDF.mockRejectedValueOnce(new Error('renderer gone'));
    const result = await createKioskHandlers(deps(), { sender: sender as never }).savePagePdf(
      request,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'print-failed', message: 'renderer gone' },
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a malformed request before anything else', async () => {
    const sender = fakeSender();
    const handlers = createKioskHandlers(deps(), { sender: sender as never });
    const result = await handlers.savePagePdf({ ...request, fileName: '/tmp/x.pdf' });
    expect(result.ok ? null : result.error.code).toBe('invalid-request');
    expect(sender.printToPDF).not.toHaveBeenCalled();
  });
});
