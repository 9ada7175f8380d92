// `npm run jsii`: the npm tarball, built once, and the Python bindings generated around that same tarball.
//   dist/package/<name>-<version>.tgz   `npm pack` of the repository (prepack builds everything, the .jsii included)
//   dist/jsii/.jsii                     the assembly, as the tarball holds it
//   dist/jsii/python/                   jsii-pacmak's Python sources; the module embeds the tarball above, byte for byte
// A Python user's module is then the npm package itself: library, handler bundle, CLI, catalog and assembly.
// pacmak runs on the unpacked tarball (its dependencies resolved from our node_modules, linked beside it) and its
// pack command hands back our tarball instead of packing again: nothing is built twice, nothing differs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageTarball } from './packed-tarball.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'dist', 'jsii');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-jsii-'));

function run(command, args, cwd) {
  console.error(`$ ${path.basename(command)} ${args.join(' ')}`);
  // CI runs Node.js 20 (the engines floor); jsii's end-of-support banner would only bury its own result.
  const env = { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: process.versions.node.split('.')[0] };
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`${path.basename(command)} failed (exit ${result.status}); its directory is kept at ${cwd}`);
    process.exit(1);
  }
}

const tarball = packageTarball({ pack: true });
const unpacked = path.join(work, 'package');
run('tar', ['-xzf', tarball, '-C', work], root);
if (!fs.existsSync(path.join(unpacked, '.jsii'))) {
  console.error(`jsii: ${path.relative(root, tarball)} holds no .jsii assembly; the package would be useless from Python`);
  process.exit(1);
}
// Dependencies (aws-cdk-lib, constructs and their assemblies) resolve upwards from the unpacked package.
fs.symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');
// pacmak runs this in its own copy of the package directory; the last line it prints names the tarball to embed.
const handBack = `cp ${JSON.stringify(tarball)} . && echo ${JSON.stringify(path.basename(tarball))}`;
run(path.join(root, 'node_modules', '.bin', 'jsii-pacmak'),
  ['-t', 'python', '--code-only', '--outdir', path.join(work, 'python-out'), '--pack-command', handBack], unpacked);

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
fs.copyFileSync(path.join(unpacked, '.jsii'), path.join(out, '.jsii'));
fs.cpSync(path.join(work, 'python-out', 'python'), path.join(out, 'python'), { recursive: true });
const assembly = JSON.parse(fs.readFileSync(path.join(out, '.jsii'), 'utf8'));
const pythonInit = path.join(out, 'python', 'src', 'cdk_sender_id_registration', '__init__.py');
console.error(`jsii: ${Object.keys(assembly.types).length} types in ${path.relative(root, path.join(out, '.jsii'))}; `
  + `Python module ${path.relative(root, pythonInit)} (${fs.statSync(pythonInit).size} bytes), embedding ${path.basename(tarball)}`);
// Where a Python is at hand, the generated module must at least compile (a wheel build needs pip and PyPI, not here).
const python = spawnSync('python3', ['-m', 'py_compile', pythonInit], { stdio: 'inherit' });
if (python.error) console.error('jsii: no python3 here, the generated module was not compiled');
else if (python.status !== 0) process.exit(1);
else console.error('jsii: the generated Python module compiles (python3 -m py_compile)');
fs.rmSync(work, { recursive: true, force: true });
