// Lint config: typescript-eslint's recommended rules over the sources, tests and benchmarks, and
// the layers of ../shared/spec/architecture.md: each folder of src/ imports only the stages it may.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * What each stage may import (architecture.md's table, with the additions the code needs, each for
 * a reason): `inputs` owns the settings' vocabulary (severities, checks, formats, default globs), so
 * every later stage may read it; `parse` is a leaf every stage may use (the config file is parsed
 * with positions); the `findings/` types (Finding, Warning) are the contract stages exchange, so a
 * stage before `findings/` may import them as types only. No folder imports the entries in src/*.ts.
 */
const LAYERS = {
  inputs: ['parse'],
  files: ['inputs', 'parse'],
  parse: [],
  template: ['parse'],
  policies: ['template', 'parse'],
  iam: ['policies', 'template', 'parse'],
  rules: ['iam', 'policies', 'template', 'findings', 'parse', 'inputs'],
  engines: ['rules', 'policies', 'template', 'findings', 'parse', 'inputs'],
  findings: ['template', 'parse', 'inputs'],
  report: ['findings', 'inputs'],
  github: ['findings', 'report', 'inputs'],
  // The scan runs the stages in order (and the CLI's `scan` command reports what it found); only
  // the entries in src/*.ts import it.
  scan: ['files', 'parse', 'template', 'policies', 'iam', 'rules', 'engines', 'findings', 'inputs', 'report'],
};
const TYPES_ONLY = { files: ['findings'], iam: ['findings'] };
const layerRules = Object.entries(LAYERS).map(([folder, allowed]) => {
  const forbidden = Object.keys(LAYERS).filter((f) => f !== folder && !allowed.includes(f));
  const types = TYPES_ONLY[folder] ?? [];
  const message = `src/${folder}/ may import only ${allowed.join(', ') || 'no other stage'} (see ../shared/spec/architecture.md)`;
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbidden.filter((f) => !types.includes(f)).map((f) => ({ regex: `^(\\.\\./)+${f}/`, message })),
            ...types.map((f) => ({
              regex: `^(\\.\\./)+${f}/`,
              allowTypeImports: true,
              message: `${message}; ${f}/ as types only`,
            })),
            {
              regex: '^(\\.\\./)+(main|cli|cli-main|index)\\.js$',
              message: `${message}; the entries in src/*.ts import the stages, not the other way`,
            },
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'examples/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerRules,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly' },
    },
  },
);
