// Lint rules, including the house's layering: core stays pure, only src/platform touches browser.*.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

const LAYERS = ['sites', 'content', 'background', 'db', 'ui', 'cli', 'platform', 'messaging', 'testing'];
const layerPatterns = (allowed) =>
  LAYERS.filter((layer) => !allowed.includes(layer)).flatMap((layer) => [`../${layer}/*`, `../../${layer}/*`, `../../../${layer}/*`, `../${layer}`, `../../${layer}`]);

const extensionGlobals = [
  { name: 'browser', message: 'Use src/platform/browser.ts: it is the only code that touches the extension APIs.' },
  { name: 'chrome', message: 'Use src/platform/browser.ts: it is the only code that touches the extension APIs.' },
];
const polyfillImport = { name: 'webextension-polyfill', message: 'Only src/platform may import webextension-polyfill.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'demo-output/**', 'test-results/**', 'playwright-report/**', 'e2e/pages/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-globals': ['error', ...extensionGlobals],
      'no-restricted-imports': ['error', { paths: [polyfillImport] }],
    },
  },
  {
    // Tests, scripts and benchmarks drive the browser from outside: code they evaluate inside
    // extension pages may use chrome.* directly. Playwright fixtures take an empty pattern.
    files: ['e2e/**', 'scripts/**', 'bench/**'],
    languageOptions: { globals: { chrome: 'readonly' } },
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/platform/**'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/core/**'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...extensionGlobals,
        ...['document', 'window', 'navigator', 'location', 'localStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'DOMParser'].map((name) => ({
          name,
          message: 'src/core is pure: no DOM, browser or network APIs.',
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [polyfillImport, { name: 'dexie', message: 'src/core is pure: storage lives in src/db.' }, { name: 'preact', message: 'src/core is pure: UI lives in src/ui.' }],
          patterns: [{ group: layerPatterns([]), message: 'src/core imports nothing else of ours.' }],
        },
      ],
    },
  },
  {
    files: ['src/sites/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [polyfillImport], patterns: [{ group: layerPatterns(['testing']), message: 'Site adapters import only src/core.' }] }],
    },
  },
  {
    files: ['src/db/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [polyfillImport], patterns: [{ group: layerPatterns(['testing']), message: 'src/db imports only src/core.' }] }],
    },
  },
);
