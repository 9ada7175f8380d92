import { spawn } from 'child_process';
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
    'dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/lib/core/forms/catalog/IN_SENDER_ID_REGISTRATION.json',
    'assets/handler/index.js', 'assets/handler/THIRD-PARTY-LICENSES', 'dist/cli/sender-id-registration.js',
    // The local registrar's request contract, with its provenance (botocore, Apache-2.0).
    'dist/cli/service-model/pinpoint-sms-voice-v2-2022-03-31.json', 'dist/cli/service-model/README.md',
    'README.md', 'LICENSE', 'THIRD-PARTY-LICENSES', 'package.json', '.jsii',
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

test('npx sender-id-registration review --base <git ref> synthesizes the base in a git worktree of the app', () => {
  fs.writeFileSync(path.join(appDir, '.gitignore'), 'node_modules/\ncdk.out/\nreview*.md\n');
  const git = (...args: string[]) => run('git', ['-c', 'user.name=Consumer', '-c', 'user.email=consumer@example.com', ...args], appDir);
  expect(git('init', '-q').status).toBe(0);
  expect(git('add', '-A').status).toBe(0);
  expect(git('commit', '-qm', 'one India sender ID').status).toBe(0);

  const result = run('npx', ['sender-id-registration', 'review', '--base', 'HEAD', '--out', 'review-git.md'], appDir);
  expect(result.stderr).not.toMatch(/failed/);
  expect(result.status).toBe(0);
  expect(fs.readFileSync(path.join(appDir, 'review-git.md'), 'utf8')).toContain('DEMOCO');
});

test('npx sender-id-registration registrar serves status and plan, which read it through the SDK endpoint setting', async () => {
  // node on the installed bin itself, not npx: the signal must reach the registrar, not only its launcher.
  const bin = path.join(appDir, 'node_modules', '.bin', 'sender-id-registration');
  const registrar = spawn(process.execPath, [bin, 'registrar', '--port', '0'], { cwd: appDir, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => registrar.once('exit', resolve));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      registrar.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      registrar.once('exit', (code) => reject(new Error(`the registrar exited with ${code}`)));
    });
    const env = { AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2: url, AWS_REGION: 'ap-south-1', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x' };
    const assignments = Object.entries(env).map(([k, v]) => `${k}=${v}`);
    const withEnv = (args: string[]) => run('env', [...assignments, 'npx', 'sender-id-registration', ...args], appDir);

    const status = withEnv(['status']);
    expect(status.status).toBe(0);
    expect(status.stdout).toContain("No registrations with the construct's stack tag in ap-south-1.");
    const plan = withEnv(['plan', '--stack', 'SenderIds']);
    expect(plan.status).toBe(0);
    expect(plan.stdout).toContain('create: not deployed yet');
  } finally {
    registrar.kill('SIGINT');
  }
  // Ctrl-C (SIGINT) stops it, as documented: exit 0, the port freed.
  expect(await exited).toBe(0);
});

test('the first hour: rehearse --local keeps the registration; status, the reviewer\'s approval and plan work on it', () => {
  const cli = (...args: string[]) => run('npx', ['sender-id-registration', ...args], appDir);
  const local = ['--local', '.sender-id/registrar.json'];

  const rehearsal = cli('rehearse', ...local);
  expect(rehearsal.status).toBe(0);
  expect(rehearsal.stdout).toMatch(/status SUBMITTED · version 1/);
  expect(rehearsal.stdout).toContain('npx sender-id-registration status --local .sender-id/registrar.json');

  const status = cli('status', ...local, '--json');
  expect(status.status).toBe(0);
  const [kept] = JSON.parse(status.stdout) as Array<{ registrationId: string; registrationStatus: string; stackName: string }>;
  expect(kept).toEqual(expect.objectContaining({ registrationStatus: 'SUBMITTED', stackName: 'SenderIds' }));

  const approval = cli('registrar', 'approve', ...local, '--registration-id', kept.registrationId);
  expect(approval.status).toBe(0);
  expect(approval.stdout).toContain(`${kept.registrationId} version 1: APPROVED`);

  // The stack's account (111111111111) comes from the app: no flag names it.
  const plan = cli('plan', '--stack', 'SenderIds', ...local);
  expect(plan.status).toBe(0);
  expect(plan.stdout).toContain('DemoCo');
  expect(plan.stdout).toContain('no change (version 1 is APPROVED)');
});

test('the CLI documents its exit codes: --help is 0, a usage error is 2', () => {
  expect(run('npx', ['sender-id-registration', '--help'], appDir).status).toBe(0);
  const usage = run('npx', ['sender-id-registration', 'plan'], appDir);
  expect(usage.status).toBe(2);
  expect(usage.stderr).toContain('--stack is required');
});
