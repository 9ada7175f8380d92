// Bundles the `sender-id-registration` CLI (tools/cli/main.ts) with esbuild into one file, SDK and local registrar
// included, so a consumer runs it with plain node: no ts-node, no TypeScript, no runtime dependencies of ours.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE_OPTIONS } from './node-bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = path.join(root, 'tools', 'cli', 'main.ts');
const outdir = path.join(root, 'dist', 'cli');
const outfile = path.join(outdir, 'sender-id-registration.js');

/**
 * Each script the CLI calls into (`tools/review/cli.ts`, …) runs its own main when `require.main === module`. In one
 * bundle every module shares the bundle's `module`, so all of them would start; only the CLI's entry may.
 */
const onlyTheEntryRunsMain = {
  name: 'only-the-entry-runs-main',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]tools[\\/].*\.ts$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      return { contents: args.path === entry ? source : source.replace(/require\.main === module/g, 'false'), loader: 'ts' };
    });
  },
};

/** Build the CLI bundle; returns esbuild's metafile, whose inputs name the bundled packages (THIRD-PARTY-LICENSES, build-package.mjs). */
export async function buildCli() {
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: [entry],
    outfile,
    ...NODE_BUNDLE_OPTIONS,
    // Stack traces of a CLI should still name our functions.
    keepNames: true,
    // The app's own copies: a peer dependency is there in any CDK app that uses the construct.
    external: ['aws-cdk-lib', 'aws-cdk-lib/*', 'constructs'],
    plugins: [onlyTheEntryRunsMain],
  });
  fs.chmodSync(outfile, 0o755);
  // The local registrar reads the service's model (its request contract) from beside its own code at run time.
  fs.cpSync(path.join(root, 'tools', 'registrar', 'service-model'), path.join(outdir, 'service-model'), { recursive: true });
  console.error(`CLI bundle: ${path.relative(root, outfile)} ${(fs.statSync(outfile).size / 1024).toFixed(0)} KB`);
  return result.metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
