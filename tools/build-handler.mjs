// Pre-bundles the custom-resource handler with esbuild, SDK included, so that consumers of the
// construct need neither esbuild nor Docker: the construct ships this file as its Lambda code.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [path.join(root, 'lambda', 'index.ts')],
  outfile: path.join(root, 'assets', 'handler', 'index.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});
