import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultKioskConfig,
  kioskConfigFileName,
  loadKioskConfig,
  parseKioskConfig,
  resolveKioskConfig,
} from '../../../main/kioskConfig';

const reports = path.resolve('/srv/office/reports');

describe('parseKioskConfig', () => {
  it('reads a complete configuration', () => {
    const text = JSON.stringify({
      exportFolder: reports,
      printerName: 'Office HP LaserJet',
      printMode: 'pdf',
    });
    expect(parseKioskConfig(text)).toEqual({
      exportFolder: reports,
      printerName: 'Office HP LaserJet',
      printMode: 'pdf',
    });
  });

  it('gives the defaults for text that is not a JSON object', () => {
    for (const text of ['', 'not json', '[]', 'null', '42', '"folder"']) {
      expect(parseKioskConfig(text), text).toEqual(defaultKioskConfig);
    }
    expect(defaultKioskConfig).toEqual({
      exportFolder: null,
      printerName: null,
      printMode: 'printer',
    });
  });

  it('replaces each invalid field by its default, keeping the valid ones', () => {
    const text = JSON.stringify({
      exportFolder: 'relative/reports',
      printerName: 'Front desk',
      printMode: 'fax',
    });
    expect(parseKioskConfig(text)).toEqual({
      exportFolder: null,
      printerName: 'Front desk',
      printMode: 'printer',
    });
    for (const exportFolder of [42, '', '   ', 'reports', `${reports}\0x`]) {
      expect(parseKioskConfig(JSON.stringify({ exportFolder })).exportFolder).toBeNull();
    }
    for (const printerName of [7, '', 'a'.repeat(257), 'HP\nLaserJet']) {
      expect(parseKioskConfig(JSON.stringify({ printerName })).printerName).toBeNull();
    }
  });

  it('normalises the export folder', () => {
    const messy = `${reports}${path.sep}daily${path.sep}..${path.sep}`;
    expect(parseKioskConfig(JSON.stringify({ exportFolder: messy })).exportFolder).toBe(
      path.normalize(messy),
    );
  });
});

describe('resolveKioskConfig', () => {
  const file = JSON.stringify({ exportFolder: reports, printMode: 'pdf' });
  const devFolder = path.resolve('/home/dev/exports');

  it('lets RUKN_EXPORT_DIR choose the folder in development only', () => {
    const env = { RUKN_EXPORT_DIR: devFolder };
    expect(resolveKioskConfig({ fileText: file, env, isEnvOverrideAllowed: true })).toEqual({
      exportFolder: devFolder,
      printerName: null,
      printMode: 'pdf',
    });
    expect(
      resolveKioskConfig({ fileText: file, env, isEnvOverrideAllowed: false }).exportFolder,
    ).toBe(reports);
    expect(
      resolveKioskConfig({ fileText: null, env, isEnvOverrideAllowed: false }).exportFolder,
    ).toBeNull();
  });

  it('ignores a relative RUKN_EXPORT_DIR and uses the defaults without a file', () => {
    const env = { RUKN_EXPORT_DIR: 'exports' };
    expect(resolveKioskConfig({ fileText: null, env, isEnvOverrideAllowed: true })).toEqual(
      defaultKioskConfig,
    );
  });
});

describe('loadKioskConfig', () => {
  it('reads kiosk-config.json from userData, and gives defaults when it is missing', async () => {
    const userData = await mkdtemp(path.join(tmpdir(), 'rukn-config-'));
    try {
      expect(await loadKioskConfig(userData, {}, false)).toEqual(defaultKioskConfig);
      await writeFile(
        path.join(userData, kioskConfigFileName),
        JSON.stringify({ exportFolder: reports, printerName: 'HP' }),
      );
      expect(await loadKioskConfig(userData, {}, false)).toEqual({
        exportFolder: reports,
        printerName: 'HP',
        printMode: 'printer',
      });
    } finally {
      await rm(userData, { recursive: true, force: true });
    }
  });
});
