import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { catalogEntry } from '../../lib/core/forms/catalog';
import { RegistrationTypeCatalogEntry } from '../../lib/core/forms/types';
import { createFreshApp, packInto, run } from './fresh-app';

// Issue 18's promise, as a user lives it: `definitions sync` in their app, then `cdk synth` validates a type the
// bundled catalog lacks, exactly. The account is the local registrar from the installed package, serving a Malaysian
// form (not bundled). Slow (a pack, an npm install, synths): `npm run test:consumer`, not part of `npx jest`.

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-consumer-synced-'));
const appDir = path.join(work, 'app');

/** The account's Malaysian form: the common sections as Indonesia's form has them, a stricter sender ID and an SSM number. */
function malaysianForm(): RegistrationTypeCatalogEntry {
  const live = 'live, ap-southeast-1, 2026-12-06';
  const common = catalogEntry('ID_SENDER_ID_REGISTRATION')!.FieldDefinitions
    .filter((d) => d.SectionPath !== 'idSidSpecificInfo' && !d.FieldPath.startsWith('senderIdInfo.'))
    .map((d) => ({ ...d, TextValidation: d.TextValidation && { MinLength: 1, MaxLength: 1000 } }));
  const FieldDefinitions = [
    {
      SectionPath: 'senderIdInfo', FieldPath: 'senderIdInfo.senderId', FieldType: 'TEXT' as const, FieldRequirement: 'REQUIRED' as const,
      TextValidation: { MinLength: 3, MaxLength: 8, Pattern: '^[A-Za-z]+$' }, DisplayHints: { Title: 'Sender ID' },
    },
    {
      SectionPath: 'mySidSpecificInfo', FieldPath: 'mySidSpecificInfo.ssmNumber', FieldType: 'TEXT' as const, FieldRequirement: 'REQUIRED' as const,
      TextValidation: { MinLength: 12, MaxLength: 12, Pattern: '^[0-9]+$' }, DisplayHints: { Title: 'SSM registration number' },
    },
    ...common,
  ];
  return {
    RegistrationType: 'MY_SENDER_ID_REGISTRATION', IsoCountryCode: 'MY', Complete: true,
    Provenance: { Kind: 'LIVE', Source: live }, FieldDefinitions,
    FieldProvenance: Object.fromEntries(FieldDefinitions.map((d) => [d.FieldPath, { Source: live }])),
  };
}

/** The fresh app's India example, made a Malaysian registration: the form by type, its SSM number by path. */
function appSource(senderId: string): string {
  return `#!/usr/bin/env node
import { App, Stack } from 'aws-cdk-lib';
import { AreaOfBusiness, MonthlyMessageVolume, RegistrationField, RegistrationForm, SenderIdRegistration, UseCaseCategory } from 'cdk-sender-id-registration';
import { INDIA, withMembers } from './example-registrations';

const app = new App();
const stack = new Stack(app, 'SenderIds', { env: { account: '111111111111', region: 'ap-southeast-1' } });
new SenderIdRegistration(stack, 'DemoMy', {
  ...withMembers(INDIA, { AreaOfBusiness, UseCaseCategory, MonthlyMessageVolume }),
  form: RegistrationForm.other('MY_SENDER_ID_REGISTRATION'),
  senderId: '${senderId}',
  address: { line1: '1 Jalan Contoh', city: 'Kuala Lumpur', isoCountryCode: 'MY' },
  contact: { email: 'sms-registrations@example.com', phone: '+60355501000' },
  additionalFields: [RegistrationField.text('mySidSpecificInfo.ssmNumber', '202301012345')],
});
`;
}

let registrar: ReturnType<typeof spawn>;
let url: string;

beforeAll(async () => {
  createFreshApp(appDir, packInto(work));
  const accountForms = path.join(work, 'account-forms');
  fs.mkdirSync(accountForms);
  fs.writeFileSync(path.join(accountForms, 'MY_SENDER_ID_REGISTRATION.json'), JSON.stringify(malaysianForm()));
  const bin = path.join(appDir, 'node_modules', '.bin', 'sender-id-registration');
  registrar = spawn(process.execPath, [bin, 'registrar', '--port', '0', '--region', 'ap-southeast-1', '--definitions', accountForms],
    { cwd: appDir, stdio: ['ignore', 'pipe', 'pipe'] });
  url = await new Promise<string>((resolve, reject) => {
    registrar.stdout!.on('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    registrar.once('exit', (code) => reject(new Error(`the registrar exited with ${code}`)));
  });
});

afterAll(() => {
  registrar?.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
});

test('definitions sync, then cdk synth, validates the Malaysian form the bundled catalog lacks, exactly', () => {
  const env = { AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2: url, AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x' };
  const sync = run('env', [...Object.entries(env).map(([k, v]) => `${k}=${v}`),
    'npx', 'sender-id-registration', 'definitions', 'sync', '--region', 'ap-southeast-1', '--types', 'MY_SENDER_ID_REGISTRATION'], appDir);
  expect(sync.status).toBe(0);
  expect(fs.existsSync(path.join(appDir, 'sender-id-definitions', 'MY_SENDER_ID_REGISTRATION.json'))).toBe(true);

  // A 9-letter sender ID: the bundled catalog cannot know the account's limit of 8; the synced form does.
  fs.writeFileSync(path.join(appDir, 'bin', 'app.ts'), appSource('DEMOCOMPY'));
  const refused = run('npx', ['cdk', 'synth', '--quiet', '-o', 'cdk.out'], appDir);
  expect(refused.status).not.toBe(0);
  expect(refused.stderr).toContain('senderIdInfo.senderId ("Sender ID"): "DEMOCOMPY" is 9 characters, at most 8 allowed for MY_SENDER_ID_REGISTRATION');

  fs.writeFileSync(path.join(appDir, 'bin', 'app.ts'), appSource('DEMOCO'));
  const accepted = run('npx', ['cdk', 'synth', '--quiet', '-o', 'cdk.out'], appDir);
  expect(accepted.status).toBe(0);
  expect(accepted.stderr).not.toContain('MY_SENDER_ID_REGISTRATION is not in the bundled definitions catalog');

  // The review says which form synth used, and the date it was synced (today: sync writes its own date).
  const review = run('npx', ['sender-id-registration', 'review', '--assembly', 'cdk.out', '--out', 'review.md'], appDir);
  expect(review.status).toBe(0);
  expect(fs.readFileSync(path.join(appDir, 'review.md'), 'utf8'))
    .toContain(`Validated at synth against: synced from your account (live, ap-southeast-1, ${new Date().toISOString().slice(0, 10)})`);
});

test('rehearse serves the synced form and submits the registration on the embedded registrar', () => {
  const result = run('npx', ['sender-id-registration', 'rehearse', '--assembly', 'cdk.out'], appDir);
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/type MY_SENDER_ID_REGISTRATION · sender ID DEMOCO/);
  expect(result.stdout).toMatch(/status SUBMITTED · version 1/);
});
