/**
 * What both bundles (the handler and the CLI) need from esbuild to run the pinned AWS SDK on Node.js 20 in one file.
 */
export const NODE_BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // The SDK's ES module builds tree-shake far better than its CommonJS ones (about 770 KB → 470 KB minified for the handler).
  mainFields: ['module', 'main'],
  // The SDK's ES builds load node:http and node:async_hooks lazily with import(). As require() they behave the same in
  // Node and in Lambda, and also load where import() cannot (jest's vm sandbox, which the tests run the bundles in).
  supported: { 'dynamic-import': false },
  minify: true,
  legalComments: 'none',
  // Its inputs name the bundled packages, for the licence notices.
  metafile: true,
  logLevel: 'warning',
};
