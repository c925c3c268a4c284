/**
 * Security gate: runs Electronegativity over main/ and fails on any finding. Policy: zero findings;
 * the only exclusions are the reviewed ones listed below, and each is replaced by an equivalent
 * check in this script, so nothing the scanner would have caught goes unchecked.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentSecurityPolicy } from '../core/csp';
import { buildWebPreferences } from '../main/security';

const projectRoot = path.resolve(__dirname, '..');
const scannedDir = 'main';

/** One row of Electronegativity's CSV report. */
type Finding = {
  readonly issue: string;
  readonly severity: string;
  readonly confidence: string;
  readonly file: string;
  readonly location: string;
  readonly description: string;
};

/**
 * Whole checks switched off on the command line, by class name, and why.
 * CSPGlobalCheck only recognises a CSP written as a string literal in main/ (an assignment to a
 * `content-security-policy` key, or a `responseHeaders` callback). Ours is one shared constant in
 * core/csp.ts, sent as a header on every `rukn://` response (tests/unit/main/protocol.test.ts), so
 * the check reports "No CSP". It is replaced by `checkCsp()` below, which runs the same evaluator.
 */
const excludedGlobalChecks: Readonly<Record<string, string>> = {
  CSPGlobalCheck: 'CSP lives in core/csp.ts; re-evaluated by checkCsp()',
};

/**
 * `eng-disable` comments allowed in main/, and why. The BrowserWindow checks read only option
 * literals written inside `new BrowserWindow(...)`; our options come from `buildWebPreferences`,
 * which `checkWebPreferences()` below asserts directly.
 */
const reviewedInlineExclusions: ReadonlySet<string> = new Set([
  'CONTEXT_ISOLATION_JS_CHECK',
  'SANDBOX_JS_CHECK',
  'AUXCLICK_JS_CHECK',
]);

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, commas and newlines inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        inQuotes = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      inQuotes = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

function runElectronegativity(): Finding[] {
  const outDir = mkdtempSync(path.join(tmpdir(), 'rukn-electronegativity-'));
  const report = path.join(outDir, 'report.csv');
  try {
    const electronVersion = (
      JSON.parse(
        readFileSync(path.join(projectRoot, 'node_modules/electron/package.json'), 'utf8'),
      ) as { version: string }
    ).version;
    const result = spawnSync(
      path.join(projectRoot, 'node_modules/.bin/electronegativity'),
      [
        ...['-i', scannedDir, '-o', report, '-r', '-v', 'false'],
        // The scanner cannot find the version from main/; version-dependent checks need it.
        ...['-e', electronVersion],
        ...['-x', Object.keys(excludedGlobalChecks).join(',')],
      ],
      { cwd: projectRoot, encoding: 'utf8', timeout: 120_000 },
    );
    if (result.error !== undefined || result.status !== 0) {
      throw new Error(
        `electronegativity did not run (status ${result.status}): ${result.error?.message ?? ''}\n${result.stdout}${result.stderr}`,
      );
    }
    const [header, ...rows] = parseCsv(readFileSync(report, 'utf8'));
    if (header === undefined || header[0]?.trim() !== 'issue') {
      throw new Error(`unexpected report format: ${JSON.stringify(header)}`);
    }
    return rows.map((cells) => ({
      issue: cells[0]?.trim() ?? '',
      severity: cells[1]?.trim() ?? '',
      confidence: cells[2]?.trim() ?? '',
      file: cells[3]?.trim() ?? '',
      location: cells[4]?.trim() ?? '',
      description: cells[6]?.trim() ?? '',
    }));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Every `eng-disable` comment in main/ must name only reviewed checks. */
function checkInlineExclusions(): string[] {
  const problems: string[] = [];
  const dir = path.join(projectRoot, scannedDir);
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ts|js|html)$/.test(name)) continue;
    const lines = readFileSync(path.join(dir, name), 'utf8').split('\n');
    lines.forEach((line, index) => {
      const match = /eng-disable[ \t]+([\w \t,]+)/i.exec(line);
      if (match === null) return;
      for (const check of (match[1] ?? '').trim().split(/[\s,]+/)) {
        if (!reviewedInlineExclusions.has(check.toUpperCase())) {
          problems.push(`${scannedDir}/${name}:${index + 1}: unreviewed eng-disable ${check}`);
        }
      }
    });
  }
  return problems;
}

/** Replaces the inline exclusions: the web preferences really carry what the checks look for. */
function checkWebPreferences(): string[] {
  const problems: string[] = [];
  for (const isDevelopment of [false, true]) {
    const prefs = buildWebPreferences({ preloadPath: '/preload.js', isDevelopment });
    if (prefs.contextIsolation !== true) problems.push('contextIsolation is not true');
    if (prefs.sandbox !== true) problems.push('sandbox is not true');
    if (prefs.nodeIntegration !== false) problems.push('nodeIntegration is not false');
    if (!(prefs.disableBlinkFeatures ?? '').split(',').includes('Auxclick')) {
      problems.push('Auxclick is not disabled');
    }
  }
  return [...new Set(problems)].map((problem) => `buildWebPreferences: ${problem}`);
}

type CspEvaluatorModule = {
  CspParser: new (policy: string) => { csp: unknown };
  CspEvaluator: new (
    csp: unknown,
    version: unknown,
  ) => { evaluate: () => { severity: number; directive: string; description: string }[] };
  Version: { CSP3: unknown };
  severities: Record<string, number>;
};

/**
 * Replaces CSPGlobalCheck: Electronegativity's own evaluator (Google's csp-evaluator) over the real
 * policy. Fails on anything at or above "medium, maybe", except one reviewed note: `'self'` in
 * script-src "can be problematic if you host JSONP, Angular or user uploaded files" — rukn://app
 * serves only the Vite build output, none of those.
 */
function checkCsp(): string[] {
  const requireFromScanner = createRequire(
    require.resolve('@doyensec/electronegativity/package.json', { paths: [projectRoot] }),
  );
  const csp = requireFromScanner('@doyensec/csp-evaluator') as CspEvaluatorModule;
  const parsed = new csp.CspParser(contentSecurityPolicy);
  const findings = new csp.CspEvaluator(parsed.csp, csp.Version.CSP3).evaluate();
  const threshold = csp.severities['MEDIUM_MAYBE'] ?? 50;
  return findings
    .filter((finding) => finding.severity <= threshold)
    .filter(
      (finding) =>
        !(finding.directive === 'script-src' && finding.description.startsWith("'self' can be")),
    )
    .map((finding) => `CSP ${finding.directive}: ${finding.description}`);
}

function main(): void {
  const findings = runElectronegativity();
  const problems = [
    ...findings.map(
      (finding) =>
        `${finding.issue} [${finding.severity}/${finding.confidence}] ${finding.file}:${finding.location} ${finding.description}`,
    ),
    ...checkInlineExclusions(),
    ...checkWebPreferences(),
    ...checkCsp(),
  ];
  if (problems.length > 0) {
    console.error(`electronegativity: ${problems.length} finding(s) over ${scannedDir}/:`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.info(`electronegativity: 0 findings over ${scannedDir}/`);
  console.info(
    `  (excluded, re-checked here: ${Object.keys(excludedGlobalChecks).join(', ')}; ` +
      `reviewed eng-disable: ${[...reviewedInlineExclusions].join(', ')})`,
  );
}

main();
