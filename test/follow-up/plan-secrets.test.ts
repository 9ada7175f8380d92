import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SecretsManagerReader } from '../../lambda/secrets-api';
import { registrationApiFor, useHandlerDependencies, writeCalls } from '../support/local-registrar';
import { writeCloudAssembly } from './cloud-assembly-fixture';
import { deployedIn, managedIndia, STACK_NAME } from './deployed-states';
import { cli, printed, registrarForTools } from './follow-up-env';

// plan reads a secret-backed value with its read credentials to say whether a deploy would change it, and
// prints where the value comes from, never the value.
const SECRET = 'end-businesses/planted-co';
const ARN = `arn:aws:secretsmanager:ap-south-1:123456789012:secret:${SECRET}`;
const V1 = 'a1b2c3d4-0000-4000-8000-000000000001';
const V2 = 'a1b2c3d4-0000-4000-8000-000000000002';
const EMAIL = 'planted-secret-91ab@example.com';
const NEW_EMAIL = 'planted-secret-changed-7c2d@example.com';

/** India properties whose contact email comes from the secret, at a version. */
function withSecretEmail(senderId: string, versionId: string, key = 'email'): Record<string, unknown> {
  const props = managedIndia(senderId);
  const { 'contactInfo.emailAddress': _email, ...fields } = props.Fields as Record<string, string>;
  return { ...props, Fields: fields, SecretFields: { 'contactInfo.emailAddress': { SecretArn: ARN, JsonKey: key, VersionId: versionId } } };
}

const local = registrarForTools({ newVersionMode: 'copy' });
beforeEach(() => {
  local.current.admin.reset();
  local.current.admin.putSecret(SECRET, { email: EMAIL }, { versionId: V1 });
  // The handler reads the secret through the registrar too, as it would through Secrets Manager.
  const secrets = new SecretsManagerReader(new SecretsManagerClient({
    endpoint: local.current.url, region: 'ap-south-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  }));
  useHandlerDependencies({ api: registrationApiFor(local.current), isRollingBack: async () => false, secrets });
});

async function planOf(resources: Record<string, Record<string, unknown>>): Promise<string> {
  return printed(['plan', '--stack', STACK_NAME, '--app', writeCloudAssembly(STACK_NAME, 'ap-south-1', resources)]);
}

test('unchanged, changed and unreadable values from secrets, named by their secret, never by value', async () => {
  await deployedIn(local.current, 'approved', withSecretEmail('SAMEID', V1));
  await deployedIn(local.current, 'approved', withSecretEmail('NEWVER', V1));
  local.current.admin.putSecret(SECRET, { email: NEW_EMAIL }, { versionId: V2 });
  local.current.admin.clearCallLog();

  const output = await planOf({
    Same: withSecretEmail('SAMEID', V1),
    Changed: withSecretEmail('NEWVER', V2),
    Missing: withSecretEmail('SAMEID', V1, 'mail'),
  });
  const block = (id: string) => output.split('\n\n').find((b) => b.startsWith(`${id} · `)) ?? '';

  expect(block('Same')).toContain('no change (version 1 is APPROVED)');
  expect(block('Same')).toContain(`contactInfo.emailAddress from secret ${SECRET} key "email" (version ${V1}): unchanged`);
  expect(block('Changed')).toContain('new version 2 (version 1 is APPROVED) with 1 field change, then submit it for review');
  expect(block('Changed')).toContain(`~ contactInfo.emailAddress: from secret ${SECRET} key "email" (version ${V2})`);
  expect(block('Changed')).toContain(`contactInfo.emailAddress from secret ${SECRET} key "email" (version ${V2}): changed`);
  expect(block('Missing')).toContain('blocked: 1 value from secrets cannot be read, so the deploy would fail and write nothing');
  expect(block('Missing')).toContain(`from secret ${SECRET} key "mail" (version ${V1}): the secret has no key "mail"`);
  expect(output).not.toContain(EMAIL);
  expect(output).not.toContain(NEW_EMAIL);
  expect(writeCalls(local.current).filter((op) => op !== 'GetSecretValue')).toEqual([]);
});

test('a plan that cannot read a secret exits 1 and says how to give the values', async () => {
  // GIVEN a deployed registration whose declared value comes from a key the secret does not hold
  await deployedIn(local.current, 'approved', withSecretEmail('SAMEID', V1));

  // WHEN it is planned
  const run = await cli(['plan', '--stack', STACK_NAME, '--app', writeCloudAssembly(STACK_NAME, 'ap-south-1', { Missing: withSecretEmail('SAMEID', V1, 'mail') })]);

  // THEN the plan is printed, but the exit code blocks a CI job, and stderr names the way out
  expect(run.out).toContain('blocked: 1 value from secrets cannot be read');
  expect(run.code).toBe(1);
  expect(run.err).toContain('1 value from secrets could not be read');
  expect(run.err).toContain('--local <state file> --secrets FILE');
});
