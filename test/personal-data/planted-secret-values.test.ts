import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { RegistrationEvent } from '../../lambda/events';
import type { RegistrationHandler } from '../../lambda/handler';
import { SenderIdRegistration } from '../../lib';
import { runCustomResource } from '../../tools/provider-simulator';
import { RunningRegistrar, startRegistrar } from '../../tools/registrar';
import { registrationsOf, stageFileAssets } from '../../tools/rehearsal/cloud-assembly';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { BundledHandlers } from '../../tools/rehearsal/handler-bundle';
import { readAssembly } from '../../tools/review/assembly';
import { renderMarkdown } from '../../tools/review/render-markdown';
import { buildReview } from '../../tools/review/review';
import { INDONESIA_SECRET_NAME } from '../fixtures/example-registrations';
import { secretBackedIndonesiaProps } from '../fixtures/registration-props';

// The check: unique values planted in an Indonesian end business's secret appear nowhere but in the
// registration itself: not in the template or anything else in cdk.out, `cdk diff`, the review report, the
// handler's logs, an error, the attributes, or the events the Provider framework's waiter hands the handler.
const PLANTED = {
  email: 'planted-5e7b1d@example.com',
  phone: '+628119753102',
  addressLine1: 'Jalan Plantedvalue 5E7B',
  city: 'Plantedkota',
  registrationNumber: '9120005551234',
};
const ROOT = path.resolve(__dirname, '..', '..');
const STACK_NAME = 'SenderIds-Indonesia-Test';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-planted-'));
const cdkOut = path.join(work, 'cdk.out');

function secretsFile(values: Record<string, string>): string {
  const file = path.join(work, `secrets-${Object.keys(values).length}-${Date.now()}.json`);
  fs.writeFileSync(file, JSON.stringify({ [INDONESIA_SECRET_NAME]: values }));
  return file;
}

function expectNoPlantedValue(text: string): void {
  for (const value of Object.values(PLANTED)) expect(text).not.toContain(value);
  // Nor a recognizable part of one.
  expect(text).not.toMatch(/5e7b1d|8119753102|Plantedvalue|Plantedkota|9120005551234/);
}

/** Every text file under a folder, concatenated (the assets' documents are binary and fictional). */
function allText(dir: string): string {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(json|txt|csv|js|map)$/.test(e.name))
    .map((e) => fs.readFileSync(path.join(e.parentPath, e.name), 'utf8')).join('\n');
}

/** The bundle's handler, recording every event it is given: onEvent's, and each isComplete poll's (the waiter's input). */
function recording(handler: RegistrationHandler, events: RegistrationEvent[]): RegistrationHandler {
  return {
    onEvent: (event) => { events.push(event); return handler.onEvent(event); },
    isComplete: (event, context) => { events.push(event); return handler.isComplete(event, context); },
  };
}

/** Runs the Indonesian registration's Create through the handler bundle against a registrar holding `secrets`. */
async function deployIndonesia(secrets: string) {
  const registration = registrationsOf(cdkOut).find((r) => r.stackName === STACK_NAME)!;
  const s3Root = path.join(work, 's3');
  stageFileAssets(cdkOut, s3Root);
  const registrar: RunningRegistrar = await startRegistrar({
    region: registration.region, accountId: registration.account, s3Root, secretsFile: secrets, uploadCompleteAfterMs: 10,
  });
  const events: RegistrationEvent[] = [];
  const logged: string[] = [];
  // The bundle's logger writes JSON lines to stdout (through a console of its own, or the global one).
  const capture = (...args: unknown[]) => { logged.push(args.map(String).join(' ')); return true; };
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation(capture), jest.spyOn(process.stderr, 'write').mockImplementation(capture),
    ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => jest.spyOn(console, level).mockImplementation(capture)),
  ];
  // Every log line, debug included: the bundle reads the level when it loads (the tests otherwise silence it).
  const level = process.env.POWERTOOLS_LOG_LEVEL;
  process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
  try {
    const handler = recording(new BundledHandlers().for({ url: registrar.url, region: registration.region }), events);
    process.env.POWERTOOLS_LOG_LEVEL = level;
    const event = buildEvent({ LogicalResourceId: registration.logicalId, ResourceProperties: registration.properties });
    const outcome = await runCustomResource(handler, event, { pollIntervalMs: 5 }).then((o) => ({ ok: o }), (e: Error) => ({ error: e }));
    return { outcome, events, logs: logged.join(''), registrar };
  } finally {
    process.env.POWERTOOLS_LOG_LEVEL = level;
    spies.forEach((spy) => spy.mockRestore());
  }
}

beforeAll(() => {
  const app = new App({ outdir: cdkOut });
  const stack = new Stack(app, STACK_NAME, { env: { account: '111111111111', region: 'ap-southeast-1' } });
  const endBusiness = secretsmanager.Secret.fromSecretNameV2(stack, 'EndBusiness', INDONESIA_SECRET_NAME);
  new SenderIdRegistration(stack, 'Registration', secretBackedIndonesiaProps(endBusiness));
  app.synth();
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('the template and everything else in cdk.out hold the secret\'s reference, no value', () => {
  const template = fs.readFileSync(path.join(cdkOut, `${STACK_NAME}.template.json`), 'utf8');
  expect(template).toContain(`:secret:${INDONESIA_SECRET_NAME}`);
  expectNoPlantedValue(allText(cdkOut));
});

test('cdk diff of the move into the secret, which prints the changed properties, shows no value', () => {
  // The deployed template as it was before: the same registration with no secret references.
  const template = JSON.parse(fs.readFileSync(path.join(cdkOut, `${STACK_NAME}.template.json`), 'utf8'));
  for (const resource of Object.values(template.Resources as Record<string, any>)) {
    if (resource.Type === 'Custom::SenderIdRegistration') delete resource.Properties.SecretFields;
  }
  const before = path.join(work, 'before.template.json');
  fs.writeFileSync(before, JSON.stringify(template));
  const diff = spawnSync('npx', ['cdk', 'diff', '--app', cdkOut, '--template', before, STACK_NAME], {
    cwd: ROOT, encoding: 'utf8', timeout: 300_000,
    env: { ...process.env, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'ap-southeast-1', AWS_EC2_METADATA_DISABLED: 'true' },
  });
  const output = `${diff.stdout}\n${diff.stderr}`;
  expect(output).toContain('Custom::SenderIdRegistration');
  expect(output).toContain('SecretFields');
  expectNoPlantedValue(output);
});

test('the review report names the secret, no value', () => {
  const assembly = readAssembly(cdkOut, 'dev');
  const markdown = renderMarkdown(buildReview({ head: [assembly], base: [assembly], baseLabel: 'main' }));
  expect(markdown).toContain(`from secret ${INDONESIA_SECRET_NAME} key "email" (stage AWSCURRENT)`);
  expectNoPlantedValue(markdown);
});

test('a deploy writes the planted values into the registration, and none into logs, attributes or the waiter\'s events', async () => {
  const { outcome, events, logs, registrar } = await deployIndonesia(secretsFile(PLANTED));
  try {
    expect('ok' in outcome).toBe(true);
    const { ok } = outcome as { ok: { physicalResourceId: string; data: Record<string, string> } };
    // The registration itself holds the values: AWS reviewers read them.
    const registration = (registrar.admin.dumpState().registrations as any[]).find((r) => r.registrationId === ok.physicalResourceId);
    expect(registration.versions[0].values['contactInfo.emailAddress']).toEqual({ TextValue: PLANTED.email });
    expect(registration.versions[0].values['companyInfo.companyId']).toEqual({ TextValue: PLANTED.registrationNumber });
    expect(logs).toContain('"message":"plan"');
    expect(events.length).toBeGreaterThan(1);
    expectNoPlantedValue(logs);
    expectNoPlantedValue(JSON.stringify(events));
    expectNoPlantedValue(JSON.stringify(ok.data));
  } finally {
    await registrar.close();
  }
});

test('a planted value the form refuses, and a missing key, fail with errors that hold no value', async () => {
  const { outcome, logs, registrar } = await deployIndonesia(secretsFile({ ...PLANTED, phone: 'planted-5e7b1d-phone' }));
  await registrar.close();
  expect('error' in outcome).toBe(true);
  const message = (outcome as { error: Error }).error.message;
  expect(message).toMatch(/contactInfo\.phoneNumber .*\(a value from a secret, 20 characters\) must be an E\.164 phone number .*, but it contains letters/);
  expectNoPlantedValue(`${message}\n${logs}`);
  expect(message).not.toContain('planted-5e7b1d-phone');

  const { city: _city, ...noCity } = PLANTED;
  const missing = await deployIndonesia(secretsFile(noCity));
  await missing.registrar.close();
  const missingMessage = (missing.outcome as { error: Error }).error.message;
  expect(missingMessage).toContain(`companyAddress.city (from secret ${INDONESIA_SECRET_NAME} key "city" (stage AWSCURRENT)): the secret has no key "city"`);
  expectNoPlantedValue(`${missingMessage}\n${missing.logs}`);
});
