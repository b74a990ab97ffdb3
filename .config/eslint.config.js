// ESLint flat config. Besides the usual checks, it enforces the layering of DESIGN.md §1: what each layer may import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const nodeBuiltins = { regex: '^node:', message: 'This layer runs where Node is not available.' };
const electronApi = {
  regex: '^electron(/|$)|^electron-store$',
  message: 'Only electron/main and electron/preload may touch Electron.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'tests/artifacts/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  layer(
    ['electron/shared/**'],
    [
      nodeBuiltins,
      electronApi,
      {
        regex: '^(?!zod$|\\./|\\.\\./(?!\\.\\./|(core|main|preload|server|cli)/))',
        message: 'electron/shared imports only zod and other shared files.',
      },
    ],
  ),
  layer(
    ['renderer/src/**'],
    [
      nodeBuiltins,
      electronApi,
      { regex: '^better-sqlite3$|^conf$', message: 'The renderer reaches data only through the lms client.' },
      { regex: '/electron/(core|main|preload|server|cli)/', message: 'The renderer may import electron/shared only.' },
    ],
  ),
  layer(
    ['electron/core/**'],
    [
      electronApi,
      {
        regex: '^\\.\\./+(\\.\\./)*(main|preload|server|cli)/|renderer/',
        message: 'core never imports main, preload, server, cli or renderer.',
      },
    ],
  ),
  layer(
    ['electron/preload/**'],
    [
      nodeBuiltins,
      { regex: '^\\.\\./(core|main|server|cli)/', message: 'The preload exposes the contract and nothing else.' },
    ],
  ),
  layer(
    ['electron/server/**'],
    [
      electronApi,
      {
        regex: '^\\.\\./(main|preload)/|renderer/',
        message: 'The HTTP door never imports Electron glue or the renderer.',
      },
    ],
  ),
  {
    files: ['tests/**', '.config/**'],
    // Playwright fixtures declare "no dependencies" with an empty pattern.
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-empty-pattern': 'off' },
  },
);
