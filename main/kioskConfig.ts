/**
 * The office's configuration of one kiosk machine. Policy: where files are written and how pages
 * are printed are decided by the office in `<userData>/kiosk-config.json`, never by the renderer;
 * a missing, unreadable or malformed file (or field) falls back to safe defaults: no export
 * folder (so nothing is written), the system's default printer.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isRecord } from '../core/validation';

/** How `print` delivers a page: to a printer, or as a PDF into the export folder. */
export type PrintMode = 'printer' | 'pdf';

/** The validated configuration, as main uses it. */
export type KioskConfig = {
  /** Absolute folder the office collects reports and PDFs from; null means none configured. */
  readonly exportFolder: string | null;
  /** Printer to print to silently; null means the system's default printer. */
  readonly printerName: string | null;
  /** `printer` prints silently; `pdf` writes the page as a PDF into the export folder. */
  readonly printMode: PrintMode;
};

/** The configuration of a kiosk nobody has configured. */
export const defaultKioskConfig: KioskConfig = {
  exportFolder: null,
  printerName: null,
  printMode: 'printer',
};

/** The file's name inside Electron's `userData` folder. */
export const kioskConfigFileName = 'kiosk-config.json';

/** The development-only environment override of the export folder. */
export const exportFolderEnvName = 'RUKN_EXPORT_DIR';

/** An absolute folder path without NUL, normalised; anything else is null (pure). */
export function parseExportFolder(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '' || value.includes('\0')) return null;
  if (!path.isAbsolute(value)) return null;
  return path.normalize(value);
}

function parsePrinterName(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 256) return null;
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(value) ? null : value;
}

function parsePrintMode(value: unknown): PrintMode {
  return value === 'pdf' ? 'pdf' : 'printer';
}

/**
 * Parses the text of `kiosk-config.json` (pure). Each field is validated on its own: an invalid
 * field takes its default, and text that is not a JSON object gives the defaults.
 */
export function parseKioskConfig(text: string): KioskConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return defaultKioskConfig;
  }
  if (!isRecord(parsed)) return defaultKioskConfig;
  return {
    exportFolder: parseExportFolder(parsed['exportFolder']),
    printerName: parsePrinterName(parsed['printerName']),
    printMode: parsePrintMode(parsed['printMode']),
  };
}

/** What decides the configuration in force. */
export type KioskConfigSource = {
  /** The text of the config file, or null when it does not exist or cannot be read. */
  readonly fileText: string | null;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True only for unpackaged builds: `RUKN_EXPORT_DIR` is a developer's convenience. */
  readonly isEnvOverrideAllowed: boolean;
};

/** Resolves the configuration from the file and, in development, the environment (pure). */
export function resolveKioskConfig(source: KioskConfigSource): KioskConfig {
  const fromFile =
    source.fileText === null ? defaultKioskConfig : parseKioskConfig(source.fileText);
  const fromEnv = source.isEnvOverrideAllowed
    ? parseExportFolder(source.env[exportFolderEnvName])
    : null;
  return fromEnv === null ? fromFile : { ...fromFile, exportFolder: fromEnv };
}

/**
 * Reads the configuration afresh (so an office's edit applies without a restart). Never throws:
 * a missing or unreadable file is the unconfigured kiosk.
 */
export async function loadKioskConfig(
  userDataDir: string,
  env: Readonly<Record<string, string | undefined>>,
  isEnvOverrideAllowed: boolean,
): Promise<KioskConfig> {
  const fileText = await readFile(path.join(userDataDir, kioskConfigFileName), 'utf8').catch(
    () => null,
  );
  return resolveKioskConfig({ fileText, env, isEnvOverrideAllowed });
}
