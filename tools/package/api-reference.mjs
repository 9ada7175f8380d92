// API.md, the reference construct libraries generate from their jsii assembly (jsii-docgen), made from the .jsii the
// packed tarball ships, so the reference is that of the package users install. Where CI runs, a committed API.md that
// no longer matches the public API fails the build: the reference cannot go stale.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function apiReference(tarball, apiDoc) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-api-'));
  try {
    // jsii-docgen documents the package in its working directory and resolves the assemblies it depends on
    // (aws-cdk-lib, constructs) from node_modules.
    const extracted = spawnSync('tar', ['-xzf', tarball, '-C', work, '--strip-components=1', 'package/package.json', 'package/.jsii'],
      { stdio: 'inherit' });
    if (extracted.status !== 0) throw new Error(`could not read the assembly from ${tarball}`);
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');
    const output = path.join(work, 'API.md');
    console.error('$ jsii-docgen --output API.md');
    const docgen = spawnSync(path.join(root, 'node_modules', '.bin', 'jsii-docgen'), ['--output', output], { cwd: work, stdio: 'inherit' });
    if (docgen.status !== 0) throw new Error(`jsii-docgen failed (exit ${docgen.status})`);
    const generated = fs.readFileSync(output, 'utf8');
    const committed = fs.existsSync(apiDoc) ? fs.readFileSync(apiDoc, 'utf8') : '';
    if (generated === committed) return;
    fs.writeFileSync(apiDoc, generated);
    if (process.env.CI) {
      console.error('jsii: API.md did not match the public API; run `npm run jsii` and commit API.md');
      process.exit(1);
    }
    console.error('jsii: API.md regenerated from the public API; commit it');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
