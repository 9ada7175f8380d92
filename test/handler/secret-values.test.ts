import { logger } from '../../lambda/logger';
import { indonesiaProperties, makeS3Root } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { FakeSecrets } from '../support/fake-secrets';
import { registrationApiFor, runCustomResource, startHandlerAgainstRegistrar, useHandlerDependencies, writeCalls } from '../support/local-registrar';

// Values from Secrets Manager: the event carries references, the handler reads them before it
// validates or writes anything, and no value reaches a message, a log line or an attribute.
const SECRET_ARN = 'arn:aws:secretsmanager:ap-south-1:123456789012:secret:end-businesses/expay-AbCdEf';
const V1 = 'a1b2c3d4-0000-4000-8000-000000000001';
const V2 = 'a1b2c3d4-0000-4000-8000-000000000002';

/** Values no other fixture holds, so finding one anywhere means it leaked. */
const PLANTED = {
  email: 'planted-7f3a9c@example.com',
  phone: '+628119876543',
  line1: 'Jalan Planted 7F3A9C',
  companyId: 'PLANTED7F3A9C',
};

const SECRET_PATHS: Record<string, keyof typeof PLANTED> = {
  'contactInfo.emailAddress': 'email',
  'contactInfo.phoneNumber': 'phone',
  'companyAddress.address1': 'line1',
  'companyInfo.companyId': 'companyId',
};

/** Indonesia's properties with contact, address line and company number from the secret, as the construct renders them. */
function secretBacked(version: { VersionId?: string; VersionStage?: string } = { VersionStage: 'AWSCURRENT' }, overrides: Record<string, unknown> = {}) {
  const base = indonesiaProperties(overrides);
  const fields = Object.fromEntries(Object.entries(base.Fields as Record<string, unknown>).filter(([path]) => !(path in SECRET_PATHS)));
  const secretFields = Object.fromEntries(Object.entries(SECRET_PATHS)
    .map(([path, key]) => [path, { SecretArn: SECRET_ARN, JsonKey: key, ...version }]));
  return { ...base, Fields: fields, SecretFields: secretFields };
}

let registrar: RunningRegistrar;
let secrets: FakeSecrets;
let logged: string[];
let rollingBack = false;
beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar({ region: 'ap-southeast-1', s3Root: makeS3Root() });
});
afterAll(async () => registrar.close());
beforeEach(() => {
  registrar.admin.reset();
  secrets = new FakeSecrets();
  secrets.put(SECRET_ARN, V1, { ...PLANTED });
  useHandlerDependencies({ api: registrationApiFor(registrar, 'ap-southeast-1'), isRollingBack: async () => rollingBack, secrets });
  rollingBack = false;
  logged = [];
  for (const level of ['debug', 'info', 'warn', 'error'] as const) {
    jest.spyOn(logger, level).mockImplementation((...args: unknown[]) => { logged.push(JSON.stringify(args)); });
  }
});
afterEach(() => jest.restoreAllMocks());

function registration(id: string): any {
  return (registrar.admin.dumpState().registrations as any[]).find((r) => r.registrationId === id);
}

function latestValues(id: string): Record<string, any> {
  const versions = registration(id).versions as any[];
  return versions[versions.length - 1].values;
}

function expectNoPlantedValue(...texts: string[]): void {
  const all = [...texts, ...logged].join('\n');
  for (const value of Object.values(PLANTED)) expect(all).not.toContain(value);
}

async function create(props: Record<string, unknown>) {
  return runCustomResource(buildEvent({ ResourceProperties: props }));
}

/** The stack event's reason of a create that fails. */
async function failedCreate(props: Record<string, unknown>): Promise<string> {
  const error = await create(props).then(() => undefined, (e: Error) => e);
  if (!error) throw new Error('the create succeeded');
  return error.message;
}

test('create: the secret-backed fields hold the secret\'s values; the event, the attributes and the logs hold none', async () => {
  const props = secretBacked();
  const outcome = await create(props);

  const values = latestValues(outcome.physicalResourceId);
  for (const [path, key] of Object.entries(SECRET_PATHS)) expect(values[path]).toEqual({ TextValue: PLANTED[key] });
  expect(values['senderIdInfo.senderId']).toEqual({ TextValue: 'EXPAYID' });
  // One JSON secret, one version: read once per invocation (onEvent, then each poll) however many fields it holds.
  expect(secrets.reads).toBe(1 + outcome.polls);
  expectNoPlantedValue(JSON.stringify(props), JSON.stringify(outcome.data));
});

test('a new version reference with a changed value writes exactly that field; the same value writes nothing', async () => {
  const draft = { Submit: 'false' };
  const v1 = secretBacked({ VersionId: V1 }, draft);
  const { physicalResourceId: id } = await create(v1);

  secrets.put(SECRET_ARN, V2, { ...PLANTED, email: 'planted-changed-1d2e@example.com' });
  const v2 = secretBacked({ VersionId: V2 }, draft);
  registrar.admin.clearCallLog();
  const changed = await runCustomResource(buildEvent({ RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: v1, ResourceProperties: v2 }));

  expect(changed.physicalResourceId).toBe(id);
  // The field, then the fingerprint of what was written (for drift; a digest, never the value).
  expect(writeCalls(registrar)).toEqual(['PutRegistrationFieldValue', 'TagResource']);
  expect(latestValues(id)['contactInfo.emailAddress']).toEqual({ TextValue: 'planted-changed-1d2e@example.com' });

  const v3Id = 'a1b2c3d4-0000-4000-8000-000000000003';
  secrets.put(SECRET_ARN, v3Id, { ...PLANTED, email: 'planted-changed-1d2e@example.com' });
  registrar.admin.clearCallLog();
  const same = await runCustomResource(buildEvent({
    RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: v2, ResourceProperties: secretBacked({ VersionId: v3Id }, draft),
  }));

  expect(same.physicalResourceId).toBe(id);
  expect(writeCalls(registrar)).toEqual([]);
});

test('a resolved value the live form refuses fails the create before anything is written, without quoting it', async () => {
  secrets.put(SECRET_ARN, V2, { ...PLANTED, phone: 'planted-not-a-phone' });
  const reason = await failedCreate(secretBacked());

  expect(reason).toMatch(/contactInfo\.phoneNumber .*\(a value from a secret, 19 characters\) must be an E\.164 phone number .*, but it contains letters/);
  expect(writeCalls(registrar)).toEqual([]);
  expectNoPlantedValue(reason);
  expect(reason).not.toContain('planted-not-a-phone');
});

test('a value from a secret is never quoted, even in a field that is public when given as text', async () => {
  const props = secretBacked();
  const withName = {
    ...props,
    Fields: Object.fromEntries(Object.entries(props.Fields).filter(([path]) => path !== 'companyInfo.companyName')),
    SecretFields: { ...props.SecretFields, 'companyInfo.companyName': { SecretArn: SECRET_ARN, JsonKey: 'name', VersionStage: 'AWSCURRENT' } },
  };
  secrets.put(SECRET_ARN, V2, { ...PLANTED, name: `Planted ${'x'.repeat(120)}` });
  const reason = await failedCreate(withName);

  expect(reason).toMatch(/companyInfo\.companyName .*\(a value from a secret, 128 characters\)/);
  expect(reason).not.toContain('Planted');
  expect(writeCalls(registrar)).toEqual([]);
});

test('a missing secret or key fails naming the field and the secret, and nothing is written', async () => {
  const props = secretBacked();
  const missing = {
    ...props,
    SecretFields: {
      ...props.SecretFields,
      'contactInfo.emailAddress': { SecretArn: `${SECRET_ARN.replace('expay-AbCdEf', 'gone-QwErTy')}`, JsonKey: 'email', VersionStage: 'AWSCURRENT' },
      'contactInfo.phoneNumber': { SecretArn: SECRET_ARN, JsonKey: 'mobile', VersionStage: 'AWSCURRENT' },
    },
  };
  const reason = await failedCreate(missing);

  expect(reason).toContain('contactInfo.emailAddress (from secret end-businesses/gone key "email" (stage AWSCURRENT)): the secret was not found');
  expect(reason).toContain('contactInfo.phoneNumber (from secret end-businesses/expay key "mobile" (stage AWSCURRENT)): the secret has no key "mobile"');
  expect(reason).toContain('nothing was created or changed');
  expect(writeCalls(registrar)).toEqual([]);
  expectNoPlantedValue(reason);
});

test('a secret that is not JSON, or a key that is not text, is named without its content', async () => {
  secrets.put(SECRET_ARN, V2, 'planted-7f3a9c@example.com');
  const notJson = await failedCreate(secretBacked());
  expect(notJson).toContain('the secret is not a JSON object, so it has no key "email"');
  expectNoPlantedValue(notJson);

  secrets.put(SECRET_ARN, 'a1b2c3d4-0000-4000-8000-000000000009', { ...PLANTED, phone: 628119876543 });
  const number = await failedCreate(secretBacked());
  expect(number).toContain('contactInfo.phoneNumber (from secret end-businesses/expay key "phone" (stage AWSCURRENT)): the secret has key "phone", but it holds a number, not text');
  expect(writeCalls(registrar)).toEqual([]);
});

test('a rollback whose secret version was deleted since keeps the registration as it is, instead of failing the rollback', async () => {
  const draft = { Submit: 'false' };
  const gone = 'a1b2c3d4-0000-4000-8000-0000000000ff';
  const before = secretBacked({ VersionId: gone }, draft);
  const now = secretBacked({ VersionId: V1 }, draft);
  const { physicalResourceId: id } = await create(now);
  rollingBack = true;
  registrar.admin.clearCallLog();

  const outcome = await runCustomResource(buildEvent({ RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: now, ResourceProperties: before }));

  expect(outcome.physicalResourceId).toBe(id);
  expect(writeCalls(registrar)).toEqual([]);
  expect(logged.join('\n')).toContain('the registration could not follow the rollback');
  expectNoPlantedValue();
});
