// `npm run build:package` (run by prepack): everything the `files` list of package.json ships, built from clean.
//   dist/lib/        the library, compiled by tsc (tsconfig.build.json), with the catalog JSON beside it
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
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

fs.rmSync(path.join(root, 'dist', 'lib'), { recursive: true, force: true });
run(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json']);
console.error('library: dist/lib compiled');
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
