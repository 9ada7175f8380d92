// The half of a release that needs no credentials, run by CI on every change and by the release workflow on a tag:
//   node tools/release/prepare.mjs [--tag vX.Y.Z] [--python-dist]
// After `npm test` (whose `npm run jsii` packed dist/package/<name>-<version>.tgz), it checks that tarball (content,
// publint, arethetypeswrong, `npm publish --dry-run`), checks the Python module embeds it unchanged, writes the
// release notes from CHANGELOG.md and, with --python-dist, builds the wheel and sdist around it. Everything lands in
// dist/release/ ({npm,python}/ and notes.md); the workflow's publish jobs only upload what is there.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { packageTarball } from '../package/packed-tarball.mjs';
import { pacmakPython, run } from '../package/pacmak.mjs';
import { changelogSection } from './changelog-section.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'dist', 'release');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const { values: options } = parseArgs({ options: { tag: { type: 'string' }, 'python-dist': { type: 'boolean', default: false } } });

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
if (options.tag !== undefined && options.tag !== `v${manifest.version}`) {
  fail(`tag ${options.tag} does not match package.json's version ${manifest.version} (expected v${manifest.version})`);
}

let tarball;
try { tarball = packageTarball(); } catch (error) { fail(error.message); }
const listing = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.split('\n').map((f) => f.replace(/^package\//, ''));
const required = ['.jsii', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'assets/handler/index.js', 'dist/cli/sender-id-registration.js',
  'THIRD-PARTY-LICENSES', 'LICENSE', 'README.md'];
const missing = required.filter((f) => !listing.includes(f));
if (missing.length > 0) fail(`${path.basename(tarball)} lacks ${missing.join(', ')}`);
console.error(`release: ${path.basename(tarball)} holds ${listing.filter(Boolean).length} files, ${required.join(', ')} among them`);

const embedded = path.join(root, 'dist', 'jsii', 'python', 'src', 'cdk_sender_id_registration', '_jsii', `${manifest.name}@${manifest.version}.jsii.tgz`);
if (!fs.existsSync(embedded) || !fs.readFileSync(embedded).equals(fs.readFileSync(tarball))) {
  fail(`the Python module's ${path.relative(root, embedded)} is not the npm tarball: run \`npm run jsii\``);
}

run(bin('publint'), ['run', tarball, '--strict'], root);
run(bin('attw'), [tarball, '--format', 'table-flipped'], root);
run('npm', ['publish', '--dry-run', '--ignore-scripts', '--loglevel=warn', tarball], root);

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'npm'), { recursive: true });
fs.copyFileSync(tarball, path.join(out, 'npm', path.basename(tarball)));

const title = options.tag === undefined ? 'Unreleased' : manifest.version;
const notes = changelogSection(fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), title);
if (notes === undefined) fail(`CHANGELOG.md has no "## ${title}" section for the release notes`);
fs.writeFileSync(path.join(out, 'notes.md'), `${notes || 'No user-facing changes.'}\n`);
console.error(`release: notes from CHANGELOG.md "## ${title}" written to dist/release/notes.md`);

if (options['python-dist']) {
  pacmakPython(tarball, { outdir: out, codeOnly: false });
  const dists = fs.readdirSync(path.join(out, 'python'));
  if (!dists.some((f) => f.endsWith('.whl')) || !dists.some((f) => f.endsWith('.tar.gz'))) fail(`no wheel and sdist in dist/release/python: ${dists}`);
  console.error(`release: Python distributions ${dists.join(', ')}`);
} else {
  console.error('release: Python wheel and sdist not built (--python-dist builds them; it needs Python 3 with pip and PyPI)');
}
console.error('release: ready to publish from dist/release/');
