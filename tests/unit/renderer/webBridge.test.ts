import { describe, expect, it, vi } from 'vitest';
import { createWebBridge } from '../../../renderer/bridge/webBridge';

function fakeDocument() {
  const link = { href: '', download: '', click: vi.fn() };
  const doc = { createElement: vi.fn(() => link), defaultView: null };
  return { doc: doc as unknown as Document, link };
}

describe('web bridge: saveFile', () => {
  it('downloads a plain report name, Arabic included', async () => {
    const { doc, link } = fakeDocument();
    const result = await createWebBridge(doc).saveFile({
      fileName: 'زيارات-2026-11-28.csv',
      content: 'a,b',
      encoding: 'utf8',
      target: 'folder',
    });
    expect(result).toEqual({ ok: true, value: { savedTo: 'زيارات-2026-11-28.csv' } });
    expect(link.download).toBe('زيارات-2026-11-28.csv');
    expect(link.click).toHaveBeenCalledOnce();
  });

  it('refuses the names main refuses, before anything is downloaded', async () => {
    for (const fileName of [
      'NUL.csv',
      'COM¹.txt',
      'conin$.json',
      'report\u202Efdp.csv',
      'zero\u200Bwidth.csv',
      '../visits.csv',
      `${'ز'.repeat(99)}.csv`,
      'visits.exe',
    ]) {
      const { doc, link } = fakeDocument();
      const result = await createWebBridge(doc).saveFile({
        fileName,
        content: 'x',
        encoding: 'utf8',
        target: 'folder',
      });
      expect(result.ok ? null : result.error.code, JSON.stringify(fileName)).toBe(
        'invalid-request',
      );
      expect(link.click).not.toHaveBeenCalled();
    }
  });
});
