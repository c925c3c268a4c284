/**
 * Exporting a report through the bridge. Policy: a kiosk build writes only into the office's
 * export folder (main refuses a save dialog there: it is a file browser, a way out of the kiosk);
 * elsewhere a save dialog asks, or a browser downloads. Every file written is recorded in the
 * audit log as `report-exported` with its name; a failed audit write never undoes an export.
 */
import type { BridgeErrorCode, BridgeResult, KioskBridge } from '../../../main/contract';
import type { AuditAction } from '../../../core/staff/types';
import { err, ok } from '../../../core/result';
import type { ReportFile } from './reportData';

/** The bridge calls a report export uses (any `KioskBridge` has them). */
export type ReportBridge = Pick<KioskBridge, 'getAppInfo' | 'saveFile' | 'savePagePdf'>;

/** The audit log as the report needs it (renderer/db/auditRepository.ts provides it). */
export type ReportAudit = {
  readonly record: (
    action: AuditAction,
    options?: { readonly staffId?: string; readonly detail?: string },
  ) => Promise<void>;
};

export type ExportTarget = 'dialog' | 'folder';

/** Where a hand-made export goes: the export folder in a kiosk build, else a dialog or download. */
export async function exportTarget(bridge: Pick<KioskBridge, 'getAppInfo'>): Promise<ExportTarget> {
  const info = await bridge.getAppInfo();
  // Not knowing is treated as a kiosk: the folder is the one target that is always allowed.
  return info.ok && !info.value.isKiosk ? 'dialog' : 'folder';
}

async function recordExport(
  audit: ReportAudit,
  staffId: string | undefined,
  fileName: string,
): Promise<void> {
  try {
    await audit.record('report-exported', {
      ...(staffId === undefined ? {} : { staffId }),
      detail: fileName,
    });
  } catch (error) {
    // The file is written; a full disk must not turn that into a reported failure.
    console.warn('audit entry for an export not written', error);
  }
}

/**
 * Saves the files one after the other and answers where they went; stops at the first failure
 * (the files written before it stay written, and are in the audit log).
 */
export async function saveReportFiles(options: {
  readonly bridge: Pick<KioskBridge, 'saveFile'>;
  readonly audit: ReportAudit;
  readonly staffId?: string;
  readonly files: readonly ReportFile[];
  readonly target: ExportTarget;
}): Promise<BridgeResult<readonly string[]>> {
  const saved: string[] = [];
  for (const file of options.files) {
    const result = await options.bridge.saveFile({
      fileName: file.fileName,
      content: file.content,
      encoding: 'utf8',
      target: options.target,
    });
    if (!result.ok) return result;
    await recordExport(options.audit, options.staffId, file.fileName);
    saved.push(result.value.savedTo);
  }
  return ok(saved);
}

/** What "Export PDF" did: saved a file, or (in a browser) opened the print dialog. */
export type PdfExport =
  { readonly kind: 'saved'; readonly savedTo: string } | { readonly kind: 'dialog' };

/** Saves the page as a PDF through main's print to PDF, or opens the browser's print dialog. */
export async function savePagePdf(options: {
  readonly bridge: Pick<KioskBridge, 'savePagePdf'>;
  readonly audit: ReportAudit;
  readonly staffId?: string;
  readonly fileName: string;
  readonly target: ExportTarget;
}): Promise<BridgeResult<PdfExport>> {
  const result = await options.bridge.savePagePdf({
    fileName: options.fileName,
    target: options.target,
  });
  if (!result.ok) return result;
  await recordExport(options.audit, options.staffId, options.fileName);
  if (result.value.outcome === 'dialog-shown') return ok({ kind: 'dialog' });
  return ok({ kind: 'saved', savedTo: result.value.savedTo ?? options.fileName });
}

/** A bridge that threw instead of answering, as a value like any other failure. */
export function thrownAsResult(error: unknown, code: BridgeErrorCode): BridgeResult<never> {
  return err(code, error instanceof Error ? error.message : String(error));
}
