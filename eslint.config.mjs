// Lint: typescript-eslint with type information (floating promises are bugs in a handler that must
// finish its work before Lambda freezes it), a stable import order, and the layers' boundaries
// (CONVENTIONS.md, "Layers and boundaries"): what each part may import is a rule here, not a comment.
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const CDK_PACKAGES = [
  { group: ['aws-cdk-lib', 'aws-cdk-lib/*', 'constructs'], message: 'aws-cdk-lib and constructs belong to the constructs in lib/, outside lib/core.' },
];
const SDK_PACKAGES = [
  { group: ['@aws-sdk/*', '@smithy/*', '@aws-lambda-powertools/*', 'aws-lambda'], message: 'The SDK and Lambda belong to the handler (lambda/).' },
];

/** Who may import whom, by folder (paths from the repository root; `except` is relative to `from`). */
const LAYER_ZONES = [
  { target: './lib/core', from: './', except: ['./lib/core', './node_modules'],
    message: 'lib/core imports nothing of ours outside lib/core: it is the pure core the construct, handler and CLI share.' },
  { target: './lib', from: ['./lambda', './tools', './test', './examples'],
    message: 'The constructs (lib/) build on lib/core only: never on the handler, the tools, the tests or the example app.' },
  { target: './lambda', from: './lib', except: ['./core'],
    message: 'The handler uses lib/core only: the rest of lib/ is the CDK constructs, which the handler bundle must not pull in.' },
  { target: './lambda', from: ['./tools', './test', './examples'], message: 'The handler imports only itself and lib/core.' },
  { target: './tools', from: './lambda', except: ['./tools-api.ts'],
    message: 'The tools reach the handler through lambda/tools-api.ts only: the rest of lambda/ is the handler\'s own.' },
  { target: './tools', from: ['./test', './examples'],
    message: 'Tools never import tests or the example apps: shared helpers live in tools/ (e.g. tools/fixtures, tools/rehearsal).' },
  // The example apps' own files (an app's tests, in its test/ folder, may use the test helpers).
  { target: './examples/*/*.ts', from: './lib', except: ['./index.ts'],
    message: 'An example app uses the library as a user would: through its public entry point, lib/index.ts.' },
  { target: './examples/*/*.ts', from: ['./lambda', './tools', './test'], message: 'An example app uses the library only through lib/index.ts.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'cdk.out/', 'assets/', 'coverage/', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    // Resolves our .ts sources, so the path zones below see which file an import reaches.
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json', '.node'] })] },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'import-x/order': ['error', { groups: ['builtin', 'external', 'parent', 'sibling', 'index'], alphabetize: { order: 'asc', caseInsensitive: true } }],
      'max-len': ['error', { code: 150, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
      quotes: ['error', 'single', { avoidEscape: true }],
      semi: ['error', 'always'],
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
    },
  },
  {
    // The pure core is shared by the construct, the handler bundle and the CLI: neither CDK nor SDK.
    files: ['lib/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...CDK_PACKAGES, ...SDK_PACKAGES] }] },
  },
  {
    // The handler bundle must never pull in aws-cdk-lib (megabytes, and a second CDK in the Lambda).
    files: ['lambda/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: CDK_PACKAGES }] },
  },
);
