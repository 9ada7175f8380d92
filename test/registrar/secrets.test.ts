import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { RunningRegistrar, startRegistrar } from '../../tools/registrar';
import { rejectionOf } from './helpers';

/** GetSecretValue on the local registrar, through the real Secrets Manager client (AWS JSON 1.1, fake credentials). */

const EMAIL = 'sms-registrations@example.com';
const ROTATED_EMAIL = 'sms-team@example.com';
const PINNED_VERSION = 'aaaaaaaa-bbbb-4ccc-8ddd-000000000001';
const PREVIOUS_VERSION = 'aaaaaaaa-bbbb-4ccc-8ddd-000000000000';

const SECRETS = {
  'registrations/acme': { email: EMAIL, phone: '+622155500001' },
  'registrations/plain': 'just text',
  'registrations/rotated': {
    versions: [
      { versionId: PREVIOUS_VERSION, stages: ['AWSPREVIOUS'], value: { email: EMAIL } },
      { versionId: PINNED_VERSION, stages: ['AWSCURRENT'], value: { email: ROTATED_EMAIL } },
    ],
  },
};

let registrar: RunningRegistrar;
let client: SecretsManagerClient;
let secretsFile: string;

beforeAll(async () => {
  secretsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'registrar-secrets-')), 'secrets.json');
  fs.writeFileSync(secretsFile, JSON.stringify(SECRETS));
  registrar = await startRegistrar({ region: 'ap-southeast-1', accountId: '111111111111', secretsFile });
  client = new SecretsManagerClient({
    endpoint: registrar.url, region: 'ap-southeast-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1,
  });
});

afterAll(async () => {
  client.destroy();
  await registrar.close();
  fs.rmSync(path.dirname(secretsFile), { recursive: true, force: true });
});

beforeEach(() => registrar.admin.clearCallLog());

const get = (input: { SecretId: string; VersionId?: string; VersionStage?: string }) => client.send(new GetSecretValueCommand(input));

describe('GetSecretValue finds a secret', () => {
  test('by name: the AWSCURRENT version of a JSON secret, with its ARN, name, version and stages', async () => {
    const out = await get({ SecretId: 'registrations/acme' });
    expect(JSON.parse(out.SecretString!)).toEqual(SECRETS['registrations/acme']);
    expect(out.Name).toBe('registrations/acme');
    expect(out.ARN).toMatch(/^arn:aws:secretsmanager:ap-southeast-1:111111111111:secret:registrations\/acme-[A-Za-z0-9]{6}$/);
    expect(out.VersionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(out.VersionStages).toEqual(['AWSCURRENT']);
    expect(out.CreatedDate).toBeInstanceOf(Date);
  });

  test('a string value is the secret string itself', async () => {
    expect((await get({ SecretId: 'registrations/plain' })).SecretString).toBe('just text');
  });

  test('by partial ARN (no suffix, as Secret.fromSecretNameV2 renders it) and by complete ARN', async () => {
    const partial = await get({ SecretId: 'arn:aws:secretsmanager:ap-southeast-1:111111111111:secret:registrations/acme' });
    const complete = await get({ SecretId: partial.ARN! });
    expect(complete.Name).toBe('registrations/acme');
    expect(complete.VersionId).toBe(partial.VersionId);
  });

  test('by version id, by stage, and by both when they name the same version', async () => {
    expect(JSON.parse((await get({ SecretId: 'registrations/rotated' })).SecretString!).email).toBe(ROTATED_EMAIL);
    expect(JSON.parse((await get({ SecretId: 'registrations/rotated', VersionStage: 'AWSPREVIOUS' })).SecretString!).email).toBe(EMAIL);
    const byId = await get({ SecretId: 'registrations/rotated', VersionId: PREVIOUS_VERSION });
    expect(byId.VersionStages).toEqual(['AWSPREVIOUS']);
    expect(JSON.parse(byId.SecretString!).email).toBe(EMAIL);
    expect((await get({ SecretId: 'registrations/rotated', VersionId: PINNED_VERSION, VersionStage: 'AWSCURRENT' })).VersionId).toBe(PINNED_VERSION);
  });

  test('a version put through the admin becomes AWSCURRENT, and the one before it AWSPREVIOUS', async () => {
    registrar.admin.putSecret('registrations/admin-put', { email: EMAIL });
    const second = registrar.admin.putSecret('registrations/admin-put', { email: ROTATED_EMAIL });
    const current = await get({ SecretId: 'registrations/admin-put' });
    expect(current.VersionId).toBe(second.versionId);
    expect(JSON.parse(current.SecretString!).email).toBe(ROTATED_EMAIL);
    expect(JSON.parse((await get({ SecretId: 'registrations/admin-put', VersionStage: 'AWSPREVIOUS' })).SecretString!).email).toBe(EMAIL);
  });
});

describe('GetSecretValue refuses as the service does, in the JSON 1.1 error shape the SDK raises', () => {
  test('a secret that does not exist, or a complete ARN with the wrong suffix, or another account: ResourceNotFoundException', async () => {
    for (const SecretId of [
      'registrations/nobody',
      'arn:aws:secretsmanager:ap-southeast-1:111111111111:secret:registrations/acme-ZZZZZZ',
      'arn:aws:secretsmanager:ap-southeast-1:222222222222:secret:registrations/acme',
    ]) {
      const error = await rejectionOf(get({ SecretId }));
      expect(error.name).toBe('ResourceNotFoundException');
      expect(error.message).toBe("Secrets Manager can't find the specified secret.");
      expect(error.$metadata.httpStatusCode).toBe(400);
    }
  });

  test('a version id or stage the secret does not have: ResourceNotFoundException naming it', async () => {
    const byId = await rejectionOf(get({ SecretId: 'registrations/acme', VersionId: PINNED_VERSION }));
    expect(byId.name).toBe('ResourceNotFoundException');
    expect(byId.message).toBe(`Secrets Manager can't find the specified secret value for VersionId: ${PINNED_VERSION}`);
    const byStage = await rejectionOf(get({ SecretId: 'registrations/acme', VersionStage: 'AWSPENDING' }));
    expect(byStage.message).toBe("Secrets Manager can't find the specified secret value for staging label: AWSPENDING");
  });

  test('a version id and a stage of different versions: InvalidRequestException', async () => {
    const error = await rejectionOf(get({ SecretId: 'registrations/rotated', VersionId: PINNED_VERSION, VersionStage: 'AWSPREVIOUS' }));
    expect(error.name).toBe('InvalidRequestException');
  });

  test.each([
    ['a version id under 32 characters', { SecretId: 'registrations/acme', VersionId: 'v1' }, "'versionId'", 'greater than or equal to 32'],
    ['a version id over 64 characters', { SecretId: 'registrations/acme', VersionId: 'x'.repeat(65) }, "'versionId'", 'less than or equal to 64'],
    ['an empty stage', { SecretId: 'registrations/acme', VersionStage: '' }, "'versionStage'", 'greater than or equal to 1'],
    ['a stage over 256 characters', { SecretId: 'registrations/acme', VersionStage: 'S'.repeat(257) }, "'versionStage'", 'less than or equal to 256'],
    ['a secret id over 2048 characters', { SecretId: 's'.repeat(2049) }, "'secretId'", 'less than or equal to 2048'],
  ])('%s: ValidationException naming the member and the constraint', async (_what, input, member, constraint) => {
    const error = await rejectionOf(get(input));
    expect(error.name).toBe('ValidationException');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toContain(member);
    expect(error.message).toContain(constraint);
  });

  test('the raw answer: HTTP 400, application/x-amz-json-1.1, x-amzn-errortype and __type', async () => {
    const response = await fetch(`${registrar.url}/`, {
      method: 'POST',
      headers: { 'x-amz-target': 'secretsmanager.GetSecretValue', 'content-type': 'application/x-amz-json-1.1' },
      body: JSON.stringify({ SecretId: 'registrations/acme', VersionId: 'short' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(response.headers.get('x-amzn-errortype')).toBe('ValidationException');
    const body = (await response.json()) as { __type: string; Message: string };
    expect(body.__type).toBe('ValidationException');
    expect(body.Message).toMatch(/^1 validation error detected: /);
  });

  test('a missing SecretId: ValidationException', async () => {
    const response = await fetch(`${registrar.url}/`, {
      method: 'POST', headers: { 'x-amz-target': 'secretsmanager.GetSecretValue', 'content-type': 'application/x-amz-json-1.1' }, body: '{}',
    });
    expect(((await response.json()) as { Message: string }).Message).toContain("Value null at 'secretId' failed to satisfy constraint: Member must not be null");
  });

  test('an operation the registrar does not answer: UnknownOperationException', async () => {
    const response = await fetch(`${registrar.url}/`, {
      method: 'POST',
      headers: { 'x-amz-target': 'secretsmanager.PutSecretValue', 'content-type': 'application/x-amz-json-1.1' },
      body: JSON.stringify({ SecretId: 'registrations/acme', SecretString: 'a value to keep out of the log' }),
    });
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    expect(JSON.stringify(registrar.admin.callLog())).not.toContain('a value to keep out of the log');
  });

  test('a fault injected on GetSecretValue reaches the SDK by its name', async () => {
    registrar.admin.failNext('GetSecretValue', 1, 'AccessDeniedException');
    expect((await rejectionOf(get({ SecretId: 'registrations/acme' }))).name).toBe('AccessDeniedException');
    expect((await get({ SecretId: 'registrations/acme' })).Name).toBe('registrations/acme');
  });
});

describe('a secret\'s value is never recorded', () => {
  test('the call log has each read with its ids and outcome, and no value', async () => {
    await get({ SecretId: 'registrations/acme' });
    await get({ SecretId: 'registrations/rotated', VersionId: PREVIOUS_VERSION });
    await rejectionOf(get({ SecretId: 'registrations/nobody' }));
    const calls = registrar.admin.callLog();
    expect(calls.map((c) => [c.operation, c.params.SecretId, c.outcome, c.region])).toEqual([
      ['GetSecretValue', 'registrations/acme', 'ok', 'ap-southeast-1'],
      ['GetSecretValue', 'registrations/rotated', 'ok', 'ap-southeast-1'],
      ['GetSecretValue', 'registrations/nobody', 'ResourceNotFoundException', 'ap-southeast-1'],
    ]);
    expect(calls[1].params.VersionId).toBe(PREVIOUS_VERSION);
    const log = JSON.stringify(calls);
    for (const value of [EMAIL, ROTATED_EMAIL, '+622155500001', 'just text']) expect(log).not.toContain(value);
  });

  test('nor in the state dump or the list of secrets', () => {
    const dumped = JSON.stringify([registrar.admin.dumpState(), registrar.admin.secrets()]);
    expect(dumped).not.toContain(EMAIL);
    expect(registrar.admin.secrets().map((s) => s.name)).toEqual(expect.arrayContaining(['registrations/acme', 'registrations/rotated']));
  });

  test('nor in the error of a secrets file that is not valid JSON, or of a value that is not text', async () => {
    const bad = path.join(path.dirname(secretsFile), 'bad.json');
    fs.writeFileSync(bad, '{"registrations/acme": {"email": sms-registrations@example.com}}');
    await expect(startRegistrar({ secretsFile: bad })).rejects.toThrow(/bad\.json: is not valid JSON/);
    await expect(startRegistrar({ secretsFile: bad })).rejects.not.toThrow(/example\.com/);
    await expect(startRegistrar({ secrets: { 'registrations/acme': 42 as unknown as string } })).rejects.toThrow(
      'secret registrations/acme version 1: the value must be a string or a JSON object');
  });

  test('nor on the registrar\'s stdout or stderr', async () => {
    const written: string[] = [];
    const spies = [
      jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0),
      jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0),
      ...(['log', 'error', 'warn', 'info', 'debug'] as const).map((m) => jest.spyOn(console, m).mockImplementation((...args) => {
        written.push(args.map(String).join(' '));
      })),
    ];
    try {
      await get({ SecretId: 'registrations/acme' });
      await rejectionOf(get({ SecretId: 'registrations/acme', VersionId: 'short' }));
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    expect(written.join('\n')).not.toContain(EMAIL);
  });
});
