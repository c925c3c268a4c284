import { describe, expect, it, vi } from 'vitest';
import type { KioskBridge, SaveFileRequest } from '../../../../main/contract';
import { err, ok } from '../../../../core/result';
import { createWebBridge } from '../../../../renderer/bridge/webBridge';
import {
  exportTarget,
  savePagePdf,
  saveReportFiles,
} from '../../../../renderer/features/report/reportExport';

const files = [
  { fileName: 'rukn-report-2026-11-25.csv', content: '\uFEFFa,b\r\n' },
  { fileName: 'rukn-visits-2026-11-25.csv', content: '\uFEFFc,d\r\n' },
];

function fakeAudit() {
  const entries: { action: string; staffId?: string; detail?: string }[] = [];
  return {
    entries,
    record: vi.fn(async (action: string, options?: { staffId?: string; detail?: string }) => {
      entries.push({ action, ...options });
    }),
  };
}

function appInfo(isKiosk: boolean): KioskBridge['getAppInfo'] {
  return async () => ok({ version: '1', shell: 'electron', isKiosk, platform: 'linux' });
}

describe('where a hand-made export goes', () => {
  it('into the export folder in a kiosk build, through a dialog (or download) otherwise', async () => {
    expect(await exportTarget({ getAppInfo: appInfo(true) })).toBe('folder');
    expect(await exportTarget({ getAppInfo: appInfo(false) })).toBe('dialog');
  });

  it('into the folder when the app cannot say what it is: the one target always allowed', async () => {
    expect(await exportTarget({ getAppInfo: async () => err('unsupported', 'no') })).toBe('folder');
  });
});

describe('saving the CSV files', () => {
  it('saves both files as UTF-8 and audits each by name, under the staff member', async () => {
    const saved: SaveFileRequest[] = [];
    const audit = fakeAudit();
    const result = await saveReportFiles({
      bridge: {
        saveFile: async (request) => {
          saved.push(request);
          return ok({ savedTo: `/exports/${request.fileName}` });
        },
      },
      audit,
      staffId: 'staff-1',
      files,
      target: 'folder',
    });
    expect(result).toEqual({
      ok: true,
      value: ['/exports/rukn-report-2026-11-25.csv', '/exports/rukn-visits-2026-11-25.csv'],
    });
    expect(saved.map((request) => [request.fileName, request.encoding, request.target])).toEqual([
      ['rukn-report-2026-11-25.csv', 'utf8', 'folder'],
      ['rukn-visits-2026-11-25.csv', 'utf8', 'folder'],
    ]);
    expect(saved[0]?.content).toBe(files[0]?.content);
    expect(audit.entries).toEqual([
      { action: 'report-exported', staffId: 'staff-1', detail: 'rukn-report-2026-11-25.csv' },
      { action: 'report-exported', staffId: 'staff-1', detail: 'rukn-visits-2026-11-25.csv' },
    ]);
  });

  it('stops at the first failure and audits only what was written', async () => {
    const audit = fakeAudit();
    const saveFile = vi.fn(async () => err('unsupported', 'no export folder'));
    const result = await saveReportFiles({ bridge: { saveFile }, audit, files, target: 'folder' });
    expect(result.ok ? null : result.error.code).toBe('unsupported');
    expect(saveFile).toHaveBeenCalledOnce();
    expect(audit.entries).toEqual([]);
  });

  it('keeps a written export when the audit log cannot be written', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await saveReportFiles({
      bridge: { saveFile: async () => ok({ savedTo: 'x.csv' }) },
      audit: { record: async () => Promise.reject(new Error('disk full')) },
      files,
      target: 'dialog',
    });
    expect(result.ok).toBe(true);
  });
});

describe('saving the page as a PDF', () => {
  it('reports where main wrote it, and audits it', async () => {
    const audit = fakeAudit();
    const bridge = {
      savePagePdf: vi.fn(async () =>
        ok({ outcome: 'saved-pdf' as const, savedTo: '/exports/rukn-report-2026-11-25.pdf' }),
      ),
    };
    const result = await savePagePdf({
      bridge,
      audit,
      staffId: 'staff-1',
      fileName: 'rukn-report-2026-11-25.pdf',
      target: 'folder',
    });
    expect(result).toEqual({
      ok: true,
      value: { kind: 'saved', savedTo: '/exports/rukn-report-2026-11-25.pdf' },
    });
    expect(bridge.savePagePdf).toHaveBeenCalledWith({
      fileName: 'rukn-report-2026-11-25.pdf',
      target: 'folder',
    });
    expect(audit.entries).toEqual([
      { action: 'report-exported', staffId: 'staff-1', detail: 'rukn-report-2026-11-25.pdf' },
    ]);
  });

  it('in a browser opens the print dialog, and says so', async () => {
    const print = vi.fn();
    const doc = { defaultView: { print } } as unknown as Document;
    const result = await savePagePdf({
      bridge: createWebBridge(doc),
      audit: fakeAudit(),
      fileName: 'rukn-report-2026-11-25.pdf',
      target: 'dialog',
    });
    expect(result).toEqual({ ok: true, value: { kind: 'dialog' } });
    expect(print).toHaveBeenCalledOnce();
  });

  it('the browser bridge refuses a name that is not a plain PDF name, before printing', async () => {
    const print = vi.fn();
    const bridge = createWebBridge({ defaultView: { print } } as unknown as Document);
    for (const fileName of ['report.csv', '../report.pdf', 'NUL.pdf', 'report\u202Efdp.pdf']) {
      const result = await bridge.savePagePdf({ fileName, target: 'dialog' });
      expect(result.ok ? null : result.error.code, fileName).toBe('invalid-request');
    }
    expect(print).not.toHaveBeenCalled();
  });
});
