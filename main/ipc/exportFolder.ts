/** Writing a bridge call's file into the office's export folder, with errors as values. */
import { err, ok } from '../../core/result';
import type { BridgeResult } from '../contract';
import { isExistingFolder, writeFileUniquely } from '../exportFiles';
import type { KioskConfig } from '../kioskConfig';

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes into the configured export folder under a free name: `unsupported` when the office has
 * configured none, `write-failed` when it is missing (an unmounted share) or the write fails.
 */
export async function writeToExportFolder(
  config: KioskConfig,
  fileName: string,
  data: Buffer,
): Promise<BridgeResult<string>> {
  if (config.exportFolder === null) {
    return err('unsupported', 'no export folder is configured on this kiosk');
  }
  if (!(await isExistingFolder(config.exportFolder))) {
    return err('write-failed', 'the configured export folder does not exist');
  }
  try {
    return ok(await writeFileUniquely(config.exportFolder, fileName, data));
  } catch (error) {
    return err('write-failed', messageOf(error));
  }
}
