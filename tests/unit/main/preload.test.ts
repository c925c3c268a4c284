import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../../main/contract';
// Importing the preload runs it: it exposes the bridge through the mocked contextBridge.
import '../../../main/preload';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: {} })) },
}));
vi.mock('electron', () => electron);

describe('preload bridge', () => {
  const [name, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];

  it('exposes exactly the bridge calls (app, files, print, secrets, pdf, sync) as window.kiosk, frozen', () => {
    expect(name).toBe('kiosk');
    expect(Object.keys(bridge as object).sort()).toEqual([
      'clearSyncConfig',
      'getAppInfo',
      'getCallbackKey',
      'getSyncConfig',
      'hubRequest',
      'importProvisioning',
      'print',
      'saveFile',
      'savePagePdf',
      'setSyncConfig',
    ]);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(bridge).not.toHaveProperty('invoke');
    expect(Object.values(bridge as object)).not.toContain(electron.ipcRenderer);
  });

  it('sends each call on its fixed channel', async () => {
    const kiosk = bridge as Record<string, (arg?: unknown) => Promise<unknown>>;
    await kiosk['getAppInfo']?.();
    const request = { fileName: 'v.csv', content: 'a', encoding: 'utf8', target: 'folder' };
    await kiosk['saveFile']?.(request);
    await kiosk['print']?.({ documentName: 'checklist-2026-11-28.pdf' });
    await kiosk['getCallbackKey']?.('ignored');
    const pdf = { fileName: 'rukn-report-2026-11-28.pdf', target: 'folder' };
    await kiosk['savePagePdf']?.(pdf);
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [ipcChannels.getAppInfo],
      [ipcChannels.saveFile, request],
      [ipcChannels.print, { documentName: 'checklist-2026-11-28.pdf' }],
      [ipcChannels.getCallbackKey],
      [ipcChannels.savePagePdf, pdf],
    ]);
  });
});
