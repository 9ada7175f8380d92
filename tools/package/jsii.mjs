// `npm run jsii`: the npm tarball, built once, and the Python bindings generated around that same tarball.
//   dist/package/<name>-<version>.tgz   `npm pack` of the repository (prepack builds everything, the .jsii included)
//   dist/jsii/.jsii                     the assembly, as the tarball holds it
//   dist/jsii/python/                   jsii-pacmak's Python sources; the module embeds the tarball above, byte for byte
// A Python user's module is then the npm package itself: library, handler bundle, CLI, catalog and assembly.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageTarball } from './packed-tarball.mjs';
import { pacmakPython } from './pacmak.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'dist', 'jsii');
const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-python-'));

const tarball = packageTarball({ pack: true });
const assembly = pacmakPython(tarball, { outdir: generated, codeOnly: true });

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
// The assembly exactly as the tarball holds it.
const extracted = spawnSync('tar', ['-xzf', tarball, '-C', out, '--strip-components=1', 'package/.jsii'], { stdio: 'inherit' });
if (extracted.status !== 0) process.exit(1);
fs.cpSync(path.join(generated, 'python'), path.join(out, 'python'), { recursive: true });
fs.rmSync(generated, { recursive: true, force: true });
const pythonInit = path.join(out, 'python', 'src', 'cdk_sender_id_registration', '__init__.py');
console.error(`jsii: ${Object.keys(assembly.types).length} types in ${path.relative(root, path.join(out, '.jsii'))}; `
  + `Python module ${path.relative(root, pythonInit)} (${fs.statSync(pythonInit).size} bytes), embedding ${path.basename(tarball)}`);
// Where a Python is at hand, the generated module must at least compile (a wheel build needs pip and PyPI, not here).
const python = spawnSync('python3', ['-m', 'py_compile', pythonInit], { stdio: 'inherit' });
if (python.error) console.error('jsii: no python3 here, the generated module was not compiled');
else if (python.status !== 0) process.exit(1);
else console.error('jsii: the generated Python module compiles (python3 -m py_compile)');
