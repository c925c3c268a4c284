/**
 * File names that cross from the renderer to the machine (main's IPC handlers, and the browser
 * bridge's downloads): one validator for both. Policy: the renderer names a file, never a folder;
 * a name is refused unless it is plain on every system the kiosk runs on. Refused: separators and
 * the characters Windows forbids, `..`, hidden names, Windows' reserved device names (`NUL`, `CON`,
 * `COM1`, `CONIN$`, `LPT²`, with any extension and trailing dots or spaces), control, format and
 * direction characters (which can make `fdp.exe` display as `exe.pdf`), and names longer than
 * `maxFileNameBytes` in UTF-8 (file systems count bytes: an Arabic letter takes two).
 */

/** Extensions the kiosk writes: the visit report (CSV, PDF), backups (JSON) and plain logs. */
export const allowedFileExtensions: ReadonlySet<string> = new Set([
  '.csv',
  '.pdf',
  '.json',
  '.txt',
]);

/** Longest name in UTF-8 bytes; file systems allow 255, and `visits (12).csv` needs room. */
export const maxFileNameBytes = 200;

/**
 * Device names Windows reserves whatever follows the first dot, case-insensitively; `COM¹`-`COM³`
 * and `LPT¹`-`LPT³` are reserved too (Windows reads superscript digits as digits there).
 */
const windowsReservedNames = /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/iu;

/** Characters no file name may hold: path separators and the ones Windows forbids. */
const forbiddenCharacters = /[/\\:*?"<>|]/u;

/**
 * Characters that are invisible or reorder text: controls (NUL, newline, DEL, C1), format
 * characters (right-to-left override U+202E, isolates U+2066-2069, zero-width joiners, BOM), lone
 * surrogates (not representable in UTF-8), and line or paragraph separators.
 */
const invisibleCharacters = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/** Bytes `text` takes in UTF-8 (pure; lone surrogates count as the 3-byte replacement). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint < 0x80) bytes += 1;
    else if (codePoint < 0x800) bytes += 2;
    else if (codePoint < 0x10000) bytes += 3;
    else bytes += 4;
  }
  return bytes;
}

/** The extension, lower-cased, with its dot (`.csv`), or '' when there is none. */
export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot).toLowerCase();
}

/** True when Windows would open a device instead of a file for this name (pure). */
export function isWindowsReservedName(fileName: string): boolean {
  // Windows reads only what precedes the first dot, and ignores trailing dots and spaces.
  const device = (fileName.split('.')[0] ?? '').replace(/[ .]+$/u, '');
  return windowsReservedNames.test(device);
}

/**
 * True for a plain file name with one of `extensions` (pure): no folders, no `..`, not hidden, no
 * forbidden or invisible characters, no leading or trailing white space or dot, not a reserved
 * device name, at most `maxFileNameBytes` bytes in UTF-8.
 */
export function isPlainFileName(
  fileName: string,
  extensions: ReadonlySet<string> = allowedFileExtensions,
): boolean {
  if (fileName.length === 0 || utf8ByteLength(fileName) > maxFileNameBytes) return false;
  if (fileName.includes('..') || fileName.startsWith('.')) return false;
  if (forbiddenCharacters.test(fileName) || invisibleCharacters.test(fileName)) return false;
  if (fileName !== fileName.trim() || fileName.endsWith('.')) return false;
  const extension = fileExtension(fileName);
  const stem = fileName.slice(0, fileName.length - extension.length);
  if (stem === '' || stem !== stem.trim() || stem.endsWith('.')) return false;
  return extensions.has(extension) && !isWindowsReservedName(fileName);
}
