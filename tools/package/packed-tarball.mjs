// The one place that knows where the packed npm tarball lives: `npm run jsii` packs it once, and the Python module,
// the release and the consumer test all take that file rather than packing again.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PACKAGE_DIR = path.join(root, 'dist', 'package');

/**
 * The tarball `npm pack` makes of this repository (prepack builds it). With `pack`, packs it afresh into
 * dist/package/ (removing an older one); without, returns the one there and fails if there is none.
 */
export function packageTarball({ pack = false } = {}) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const tarball = path.join(PACKAGE_DIR, `${manifest.name}-${manifest.version}.tgz`);
  if (pack) {
    fs.rmSync(PACKAGE_DIR, { recursive: true, force: true });
    fs.mkdirSync(PACKAGE_DIR, { recursive: true });
    console.error('$ npm pack --pack-destination dist/package');
    const result = spawnSync('npm', ['pack', '--pack-destination', PACKAGE_DIR, '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`npm pack failed (exit ${result.status})`);
  }
  if (!fs.existsSync(tarball)) throw new Error(`${path.relative(root, tarball)} does not exist: run \`npm run jsii\` (it packs the package)`);
  return tarball;
}
