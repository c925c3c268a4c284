// Lint is the architecture's guard: the process a file runs in decides what it may import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'events',
  'buffer',
  'process',
  'worker_threads',
];

const nodeImportPatterns = [
  { group: ['node:*'], message: 'Node modules are not available here.' },
  // Bare module names only: a gitignore-style group would also match a folder of the same name
  // in a relative path (`../core/crypto/sealedBox`).
  ...nodeBuiltins.map((name) => ({
    regex: `^${name}(/.*)?$`,
    message: 'Node modules are not available here.',
  })),
];

/**
 * What any renderer file may not import, plus `extra` patterns for one room of the renderer
 * (a later config block replaces the rule's options, so each room restates the base).
 */
function rendererImportRules(extra = []) {
  return {
    paths: [{ name: 'electron', message: 'The renderer reaches main only via window.kiosk.' }],
    patterns: [
      ...nodeImportPatterns,
      {
        regex: '(^|/)main/(?!contract$)',
        message: 'The renderer may import only the contract types from main/.',
      },
      {
        regex: '(^|/)main/contract$',
        allowTypeImports: true,
        message: 'Import the contract with `import type` only.',
      },
      { regex: '(^|/)hub(/|$)', message: 'The renderer reaches the hub only over HTTP.' },
      ...extra,
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    // Portable code: shared by renderer, main and hub. No DOM, no Node, no Electron.
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'core/ is portable: no Electron.' },
            { name: 'react', message: 'core/ is portable: no UI.' },
            { name: 'dexie', message: 'core/ is portable: no storage.' },
          ],
          patterns: [
            ...nodeImportPatterns,
            {
              regex: '(^|/)(renderer|main|hub|scripts)(/|$)',
              message: 'core/ imports only core/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'location',
          'process',
          'Buffer',
          'require',
          '__dirname',
          '__filename',
          'global',
        ].map((name) => ({ name, message: 'core/ is portable: no DOM or Node globals.' })),
      ],
    },
  },
  {
    // Renderer: DOM only. Talks to main through window.kiosk; may import the types of main's joined
    // contract (main/contract.ts), never a domain file or anything else of main.
    files: ['renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': ['error', rendererImportRules()],
    },
  },
  {
    // The renderer's shared rooms serve the shell and the features, never the other way round.
    files: [
      'renderer/ui/**/*.{ts,tsx}',
      'renderer/db/**/*.{ts,tsx}',
      'renderer/visit/**/*.{ts,tsx}',
      'renderer/content/**/*.{ts,tsx}',
      'renderer/bridge/**/*.{ts,tsx}',
      'renderer/secrets/**/*.{ts,tsx}',
      'renderer/sync/**/*.{ts,tsx}',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        rendererImportRules([
          {
            regex: '(^|/)(features|app)(/|$)',
            message:
              'ui/, db/, visit/, content/, bridge/ and sync/ never import features/ or app/.',
          },
        ]),
      ],
    },
  },
  {
    // A feature is used by another only through its public file, `index.ts`.
    files: ['renderer/features/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        rendererImportRules([
          {
            regex: '^\\.\\./[^./][^/]*/',
            message: "Import another feature through its index.ts: '../guide', not '../guide/x'.",
          },
        ]),
      ],
    },
  },
  {
    // Main process and preload: Node and Electron, never the renderer or the hub.
    files: ['main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(renderer|hub)(/|$)',
              message: 'main/ never imports the renderer or hub.',
            },
          ],
        },
      ],
    },
  },
  {
    // The IPC contract and its domains are typed by the renderer too: pure, no Electron or Node.
    files: ['main/contract.ts', 'main/contract/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The contract is pure: no Electron.' }],
          patterns: [
            ...nodeImportPatterns,
            {
              regex: '(^|/)(renderer|hub)(/|$)',
              message: 'main/ never imports the renderer or hub.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['hub/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The hub is a server: no Electron.' }],
          patterns: [{ regex: '(^|/)(renderer|main)(/|$)', message: 'hub/ imports only core/.' }],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts', '*.config.{ts,mts,mjs}', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
