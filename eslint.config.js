import { defineConfig, globalIgnores } from 'eslint/config'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import { builtinModules } from 'node:module'

/**
 * Layering, as VS Code states its own: shared/ is pure TypeScript (no Electron, no Node, no DOM, nothing from
 * electron/ or renderer/); renderer/ never reaches Electron or Node; ipcMain and ipcRenderer appear only in
 * the two wrapper files. tests/unit/lint/layering.test.ts proves each rule fires.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)]
const electronAndNode = [
  { name: 'electron', message: 'Only electron/ may use Electron.' },
  ...nodeBuiltins.map((name) => ({
    name,
    message: 'Node modules belong in electron/, behind the IPC contract.',
  })),
]
const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'fetch',
  'HTMLElement',
  'requestAnimationFrame',
]

export const layeringRules = {
  shared: {
    'no-restricted-imports': [
      'error',
      {
        paths: electronAndNode,
        patterns: [
          { group: ['node:*'], message: 'shared/ is pure TypeScript: no Node modules.' },
          {
            group: ['**/electron/**', '../electron/*', '../../electron/*'],
            message: 'shared/ may not import from electron/.',
          },
          {
            group: ['**/renderer/**', '../renderer/*', '../../renderer/*'],
            message: 'shared/ may not import from renderer/.',
          },
          {
            group: ['react', 'react-dom', '@mui/*', 'lowdb', 'electron-log*'],
            message: 'shared/ is pure TypeScript: no UI or storage libraries.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...domGlobals.map((name) => ({ name, message: 'shared/ runs anywhere: no DOM.' })),
      { name: 'process', message: 'shared/ runs anywhere: no Node globals.' },
      { name: 'Buffer', message: 'shared/ runs anywhere: no Node globals.' },
    ],
  },
  renderer: {
    'no-restricted-imports': [
      'error',
      {
        paths: electronAndNode,
        patterns: [
          {
            group: ['node:*'],
            message: 'The renderer has no Node: ask the main process through window.convene.',
          },
          {
            group: ['**/electron/**', '../electron/*', '../../electron/*'],
            message: 'The renderer may not import from electron/; use the contract in shared/.',
          },
          {
            group: ['electron-log*', 'lowdb'],
            message: 'The renderer has no storage or logging of its own.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'require', message: 'The renderer has no require.' },
      { name: 'process', message: 'The renderer has no process.' },
    ],
  },
  ipcOutsideWrappers: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          {
            name: 'electron',
            importNames: ['ipcMain', 'ipcRenderer'],
            message:
              'Only electron/ipc/bind-ipc-main.ts and electron/preload.ts may use ipcMain or ipcRenderer.',
          },
          {
            name: 'electron-log/main',
            message:
              'electron-log/main listens on IPC of its own and loads Electron; log through electron/services/node-logger.ts.',
          },
        ],
      },
    ],
    'no-restricted-properties': [
      'error',
      { property: 'ipcMain', message: 'Only electron/ipc/bind-ipc-main.ts may use ipcMain.' },
      { property: 'ipcRenderer', message: 'Only electron/preload.ts may use ipcRenderer.' },
    ],
  },
}

export default defineConfig([
  globalIgnores([
    'out/**',
    'dist/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'tests/security/electronegativity/**',
    '.convene-dev/**',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['electron/**/*.{ts,mjs}', 'tests/**/*.ts', '*.config.ts', '*.config.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        Buffer: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
      },
    },
  },
  // Playwright reads a fixture's dependencies from its destructuring pattern; an empty one means 'none'.
  { files: ['tests/e2e/fixtures.ts'], rules: { 'no-empty-pattern': 'off' } },
  { files: ['shared/**/*.ts'], rules: layeringRules.shared },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...layeringRules.renderer,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/ipc/bind-ipc-main.ts', 'electron/preload.ts'],
    rules: layeringRules.ipcOutsideWrappers,
  },
])
