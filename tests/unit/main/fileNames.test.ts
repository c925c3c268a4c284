import { describe, expect, it } from 'vitest';
import {
  isPlainFileName,
  isWindowsReservedName,
  maxFileNameBytes,
  utf8ByteLength,
} from '../../../core/fileNames';
import { validateSaveFileRequest } from '../../../main/contract/files';
import { validatePrintRequest } from '../../../main/contract/print';

const reservedDevices = [
  'NUL',
  'nul',
  'Con',
  'PRN',
  'aux',
  'COM0',
  'COM1',
  'com9',
  'LPT0',
  'lpt1',
  'LPT9',
  'CONIN$',
  'conout$',
  'COM¹',
  'com²',
  'COM³',
  'LPT¹',
  'lpt²',
  'LPT³',
];

describe('isWindowsReservedName', () => {
  it('knows every device name, in any case, with or without an extension', () => {
    for (const device of reservedDevices) {
      for (const name of [device, `${device}.csv`, `${device}.tar.csv`, `${device} .csv`]) {
        expect(isWindowsReservedName(name), name).toBe(true);
      }
    }
  });

  it('ignores trailing dots and spaces before the extension, as Windows does', () => {
    for (const name of ['NUL.', 'NUL ', 'con. .csv', 'COM1 . .txt', 'aux...pdf']) {
      expect(isWindowsReservedName(name), name).toBe(true);
    }
  });

  it('leaves names that only start or end like a device alone', () => {
    for (const name of ['nullable.csv', 'console.txt', 'com10.csv', 'lpt.csv', 'xcon.csv']) {
      expect(isWindowsReservedName(name), name).toBe(false);
    }
  });
});

describe('utf8ByteLength', () => {
  it('counts bytes, not characters', () => {
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('زيارات')).toBe(12);
    expect(utf8ByteLength('€')).toBe(3);
    expect(utf8ByteLength('😀')).toBe(4);
    for (const text of ['visits.csv', 'زيارات-٢٠٢٦.csv', 'a😀b€ç']) {
      expect(utf8ByteLength(text), text).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });
});

/** Names a hostile or broken renderer might send; none may reach the disk. */
const hostileNames = [
  // Reserved devices with allowed extensions.
  ...reservedDevices.map((device) => `${device}.csv`),
  'NUL .csv',
  'con.txt',
  'CONIN$.json',
  'LPT².pdf',
  // Control characters.
  'vi\u0000sits.csv',
  'visits\n.csv',
  'visits\r.csv',
  'visits\t.csv',
  'visits\u007f.csv',
  'visits\u0085.csv',
  'visits\u009b.csv',
  // Direction and invisible format characters: `report\u202Efdp.csv` displays as `reportvsc.pdf`.
  'report\u202Efdp.csv',
  'report\u202Dx.csv',
  'report\u200Fx.csv',
  'report\u200Ex.csv',
  'report\u061Cx.csv',
  'report\u2066x\u2069.csv',
  'report\u2067x.csv',
  'report\u2068x.csv',
  'zero\u200Bwidth.csv',
  'zero\u200Cjoiner.csv',
  'zero\u200Djoiner.csv',
  'bom\uFEFF.csv',
  '\uFEFFvisits.csv',
  'soft\u00ADhyphen.csv',
  'word\u2060joiner.csv',
  'line\u2028sep.csv',
  'para\u2029sep.csv',
  'lone\uD800surrogate.csv',
  // Separators, traversal, hidden and forbidden characters.
  '../visits.csv',
  '..\\visits.csv',
  'a/b.csv',
  'C:visits.csv',
  '.csv',
  '.hidden.csv',
  'what?.csv',
  'a*b.csv',
  'a"b.csv',
  'a<b>.csv',
  'a|b.csv',
  // White space and dots at the ends.
  ' visits.csv',
  'visits.csv ',
  'visits.csv.',
  'visits .csv',
  '\u00A0visits.csv',
  'visits.csv\u3000',
  // Wrong or missing extensions.
  'visits',
  'visits.exe',
  'visits.csv.exe',
  'visits.CSV.lnk',
  // Too long in bytes: 100 Arabic letters are 200 bytes before the extension.
  `${'ز'.repeat(100)}.csv`,
  `${'a'.repeat(197)}.csv`,
  `${'😀'.repeat(50)}.csv`,
];

describe('isPlainFileName', () => {
  it('accepts plain names in both languages within the byte limit', () => {
    for (const name of [
      'visits-2026-11-28.csv',
      'report.PDF',
      'backup.json',
      'notes.txt',
      'زيارات-2026.csv',
      'تقرير الزيارات ٢٠٢٦.pdf',
      'visits (2).csv',
      `${'a'.repeat(maxFileNameBytes - 4)}.csv`,
      `${'ز'.repeat(98)}.csv`,
    ]) {
      expect(isPlainFileName(name), name).toBe(true);
    }
  });

  it('refuses every hostile name', () => {
    for (const name of hostileNames) {
      expect(isPlainFileName(name), JSON.stringify(name)).toBe(false);
    }
  });

  it('measures the limit in UTF-8 bytes: 99 Arabic letters fit in characters but not in bytes', () => {
    const arabic = `${'ز'.repeat(99)}.csv`;
    expect(arabic.length).toBeLessThan(maxFileNameBytes);
    expect(isPlainFileName(arabic)).toBe(false);
  });
});

describe('IPC validators use the shared file-name rule', () => {
  it('refuses every hostile name in saveFile and print', () => {
    for (const name of hostileNames) {
      const save = validateSaveFileRequest({
        fileName: name,
        content: 'x',
        encoding: 'utf8',
        target: 'folder',
      });
      expect(save.ok ? null : save.error.code, JSON.stringify(name)).toBe('invalid-request');
      const pdfName = name.replace(/\.csv$/u, '.pdf');
      const print = validatePrintRequest({ documentName: pdfName });
      expect(print.ok ? null : print.error.code, JSON.stringify(pdfName)).toBe('invalid-request');
    }
  });
});
