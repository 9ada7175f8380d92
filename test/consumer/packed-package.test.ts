import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createFreshApp, packInto, run } from './fresh-app';

// The package as a user gets it: `npm pack`, installed into a fresh CDK app that knows nothing of this repository.
// CI from sources cannot see a broken package (a missing file, a path that only works in the repository), this can.
// Slow (a pack, an npm install, three synths): `npm run test:consumer`, run by .ci/run, not part of `npx jest`.

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-consumer-'));
const appDir = path.join(work, 'app');
let tarball: string;

beforeAll(() => {
  tarball = packInto(work);
  createFreshApp(appDir, tarball);
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('the tarball holds the compiled library, the handler bundle, the CLI and the notices, and no sources or tests', () => {
  const listing = run('tar', ['-tzf', tarball], work).stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
  expect(listing).toEqual(expect.arrayContaining([
    'dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/lib/definitions/catalog/IN_SENDER_ID_REGISTRATION.json',
    'assets/handler/index.js', 'assets/handler/THIRD-PARTY-LICENSES', 'dist/cli/sender-id-registration.js',
    'README.md', 'LICENSE', 'THIRD-PARTY-LICENSES', 'package.json',
  ]));
  expect(listing.filter((f) => /^(test|tools|lambda|bin|examples)\//.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts')))).toEqual([]);
  const installed = path.join(appDir, 'node_modules', 'cdk-sender-id-registration');
  expect(fs.statSync(path.join(installed, 'assets', 'handler', 'index.js')).size).toBeLessThanOrEqual(600 * 1024);
  expect(fs.readFileSync(path.join(installed, 'THIRD-PARTY-LICENSES'), 'utf8')).toContain('@aws-sdk/client-pinpoint-sms-voice-v2@');
});

test('cdk synth of the fresh app type-checks the import and synthesizes the registration with its provider', () => {
  const result = run('npx', ['cdk', 'synth', '--quiet', '-o', 'cdk.out'], appDir);
  expect(result.stderr).not.toMatch(/Cannot find module/);
  expect(result.status).toBe(0);
  const template = JSON.parse(fs.readFileSync(path.join(appDir, 'cdk.out', 'SenderIds.template.json'), 'utf8'));
  const types = Object.values(template.Resources as Record<string, { Type: string }>).map((r) => r.Type);
  expect(types).toContain('Custom::SenderIdRegistration');
  expect(types.filter((t) => t === 'AWS::Lambda::Function').length).toBeGreaterThanOrEqual(2);
});

test('npx sender-id-registration rehearse submits the registration on the embedded registrar through the handler bundle', () => {
  const result = run('npx', ['sender-id-registration', 'rehearse'], appDir);
  expect(result.stderr).toContain('$ cdk synth');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('── Create: SenderIds/DemoCo');
  expect(result.stdout).toMatch(/type IN_SENDER_ID_REGISTRATION · sender ID DEMOCO/);
  expect(result.stdout).toMatch(/status SUBMITTED · version 1/);
  expect(result.stdout).toMatch(/SubmitRegistrationVersion ×1/);
  expect(result.stdout).toContain('Rehearsal complete: 1 registrations were created');
});

test('npx sender-id-registration review renders the report, against a cloud assembly as its base', () => {
  const out = path.join(appDir, 'review.md');
  const result = run('npx', ['sender-id-registration', 'review', '--base', 'cdk.out', '--out', out], appDir);
  expect(result.status).toBe(0);
  const markdown = fs.readFileSync(out, 'utf8');
  expect(markdown).toContain('DEMOCO');
  expect(markdown).toContain('IN_SENDER_ID_REGISTRATION');
  // The contact's phone number is personal data: the report shows its length only.
  expect(markdown).not.toContain('+915550100001');
});

test('the CLI documents its exit codes: --help is 0, a usage error is 2', () => {
  expect(run('npx', ['sender-id-registration', '--help'], appDir).status).toBe(0);
  const usage = run('npx', ['sender-id-registration', 'plan'], appDir);
  expect(usage.status).toBe(2);
  expect(usage.stderr).toContain('--stack is required');
});
