// ESLint flat config for the whole repository (`npm run lint` = `eslint .`).
//
// - @eslint/js and typescript-eslint recommended rules: correctness, not style (formatting is
//   not lint's job here; nothing in this file should create busywork).
// - touchdesk/layers: the layer table of ARCHITECTURE.md, see lint/layers.mjs. It is the reason
//   this file exists: a forbidden import fails `npm test`.
//
// Not type-checked on purpose: lint stays fast, and `tsc -b` in `npm test` checks the types.

import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import layers from './lint/layers.mjs';

// The layer table's folders are relative to this directory, wherever eslint is started from.
const root = dirname(fileURLToPath(import.meta.url));

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const SOURCE = ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'];

// Node's globals for plain-JS config files and scripts (TS files need none: the compiler
// checks names, so typescript-eslint turns no-undef off for them). Kept inline rather than
// importing the `globals` package, which is not a dependency of ours.
const nodeGlobals = Object.fromEntries(
  [
    'process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder',
    'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate',
    'queueMicrotask', 'structuredClone', 'AbortController', 'AbortSignal', 'fetch', 'performance',
    'global', 'globalThis',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/build-types/**',
      'mobile-web/dist/**',
      'test-results/**',
      '**/*.tsbuildinfo',
      '.touchdesk-e2e/**',
      // Fixtures for lint's own tests are linted by those tests only.
      'lint/fixtures/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,
  {
    files: TS,
    extends: [tseslint.configs.recommended],
    rules: {
      // `_`-prefixed names are the usual "deliberately unused" (a port method's argument a fake ignores).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Plain JS outside the browser code: config files, scripts, the lint plugin.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },

  // The layer rule runs on every source file: inside a layer it checks the table; outside
  // (e2e/, scripts, config files) it only enforces "nothing imports desktop/src/main".
  {
    files: SOURCE,
    plugins: { touchdesk: layers },
    rules: { 'touchdesk/layers': ['error', { root }] },
  },
);
