import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { RegistrationField, RegistrationForm, SenderIdRegistration, SenderIdRegistrationProps } from '../../lib';
import { catalogEntry } from '../../lib/core/forms/catalog';
import { DEFINITIONS_CONTEXT_KEY, readSyncedDefinitions } from '../../lib/core/forms/catalog/synced-definitions';
import { RegistrationTypeCatalogEntry } from '../../lib/core/forms/types';
import { FORM_IN_USE_METADATA } from '../../lib/synced-form';
import { COMMON, indiaProps } from '../construct/fixtures';

// An app's own synced definitions are what synth validates against, ahead of the bundled catalog: a type the bundle
// lacks is validated exactly, and a synced form of a bundled type replaces the bundled one.

/**
 * Malaysia: a form the bundled catalog does not have, as definitions sync writes it: the common sections (as
 * Indonesia's form has them) plus a sender ID rule and a field of its own.
 */
const LIVE = 'live, ap-southeast-1, 2026-12-06';
const common = catalogEntry('ID_SENDER_ID_REGISTRATION')!.FieldDefinitions
  .filter((d) => d.SectionPath !== 'idSidSpecificInfo' && d.FieldPath !== 'senderIdInfo.senderId' && d.FieldPath !== 'senderIdInfo.proofOfSenderIdConnection');
const LIVE_MALAYSIA: RegistrationTypeCatalogEntry = {
  RegistrationType: 'MY_SENDER_ID_REGISTRATION',
  IsoCountryCode: 'MY',
  Complete: true,
  Provenance: { Kind: 'LIVE', Source: LIVE },
  FieldDefinitions: [
    {
      SectionPath: 'senderIdInfo', FieldPath: 'senderIdInfo.senderId', FieldType: 'TEXT', FieldRequirement: 'REQUIRED',
      TextValidation: { MinLength: 3, MaxLength: 8, Pattern: '^[A-Za-z]+$' }, DisplayHints: { Title: 'Sender ID' },
    },
    {
      SectionPath: 'mySidSpecificInfo', FieldPath: 'mySidSpecificInfo.ssmNumber', FieldType: 'TEXT', FieldRequirement: 'REQUIRED',
      TextValidation: { MinLength: 12, MaxLength: 12, Pattern: '^[0-9]+$' }, DisplayHints: { Title: 'SSM registration number' },
    },
    ...common,
  ],
  FieldProvenance: Object.fromEntries(['senderIdInfo.senderId', 'mySidSpecificInfo.ssmNumber', ...common.map((d) => d.FieldPath)]
    .map((p) => [p, { Source: LIVE }])),
};

function folderWith(...entries: RegistrationTypeCatalogEntry[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-definitions-'));
  for (const entry of entries) fs.writeFileSync(path.join(dir, `${entry.RegistrationType}.json`), JSON.stringify(entry));
  return dir;
}

function synth(props: SenderIdRegistrationProps, folder: string | undefined, region = 'ap-southeast-1') {
  const app = new App({ context: folder === undefined ? {} : { [DEFINITIONS_CONTEXT_KEY]: folder } });
  const stack = new Stack(app, 'Synced', { env: { account: '123456789012', region } });
  const registration = new SenderIdRegistration(stack, 'Registration', props);
  const errors = registration.node.validate();
  const warnings = registration.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => String(m.data));
  const form = registration.node.findAll().flatMap((c) => c.node.metadata).find((m) => m.type === FORM_IN_USE_METADATA)?.data;
  return { errors, warnings, form };
}

const malaysia = (senderId: string, ssm: string): SenderIdRegistrationProps => ({
  ...COMMON, senderId, form: RegistrationForm.other('MY_SENDER_ID_REGISTRATION'),
  address: { line1: '1 Jalan Contoh', city: 'Kuala Lumpur', isoCountryCode: 'MY' },
  additionalFields: [RegistrationField.text('mySidSpecificInfo.ssmNumber', ssm)],
});

describe('a type only the app\'s synced definitions have', () => {
  test('without them, synth only warns that the type is unknown', () => {
    const { errors, warnings } = synth(malaysia('DEMO-CO-TOO-LONG', '12'), undefined);
    expect(errors).toEqual([]);
    expect(warnings).toContainEqual(expect.stringMatching(/^MY_SENDER_ID_REGISTRATION is not in the bundled definitions catalog/));
  });

  test('with them, every rule of the synced form fails synth, naming the field, the value and what is allowed', () => {
    const { errors } = synth(malaysia('DEMO-CO-TOO-LONG', '12'), folderWith(LIVE_MALAYSIA));
    expect(errors).toEqual([
      'senderIdInfo.senderId ("Sender ID"): "DEMO-CO-TOO-LONG" is 16 characters, at most 8 allowed for MY_SENDER_ID_REGISTRATION',
      'senderIdInfo.senderId ("Sender ID"): "DEMO-CO-TOO-LONG" must match ^[A-Za-z]+$ for MY_SENDER_ID_REGISTRATION',
      // A field no personal-data list knows is shown only as its length.
      'mySidSpecificInfo.ssmNumber ("SSM registration number"): (hidden personal data, 2 characters) is 2 characters, at least 12 allowed for MY_SENDER_ID_REGISTRATION',
    ]);
  });

  test('a valid registration synthesizes, and the form used and its date are recorded for review and rehearse', () => {
    const folder = folderWith(LIVE_MALAYSIA);
    const { errors, warnings, form } = synth(malaysia('DEMOCO', '202301012345'), folder);
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => /MY_SENDER_ID_REGISTRATION/.test(w))).toEqual([]);
    expect(form).toEqual({ registrationType: 'MY_SENDER_ID_REGISTRATION', origin: 'synced', source: LIVE, folder });
  });

  test('a field the synced (complete) form lacks is named as outside the synced form', () => {
    const props = malaysia('DEMOCO', '202301012345');
    const { warnings } = synth({ ...props, additionalFields: [...props.additionalFields!, RegistrationField.text('mySidSpecificInfo.extra', 'x')] },
      folderWith(LIVE_MALAYSIA));
    expect(warnings).toContainEqual(expect.stringMatching(
      /^mySidSpecificInfo\.extra: is not in the synced \(live, ap-southeast-1, 2026-12-06\) MY_SENDER_ID_REGISTRATION definitions/));
  });
});

test('a synced form of a bundled type replaces the bundled one: India\'s live sender ID limit of 5 refuses a 6-letter one', () => {
  const india = catalogEntry('IN_SENDER_ID_REGISTRATION')!;
  const liveIndia: RegistrationTypeCatalogEntry = {
    ...india,
    Provenance: { Kind: 'LIVE', Source: 'live, ap-south-1, 2026-12-06' },
    FieldDefinitions: india.FieldDefinitions.map((d) => (d.FieldPath === 'senderIdInfo.senderId' ? { ...d, TextValidation: { ...d.TextValidation!, MaxLength: 5 } } : d)),
    FieldProvenance: Object.fromEntries(india.FieldDefinitions.map((d) => [d.FieldPath, { Source: 'live, ap-south-1, 2026-12-06' }])),
  };
  expect(synth(indiaProps(), undefined, 'ap-south-1').errors).toEqual([]);
  const { errors, form } = synth(indiaProps(), folderWith(liveIndia), 'ap-south-1');
  expect(errors).toEqual([expect.stringContaining('senderIdInfo.senderId ("Sender ID"): "DEMOCO" is 6 characters, at most 5 allowed')]);
  expect(form).toEqual(expect.objectContaining({ origin: 'synced', source: 'live, ap-south-1, 2026-12-06' }));
});

describe('the folder', () => {
  test('without context, ./sender-id-definitions is used if definitions sync wrote it', () => {
    const appDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-app-'));
    fs.renameSync(folderWith(LIVE_MALAYSIA), path.join(appDir, 'sender-id-definitions'));
    const cwd = process.cwd();
    try {
      process.chdir(appDir);
      expect(synth(malaysia('DEMOCOTOOLONG', '202301012345'), undefined).errors).toEqual([expect.stringContaining('at most 8 allowed')]);
    } finally {
      process.chdir(cwd);
    }
  });

  test('a folder named in context that does not exist fails, saying how to create it', () => {
    expect(() => synth(malaysia('DEMOCO', '202301012345'), '/nonexistent/defs')).toThrow(
      /sender-id-registration:definitions: \/nonexistent\/defs is not a folder; create it with `npx sender-id-registration definitions sync/);
  });

  test('a malformed file fails, naming the file and what is wrong', () => {
    const dir = folderWith(LIVE_MALAYSIA);
    fs.writeFileSync(path.join(dir, 'JO_SENDER_ID_REGISTRATION.json'), JSON.stringify({ ...LIVE_MALAYSIA, RegistrationType: 'JO_SENDER_ID_REGISTRATION', FieldProvenance: {} }));
    fs.writeFileSync(path.join(dir, 'KE_SENDER_ID_REGISTRATION.json'), '{ not json');
    expect(() => readSyncedDefinitions(dir)).toThrow(/JO_SENDER_ID_REGISTRATION\.json is malformed:\n {2}- FieldDefinitions senderIdInfo\.senderId: has no FieldProvenance record/);
    fs.rmSync(path.join(dir, 'JO_SENDER_ID_REGISTRATION.json'));
    expect(() => readSyncedDefinitions(dir)).toThrow(/Synced definitions file .*KE_SENDER_ID_REGISTRATION\.json is not JSON/);
  });
});
