/**
 * Packaging gate, offline. Policy: the shipped app is exactly dist/main, dist/renderer and
 * package.json inside an asar (no sources, tests, maps or node_modules), with every Electron fuse
 * set as electron-builder.yml says, and the Windows installer per-machine. The packaged renderer
 * trusts no content key whose private half is in the repository (the test key that `test:e2e`
 * builds trust): a test build left in dist/renderer is rebuilt for production first. Builds an unpacked
 * Linux app from a stub Electron (no download) and reads the fuses back from the output binary.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import type { ContentPublicKey } from '../core/content/signedBundle';
import { repositoryKeys, trustTestKeyVariable } from './contentKeys';

const projectRoot = path.resolve(__dirname, '..');
const bin = (name: string): string => path.join(projectRoot, 'node_modules', '.bin', name);

/** The fuse settings the kiosk must ship with (mirrors `electronFuses` in electron-builder.yml). */
const expectedFuses = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
} as const;

/** Where each fuse sits on the wire (@electron/fuses' FuseV1Options). */
const fuseIndex: Readonly<Record<keyof typeof expectedFuses, FuseV1Options>> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

/** Fuse wire byte values (@electron/fuses' FuseState: ASCII '0' and '1'). */
const fuseDisabled = 0x30;
const fuseEnabled = 0x31;
/** The marker @electron/fuses searches for in the binary; the wire follows it. */
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

const failures: string[] = [];
function expect(condition: boolean, message: string): void {
  if (!condition) failures.push(message);
}

type BuilderConfig = {
  appId?: string;
  productName?: string;
  asar?: boolean;
  files?: string[];
  electronFuses?: Record<string, unknown>;
  linux?: { target?: unknown[]; executableName?: string };
  win?: { target?: unknown[] };
  nsis?: { perMachine?: boolean; oneClick?: boolean };
};

function targetNames(targets: unknown[] | undefined): string[] {
  return (targets ?? []).map((target) =>
    typeof target === 'string' ? target : String((target as { target?: unknown }).target),
  );
}

/** (1) The configuration says what we ship. */
function checkConfig(): BuilderConfig {
  // js-yaml comes with electron-builder, which reads this same file with it.
  const requireFromBuilder = createRequire(require.resolve('electron-builder/package.json'));
  const yaml = requireFromBuilder('js-yaml') as { load: (text: string) => unknown };
  const config = yaml.load(
    readFileSync(path.join(projectRoot, 'electron-builder.yml'), 'utf8'),
  ) as BuilderConfig;
  for (const [name, value] of Object.entries(expectedFuses)) {
    expect(
      config.electronFuses?.[name] === value,
      `electron-builder.yml: fuse ${name} must be ${value}`,
    );
  }
  expect(config.asar === true, 'electron-builder.yml: asar must be true');
  const linuxTargets = targetNames(config.linux?.target);
  expect(linuxTargets.includes('AppImage'), 'electron-builder.yml: linux target AppImage missing');
  expect(linuxTargets.includes('deb'), 'electron-builder.yml: linux target deb missing');
  expect(
    targetNames(config.win?.target).includes('nsis'),
    'electron-builder.yml: win target nsis missing',
  );
  expect(config.nsis?.perMachine === true, 'electron-builder.yml: nsis.perMachine must be true');
  expect(config.nsis?.oneClick === false, 'electron-builder.yml: nsis.oneClick must be false');
  return config;
}

/** (2) A stand-in Electron: a script carrying a fuse wire set to the opposite of what we expect. */
function createStubElectron(dir: string): void {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const wire = Object.keys(fuseIndex)
    .map((name) => expectedFuses[name as keyof typeof expectedFuses])
    .map((value) => (value ? fuseDisabled : fuseEnabled));
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stub Electron for scripts/checkPackage.ts" >&2\nexit 1\n#'),
    Buffer.from(fuseSentinel, 'ascii'),
    Buffer.from([Number(FuseVersion.V1), wire.length, ...wire]),
    Buffer.from('\n'),
  ]);
  writeFileSync(path.join(dir, 'electron'), binary);
  chmodSync(path.join(dir, 'electron'), 0o755);
  writeFileSync(path.join(dir, 'LICENSE'), 'stub\n');
  writeFileSync(path.join(dir, 'version'), '0.0.0-stub\n');
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 180_000,
  });
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(command)} ${args.join(' ')} failed (status ${result.status}${result.error ? `, ${result.error.message}` : ''}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** The repository keys (test keys) that any of `texts` (built scripts) carries. */
function committedKeysIn(
  texts: readonly string[],
  committed: readonly ContentPublicKey[],
): string[] {
  return committed
    .filter((key) => texts.some((text) => text.includes(key.publicKey)))
    .map((key) => key.keyId);
}

function builtScripts(): string[] {
  const folder = path.join(projectRoot, 'dist/renderer/assets');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(path.join(folder, name), 'utf8'));
}

/**
 * Builds what is missing: the renderer (npm run build, for production: a renderer built for the
 * end-to-end tests trusts the test content key) and the bundled main and preload.
 */
function ensureBuilt(committed: readonly ContentPublicKey[]): void {
  if (!existsSync(path.join(projectRoot, 'dist/renderer/index.html'))) {
    console.info('dist/renderer is missing: running npm run build');
    run('npm', ['run', 'build'], { [trustTestKeyVariable]: '' });
  } else if (committedKeysIn(builtScripts(), committed).length > 0) {
    console.info('dist/renderer trusts the test content key: rebuilding it for production');
    run('npm', ['run', 'build'], { [trustTestKeyVariable]: '' });
  }
  // The main bundle is cheap to make; rebuild it so the package never holds a stale one.
  run(bin('tsx'), [path.join('scripts', 'buildMain.ts')]);
}

/** (3) Packages offline and returns the unpacked app folder; the caller removes `work`. */
function packageApp(work: string, config: BuilderConfig): { appDir: string; executable: string } {
  const stub = path.join(work, 'electron-dist');
  const output = path.join(work, 'out');
  createStubElectron(stub);
  // The stub replaces the Electron download; publishing is off; nothing is signed on Linux.
  run(
    bin('electron-builder'),
    [
      ...['--linux', 'dir', '--x64', '--publish', 'never'],
      `-c.electronDist=${stub}`,
      `-c.directories.output=${output}`,
    ],
    { CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
  );
  const appDir = path.join(output, 'linux-unpacked');
  return { appDir, executable: path.join(appDir, config.linux?.executableName ?? 'rukn') };
}

/** The fuses, read back from the packaged binary with @electron/fuses. */
async function checkFuses(executable: string): Promise<void> {
  const wire = await getCurrentFuseWire(executable);
  for (const [name, index] of Object.entries(fuseIndex)) {
    const want = expectedFuses[name as keyof typeof expectedFuses] ? fuseEnabled : fuseDisabled;
    const got = Number(wire[index]);
    expect(
      got === want,
      `fuse ${name}: packaged binary has '${String.fromCharCode(got)}', expected '${String.fromCharCode(want)}'`,
    );
  }
}

/** (4) What the asar holds: the bundles and nothing that should stay at home. */
function checkAsar(appDir: string, committed: readonly ContentPublicKey[]): string[] {
  const asarPath = path.join(appDir, 'resources', 'app.asar');
  if (!existsSync(asarPath)) {
    expect(false, 'resources/app.asar is missing');
    return [];
  }
  const entries = listPackage(asarPath, { isPack: false }).map((entry) =>
    entry.replaceAll('\\', '/').replace(/^\//, ''),
  );
  for (const required of [
    'dist/main/main.js',
    'dist/main/preload.js',
    'dist/renderer/index.html',
    'package.json',
  ]) {
    expect(entries.includes(required), `app.asar lacks ${required}`);
  }
  const forbidden: [RegExp, string][] = [
    [/\.(ts|tsx|mts|cts)$/, 'TypeScript source'],
    [/\.map$/, 'source map'],
    [/(^|\/)node_modules(\/|$)/, 'node_modules'],
    [/(^|\/)tests?(\/|$)/, 'tests'],
    [/^(main|renderer|core|hub|scripts|assets|build)(\/|$)/, 'unbundled project folder'],
  ];
  for (const [pattern, what] of forbidden) {
    const hits = entries.filter((entry) => pattern.test(entry));
    expect(hits.length === 0, `app.asar contains ${what}: ${hits.slice(0, 5).join(', ')}`);
  }
  expect(
    !existsSync(path.join(appDir, 'resources', 'app.asar.unpacked')),
    'app.asar.unpacked exists: nothing should be unpacked',
  );
  const scripts = entries
    .filter((entry) => /^dist\/renderer\/.*\.js$/.test(entry))
    .map((entry) => extractFile(asarPath, entry).toString('utf8'));
  expect(scripts.length > 0, 'app.asar holds no renderer script to check for content keys');
  const trusted = committedKeysIn(scripts, committed);
  expect(
    trusted.length === 0,
    `the packaged renderer trusts content key(s) whose private key is in the repository: ${trusted.join(', ')}`,
  );
  return entries;
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = checkConfig();
  const committed = await repositoryKeys(projectRoot);
  expect(committed.length > 0, 'no test content key found under tests/ to look for');
  ensureBuilt(committed);
  const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    main?: string;
  };
  expect(
    packageJson.main === 'dist/main/main.js',
    `package.json main is ${packageJson.main}; it must be dist/main/main.js (the esbuild bundle)`,
  );
  const work = mkdtempSync(path.join(tmpdir(), 'rukn-package-'));
  try {
    const { appDir, executable } = packageApp(work, config);
    await checkFuses(executable);
    const entries = checkAsar(appDir, committed);
    if (failures.length > 0) return;
    const asarPath = path.join(appDir, 'resources', 'app.asar');
    const fileCount = entries.filter(
      (entry) => !('files' in statFile(asarPath, entry, false)),
    ).length;
    console.info(
      [
        `checkPackage: ok in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        `  config: ${config.appId} "${config.productName}"; linux AppImage + deb; win nsis (perMachine, oneClick false)`,
        `  fuses read back from ${path.basename(executable)}: ${Object.entries(expectedFuses)
          .map(([name, value]) => `${name}=${value}`)
          .join(', ')}`,
        `  app.asar: ${fileCount} files, ${(statSync(asarPath).size / 1024).toFixed(1)} KiB; no .ts, maps, tests or node_modules`,
        `  content keys: the renderer trusts none of the ${committed.length} test key(s) committed under tests/`,
      ].join('\n'),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main()
  .catch((error: unknown) => {
    failures.push(error instanceof Error ? error.message : String(error));
  })
  .finally(() => {
    if (failures.length > 0) {
      console.error(`checkPackage: ${failures.length} problem(s):`);
      for (const failure of failures) console.error(`  - ${failure}`);
      process.exitCode = 1;
    }
  });
