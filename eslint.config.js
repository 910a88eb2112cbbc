import { defineConfig, globalIgnores } from 'eslint/config'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

import codeLayeringPlugin from './eslint-rules/code-layering.js'

const nodeModules = ['node:*']
const sharedLayers = (...names) => names.map((name) => `shared/${name}`)

/**
 * Layering as one table, as VS Code's code-layering rule has it: each line names a layer (a folder, or a
 * file), the layers it may import, and the packages it may use. Lowest first. Inside shared/, the model
 * knows no kind of meeting, the kinds build on the model, commands and rules, and only the assembly of a
 * meeting (shared/meeting) and the contract see every kind at once. shared/ runs anywhere: no Electron, no
 * Node, no UI. Inside electron/, ipc/ only routes a channel to a service (it holds no use case), and only
 * the entry points and platform/ touch Electron. The renderer never reaches Electron, Node or electron/.
 * tests/unit/lint/code-layering.test.ts proves each line fires.
 */
export const layers = [
  { layer: 'resources', paths: ['resources'], may: [], packages: [] },
  { layer: 'shared/util', paths: ['shared/util'], may: [], packages: [] },
  { layer: 'shared/text', paths: ['shared/text'], may: sharedLayers('util'), packages: [] },
  { layer: 'shared/dates', paths: ['shared/dates'], may: sharedLayers('util'), packages: [] },
  {
    layer: 'shared/model',
    paths: ['shared/model'],
    may: sharedLayers('util', 'text', 'dates'),
    packages: ['zod', '@noble/hashes'],
    why: 'the model is what every kind shares, and knows no kind',
  },
  {
    layer: 'shared/calendar',
    paths: ['shared/calendar'],
    may: [...sharedLayers('util', 'dates', 'model'), 'resources'],
    packages: ['zod'],
  },
  {
    layer: 'shared/rules',
    paths: ['shared/rules'],
    may: sharedLayers('util', 'text', 'dates', 'model'),
    packages: [],
  },
  {
    layer: 'shared/language',
    paths: ['shared/language'],
    may: [...sharedLayers('util', 'text', 'dates', 'model'), 'resources'],
    packages: ['zod'],
  },
  { layer: 'shared/vault', paths: ['shared/vault'], may: sharedLayers('util'), packages: ['@zxcvbn-ts/*'] },
  {
    layer: 'shared/case',
    paths: ['shared/case'],
    may: sharedLayers('util', 'text', 'dates', 'model', 'calendar'),
    packages: ['zod'],
    why: "a case's own record and journal know no kind: the kinds read them to say where a case stands",
  },
  {
    layer: 'shared/commands',
    paths: ['shared/commands'],
    may: sharedLayers('util', 'text', 'dates', 'model', 'rules', 'language'),
    packages: ['zod'],
    why: "the commands every meeting has know no kind; a kind's own commands live in its module",
  },
  {
    layer: 'shared/kinds',
    paths: ['shared/kinds'],
    may: [
      ...sharedLayers('util', 'text', 'dates', 'model', 'calendar', 'rules', 'language', 'commands', 'case'),
      'resources',
    ],
    packages: ['zod', '@noble/hashes'],
    why: 'a kind builds on the model, rules and commands; the meeting is assembled from the kinds, not the other way',
  },
  {
    layer: 'shared/meeting',
    paths: ['shared/meeting'],
    may: sharedLayers(
      'util',
      'text',
      'dates',
      'model',
      'calendar',
      'rules',
      'language',
      'commands',
      'case',
      'kinds',
    ),
    packages: ['zod'],
  },
  {
    layer: 'shared/handover',
    paths: ['shared/handover'],
    may: sharedLayers('util', 'text', 'dates', 'model', 'calendar', 'kinds', 'meeting'),
    packages: ['zod', '@noble/hashes'],
    why: 'what passes from a chair’s laptop to an administrator’s, known to both',
  },
  {
    layer: 'shared/outcomes',
    paths: ['shared/outcomes'],
    may: sharedLayers('util', 'text', 'dates', 'model', 'calendar', 'kinds', 'meeting', 'case', 'language'),
    packages: ['zod'],
    why: 'the steering group’s figures: worked out from records, with no names and small numbers withheld',
  },
  {
    layer: 'shared/settings',
    paths: ['shared/settings'],
    may: sharedLayers('util', 'text', 'dates', 'model', 'calendar', 'language', 'kinds'),
    packages: ['zod'],
  },
  {
    layer: 'shared/contract',
    paths: ['shared/contract'],
    may: sharedLayers(
      'util',
      'text',
      'dates',
      'model',
      'calendar',
      'language',
      'case',
      'kinds',
      'meeting',
      'settings',
      'vault',
      'handover',
      'outcomes',
    ),
    packages: ['zod'],
    why: 'the contract is what windows and main exchange, and imports neither',
  },
  {
    layer: 'electron/services',
    paths: ['electron/services'],
    may: ['shared/*'],
    packages: [
      ...nodeModules,
      'zod',
      'docx',
      'jszip',
      'lowdb',
      'node-forge',
      'yauzl',
      'electron-log',
      '@noble/hashes',
      '@hpke/core',
      'nodemailer',
    ],
    why: 'services are the use cases, with storage and documents; they do not touch Electron',
  },
  {
    layer: 'electron/ipc',
    paths: ['electron/ipc'],
    may: ['electron/services', 'shared/contract', 'shared/util', 'shared/model'],
    packages: ['electron'],
    why: 'ipc/ routes a channel to a service and holds no use case of its own',
  },
  {
    layer: 'electron/platform',
    paths: ['electron/platform'],
    may: ['electron/ipc', 'electron/services', 'shared/contract', 'shared/util'],
    packages: ['electron', 'node:path', 'node:url'],
  },
  {
    layer: 'electron/cli',
    paths: ['electron/cli'],
    may: ['electron/services', 'shared/*'],
    packages: nodeModules,
    why: 'the convene command runs under Node without Electron',
  },
  {
    layer: 'electron/host',
    paths: ['electron/host'],
    may: ['electron/ipc', 'electron/services', 'shared/contract', 'shared/util'],
    packages: [...nodeModules, 'vite'],
    why: 'the test host stands in for Electron, so it may not load it',
  },
  {
    layer: 'electron/main',
    paths: ['electron/main.ts'],
    may: ['electron/ipc', 'electron/platform', 'electron/services', 'shared/contract', 'shared/util'],
    packages: ['electron', 'node:path', 'node:url'],
  },
  {
    layer: 'electron/preload',
    paths: ['electron/preload.ts'],
    may: ['shared/contract'],
    packages: ['electron'],
  },
  {
    layer: 'renderer',
    paths: ['renderer'],
    may: ['shared/*'],
    packages: ['react', 'react-dom', 'react/*', '@mui/*', '@emotion/*'],
    why: 'the renderer asks main through window.convene: no Electron, no Node, nothing from electron/',
  },
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

/** What the table cannot say: globals, and the two IPC wrappers. */
export const layeringRules = {
  shared: {
    'no-restricted-globals': [
      'error',
      ...domGlobals.map((name) => ({ name, message: 'shared/ runs anywhere: no DOM.' })),
      { name: 'process', message: 'shared/ runs anywhere: no Node globals.' },
      { name: 'Buffer', message: 'shared/ runs anywhere: no Node globals.' },
    ],
  },
  renderer: {
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
  {
    files: ['shared/**/*.ts', 'electron/**/*.{ts,mjs}', 'renderer/**/*.{ts,tsx}'],
    plugins: { convene: codeLayeringPlugin },
    rules: { 'convene/code-layering': ['error', { layers }] },
  },
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
