// `npm run jsii`: proves the public API compiles with jsii and that Python bindings generate from it.
// jsii compiles in place and writes its own tsconfig, so it runs in a temporary copy of the package
// (lib/, package.json, README, LICENSE; node_modules linked): the repository, its tsconfig.json and
// the ts-jest setup stay as they are. Writes the .jsii assembly and the Python sources under dist/jsii/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'dist', 'jsii');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-jsii-'));

function run(command, args, cwd) {
  console.error(`$ ${command} ${args.join(' ')}`);
  // CI runs Node.js 20 (the engines floor); jsii's end-of-support banner would only bury its own result.
  const env = { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: process.versions.node.split('.')[0] };
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`${command} failed (exit ${result.status}); the copy it ran in is kept at ${work}`);
    process.exit(1);
  }
}

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
// The copy builds nothing but the jsii assembly: pacmak's `npm pack` of it must not run our prepack.
delete manifest.scripts;
manifest.jsii.outdir = 'python-out';
fs.writeFileSync(path.join(work, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
for (const file of ['README.md', 'LICENSE', 'tsconfig.jsii.json']) fs.copyFileSync(path.join(root, file), path.join(work, file));
fs.cpSync(path.join(root, 'lib'), path.join(work, 'lib'), { recursive: true });
fs.symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');

run(path.join(root, 'node_modules', '.bin', 'jsii'), ['--silence-warnings=reserved-word'], work);
run(path.join(root, 'node_modules', '.bin', 'jsii-pacmak'), ['-t', 'python', '--code-only', '--outdir', 'python-out'], work);

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
fs.copyFileSync(path.join(work, '.jsii'), path.join(out, '.jsii'));
fs.cpSync(path.join(work, 'python-out', 'python'), path.join(out, 'python'), { recursive: true });
const assembly = JSON.parse(fs.readFileSync(path.join(out, '.jsii'), 'utf8'));
const pythonInit = path.join(out, 'python', 'src', 'cdk_sender_id_registration', '__init__.py');
console.error(`jsii: ${Object.keys(assembly.types).length} types in ${path.relative(root, path.join(out, '.jsii'))}; `
  + `Python module ${path.relative(root, pythonInit)} (${fs.statSync(pythonInit).size} bytes)`);
// Where a Python is at hand, the generated module must at least compile (a wheel build needs pip and PyPI, not here).
const python = spawnSync('python3', ['-m', 'py_compile', pythonInit], { stdio: 'inherit' });
if (python.error) console.error('jsii: no python3 here, the generated module was not compiled');
else if (python.status !== 0) process.exit(1);
else console.error('jsii: the generated Python module compiles (python3 -m py_compile)');
fs.rmSync(work, { recursive: true, force: true });
