// jsii-pacmak around an already packed tarball: what `npm run jsii` (Python sources) and the release (wheel and sdist)
// both run, so the Python package always embeds the very tarball npm publishes.
// pacmak runs on the unpacked tarball (its dependencies resolved from our node_modules, linked beside it) and its
// pack command hands back our tarball instead of packing again: nothing is built twice, nothing differs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function run(command, args, cwd) {
  console.error(`$ ${path.basename(command)} ${args.join(' ')}`);
  // CI runs Node.js 20 (the engines floor); jsii's end-of-support banner would only bury its own result.
  const env = { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: process.versions.node.split('.')[0] };
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${path.basename(command)} failed (exit ${result.status}) in ${cwd}`);
}

/**
 * `jsii-pacmak -t python` of `tarball` into `outdir` (its `python/` folder): the generated sources with `codeOnly`,
 * else the wheel and sdist (Python 3 with pip, and PyPI for its build tools, needed). Returns the assembly it read.
 */
export function pacmakPython(tarball, { outdir, codeOnly }) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-pacmak-'));
  run('tar', ['-xzf', tarball, '-C', work], root);
  const unpacked = path.join(work, 'package');
  if (!fs.existsSync(path.join(unpacked, '.jsii'))) {
    throw new Error(`${path.relative(root, tarball)} holds no .jsii assembly; the package would be useless from Python`);
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  // pacmak runs this in its own copy of the package directory; the last line it prints names the tarball to embed.
  const handBack = `cp ${JSON.stringify(tarball)} . && echo ${JSON.stringify(path.basename(tarball))}`;
  run(path.join(root, 'node_modules', '.bin', 'jsii-pacmak'),
    ['-t', 'python', ...(codeOnly ? ['--code-only'] : []), '--outdir', outdir, '--pack-command', handBack], unpacked);
  const assembly = JSON.parse(fs.readFileSync(path.join(unpacked, '.jsii'), 'utf8'));
  fs.rmSync(work, { recursive: true, force: true });
  return assembly;
}
