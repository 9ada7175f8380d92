import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The repository root: where `npm pack` runs. The fresh app itself never points back here. */
export const ROOT = path.resolve(__dirname, '..', '..');

/** Where the example registrations' data is copied in the fresh app: a file of its own, which imports nothing. */
export const EXAMPLES_FILE = path.join(__dirname, '..', 'fixtures', 'example-registrations.ts');

/** The app a user writes from the README's "Use it in your app": one India sender ID in ap-south-1. */
const APP_SOURCE = `#!/usr/bin/env node
import { App, Stack } from 'aws-cdk-lib';
import { AreaOfBusiness, MonthlyMessageVolume, RegistrationForm, SenderIdRegistration, UseCaseCategory } from 'cdk-sender-id-registration';
import { INDIA, INDIA_FORM, withMembers } from './example-registrations';

const app = new App();
const stack = new Stack(app, 'SenderIds', { env: { account: '111111111111', region: 'ap-south-1' } });
new SenderIdRegistration(stack, 'DemoCo', {
  ...withMembers(INDIA, { AreaOfBusiness, UseCaseCategory, MonthlyMessageVolume }),
  form: RegistrationForm.india(INDIA_FORM),
});
`;

export function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_yes: 'true' }, timeout: 600_000 });
}

/**
 * `npm pack` of the repository into `dir` (prepack builds it); returns the tarball's path. `npm test` has just packed
 * it (`npm run jsii`, into dist/package/) and says so with PACKED_TARBALL_DIR: that tarball is taken instead.
 */
export function packInto(dir: string): string {
  const packed = process.env.PACKED_TARBALL_DIR && path.resolve(ROOT, process.env.PACKED_TARBALL_DIR);
  if (packed) {
    const tarballs = fs.readdirSync(packed).filter((f) => f.endsWith('.tgz'));
    if (tarballs.length !== 1) throw new Error(`PACKED_TARBALL_DIR ${packed} holds ${tarballs.length} tarballs, expected one`);
    fs.copyFileSync(path.join(packed, tarballs[0]), path.join(dir, tarballs[0]));
    return path.join(dir, tarballs[0]);
  }
  const result = run('npm', ['pack', '--pack-destination', dir, '--silent'], ROOT);
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
  return path.join(dir, result.stdout.trim().split('\n').pop()!);
}

/** The version this repository develops against, so the install is served from the local npm cache when it can be. */
function versionOf(name: string): string {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/**
 * A TypeScript CDK app as `cdk init app --language typescript` lays it out, with the tarball and the peer dependencies
 * installed from the registry (or the npm cache): nothing is linked to the repository.
 */
export function createFreshApp(dir: string, tarball: string): void {
  fs.mkdirSync(path.join(dir, 'bin'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'fresh-cdk-app', version: '0.0.0', private: true }, null, 2));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'commonjs', lib: ['es2022'], strict: true, esModuleInterop: true, skipLibCheck: true, types: ['node'],
    },
    exclude: ['node_modules', 'cdk.out'],
  }, null, 2));
  fs.writeFileSync(path.join(dir, 'cdk.json'), JSON.stringify({ app: 'npx ts-node --prefer-ts-exts bin/app.ts' }, null, 2));
  fs.writeFileSync(path.join(dir, 'bin', 'app.ts'), APP_SOURCE);
  fs.copyFileSync(EXAMPLES_FILE, path.join(dir, 'bin', 'example-registrations.ts'));
  const packages = [tarball, ...['aws-cdk-lib', 'constructs', 'aws-cdk', 'typescript', 'ts-node', '@types/node'].map((p) => `${p}@${versionOf(p)}`)];
  const result = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...packages], dir);
  if (result.status !== 0) throw new Error(`npm install in the fresh app failed:\n${result.stderr}`);
}
