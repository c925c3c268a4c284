/**
 * The files domain of the IPC contract: a file the renderer wants written, such as the daily visit
 * report. The renderer names the file, never the folder: main writes into the export folder the
 * office configured on the machine. Pure: the validator runs in main, the types in both.
 */
import { isBase64 } from '../../core/base64';
import { isPlainFileName } from '../../core/fileNames';
import { err, ok } from '../../core/result';
import { hasOnlyKeys, isOneOf, isRecord } from '../../core/validation';
import type { BridgeErrorCode, BridgeResult } from './errors';

export type SaveFileRequest = {
  /** File name only, no folders: `visits-2026-11-28.csv`. Validated by main (core/fileNames). */
  readonly fileName: string;
  /** UTF-8 text, or base64 when `encoding` is `base64` (PDF). */
  readonly content: string;
  readonly encoding: 'utf8' | 'base64';
  /**
   * `folder` writes into the office's export folder under a name no other file has (`unsupported`
   * when none is configured); `dialog` asks where to save, in development only (`unsupported` in
   * kiosk builds: a save dialog is a file browser, a way out of the kiosk).
   */
  readonly target: 'dialog' | 'folder';
};

export type SaveFileResult = {
  /** Where the file was written, for the caseworker's confirmation message. */
  readonly savedTo: string;
};

/** The files calls of `window.kiosk`. */
export type FilesBridge = {
  readonly saveFile: (request: SaveFileRequest) => Promise<BridgeResult<SaveFileResult>>;
};

/** Main's side takes the same argument, untrusted until `validateSaveFileRequest` passes it. */
export type FilesHandlers = FilesBridge;

export const filesChannels = {
  saveFile: 'file:save-file',
} as const satisfies Record<keyof FilesBridge, string>;

export const filesFailureCodes = {
  saveFile: 'write-failed',
} as const satisfies Record<keyof FilesBridge, BridgeErrorCode>;

/** Largest file the renderer may ask to write: a day's report is far smaller. */
export const maxFileContentLength = 20 * 1024 * 1024;

const saveFileKeys = ['fileName', 'content', 'encoding', 'target'] as const;

/**
 * Validates a `saveFile` argument at run time (pure). There is no folder to validate: the renderer
 * cannot name one, and a request that tries (`folder`, or any other extra key) is refused.
 */
export function validateSaveFileRequest(value: unknown): BridgeResult<SaveFileRequest> {
  if (!isRecord(value)) return err('invalid-request', 'saveFile expects an object');
  if (!hasOnlyKeys(value, saveFileKeys)) {
    return err('invalid-request', 'saveFile takes only fileName, content, encoding and target');
  }
  const { fileName, content, encoding, target } = value;
  if (typeof fileName !== 'string' || !isPlainFileName(fileName)) {
    return err('invalid-request', 'fileName must be a plain csv, pdf, json or txt file name');
  }
  if (typeof content !== 'string' || content.length > maxFileContentLength) {
    return err('invalid-request', 'content must be a string of at most 20 MiB');
  }
  if (!isOneOf(encoding, ['utf8', 'base64'])) {
    return err('invalid-request', 'encoding must be utf8 or base64');
  }
  if (encoding === 'base64' && !isBase64(content)) {
    return err('invalid-request', 'content is not valid base64');
  }
  if (!isOneOf(target, ['dialog', 'folder'])) {
    return err('invalid-request', 'target must be dialog or folder');
  }
  return ok({ fileName, content, encoding, target });
}
