// `npm run build:package` (run by prepack): everything the `files` list of package.json ships, built from clean.
//   dist/lib/        the library, compiled by jsii (tsconfig.jsii.json), with the catalog JSON beside it
//   .jsii            the jsii assembly: what every jsii language binding (Python) loads the library by
//   assets/handler/  the Lambda handler bundle (tools/build-handler.mjs)
//   dist/cli/        the bundled `sender-id-registration` CLI
//   THIRD-PARTY-LICENSES  the licences of every package either bundle contains
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build-cli.mjs';
import { bundledPackageDirectories, licenseNotice } from './third-party-licenses.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function run(command, args) {
  // CI runs Node.js 20 (the engines floor); jsii's end-of-support banner would only bury its own result.
  const env = { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: process.versions.node.split('.')[0] };
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// jsii, not tsc: one compile gives the JavaScript, the declarations and the assembly, and the JavaScript carries the
// type information (fqn per class) that the jsii runtime needs to hand our objects to Python. With the tsconfig named
// in package.json ("jsii.tsconfig") jsii compiles in place and leaves the repository's own tsconfig.json alone.
fs.rmSync(path.join(root, 'dist', 'lib'), { recursive: true, force: true });
fs.rmSync(path.join(root, '.jsii'), { force: true });
run(path.join(root, 'node_modules', '.bin', 'jsii'), ['--silence-warnings=reserved-word']);
console.error('library: dist/lib and .jsii compiled by jsii');
run(process.execPath, [path.join(root, 'tools', 'build-handler.mjs')]);
const cliMetafile = await buildCli();

// The handler bundle's packages are listed in its own notice; read them back from there rather than building it twice.
const handlerNotice = fs.readFileSync(path.join(root, 'assets', 'handler', 'THIRD-PARTY-LICENSES'), 'utf8');
const cliPackages = bundledPackageDirectories(cliMetafile, root);
const handlerOnly = [...handlerNotice.matchAll(/^ {2}(\S+)@\S+ \(/gm)].map((m) => path.join(root, 'node_modules', m[1]))
  .filter((dir) => fs.existsSync(path.join(dir, 'package.json')) && !cliPackages.includes(dir));
fs.writeFileSync(path.join(root, 'THIRD-PARTY-LICENSES'), licenseNotice([...cliPackages, ...handlerOnly],
  'cdk-sender-id-registration ships two bundles: the Lambda handler (assets/handler/index.js) and the CLI (dist/cli/sender-id-registration.js).'));
console.error('THIRD-PARTY-LICENSES written');
