/**
 * The preload: exposes exactly the `KioskBridge` calls as `window.kiosk`. Policy: the renderer gets
 * one frozen function per bridge call, each invoking one fixed channel; never `ipcRenderer` itself, never a
 * way to choose the channel. Bundled into one file because sandboxed preloads cannot require
 * relative modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { type KioskBridge, ipcChannels } from './contract';

/** The bridge object; frozen so page scripts cannot swap a call for another. */
const bridge: KioskBridge = Object.freeze({
  getAppInfo: () => ipcRenderer.invoke(ipcChannels.getAppInfo),
  saveFile: (request) => ipcRenderer.invoke(ipcChannels.saveFile, request),
  print: (request) => ipcRenderer.invoke(ipcChannels.print, request),
  getCallbackKey: () => ipcRenderer.invoke(ipcChannels.getCallbackKey),
  savePagePdf: (request) => ipcRenderer.invoke(ipcChannels.savePagePdf, request),
  getSyncConfig: () => ipcRenderer.invoke(ipcChannels.getSyncConfig),
  setSyncConfig: (request) => ipcRenderer.invoke(ipcChannels.setSyncConfig, request),
  importProvisioning: () => ipcRenderer.invoke(ipcChannels.importProvisioning),
  clearSyncConfig: () => ipcRenderer.invoke(ipcChannels.clearSyncConfig),
  hubRequest: (request) => ipcRenderer.invoke(ipcChannels.hubRequest, request),
});

contextBridge.exposeInMainWorld('kiosk', bridge);
