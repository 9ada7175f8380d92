// Pre-bundles the custom-resource handler with esbuild, SDK included, so that consumers of the
// construct need neither esbuild nor Docker: the construct ships this file as its Lambda code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE_OPTIONS } from './package/node-bundle-options.mjs';
import { bundledPackageDirectories, licenseNotice } from './package/third-party-licenses.mjs';

/** Lambda code above this size slows every cold start and bloats the package; fail the build instead. */
const MAX_BYTES = 600 * 1024;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'assets', 'handler');
const outfile = path.join(outdir, 'index.js');
fs.rmSync(outdir, { recursive: true, force: true });
/**
 * The handler reads the bundled catalog only to explain how a live form differs from it: the field definitions and
 * which rules were assumed. Where each fact was read (FieldProvenance Source and Facts, a third of the catalog) matters
 * at synth and in review, which read the catalog files themselves, so the handler's copy leaves those texts out.
 */
const catalogWithoutSources = {
  name: 'catalog-without-sources',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]lib[\\/]core[\\/]forms[\\/]catalog[\\/][^\\/]+\.json$/ }, (args) => {
      const entry = JSON.parse(fs.readFileSync(args.path, 'utf8'));
      for (const record of Object.values(entry.FieldProvenance ?? {})) {
        record.Source = '';
        delete record.Facts;
      }
      return { contents: JSON.stringify(entry), loader: 'json' };
    });
  },
};

const result = await build({
  entryPoints: [path.join(root, 'lambda', 'index.ts')],
  outfile,
  ...NODE_BUNDLE_OPTIONS,
  sourcemap: false,
  plugins: [catalogWithoutSources],
});
// The notice travels inside the Lambda asset, with the code it is about.
fs.writeFileSync(path.join(outdir, 'THIRD-PARTY-LICENSES'),
  licenseNotice(bundledPackageDirectories(result.metafile, root), 'The sender ID registration handler (assets/handler/index.js) is a bundle.'));
const bytes = fs.statSync(outfile).size;
console.error(`handler bundle: ${path.relative(root, outfile)} ${(bytes / 1024).toFixed(0)} KB (limit ${MAX_BYTES / 1024} KB)`);
if (bytes > MAX_BYTES) {
  console.error(`handler bundle is over ${MAX_BYTES / 1024} KB: look at what esbuild's metafile says it contains`);
  process.exit(1);
}
