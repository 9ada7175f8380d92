import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  CreateRegistrationCommand, DescribeRegistrationFieldDefinitionsCommand, DescribeRegistrationTypeDefinitionsCommand,
  PutRegistrationFieldValueCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { catalogEntries, catalogEntry } from '../../lib/core/forms/catalog';
import { RegistrationTypeCatalogEntry } from '../../lib/core/forms/types';
import { servedCatalog } from '../../tools/registrar/catalog';
import { rejectionOf, useRegistrar } from './helpers';

// What a rehearsal's registrar serves: the app's synced forms first, then every bundled type, and no rule the bundled
// catalog only assumed (the service enforces its own rules, not our guesses).

const LIVE = 'live, ap-southeast-1, 2026-12-06';
const LIVE_MALAYSIA: RegistrationTypeCatalogEntry = {
  RegistrationType: 'MY_SENDER_ID_REGISTRATION',
  IsoCountryCode: 'MY',
  Complete: true,
  Provenance: { Kind: 'LIVE', Source: LIVE },
  FieldDefinitions: [{
    SectionPath: 'senderIdInfo', FieldPath: 'senderIdInfo.senderId', FieldType: 'TEXT', FieldRequirement: 'REQUIRED',
    TextValidation: { MinLength: 3, MaxLength: 8, Pattern: '^[A-Za-z]+$' }, DisplayHints: { Title: 'Sender ID' },
  }],
  FieldProvenance: { 'senderIdInfo.senderId': { Source: LIVE } },
};
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-definitions-'));
fs.writeFileSync(path.join(folder, 'MY_SENDER_ID_REGISTRATION.json'), JSON.stringify(LIVE_MALAYSIA));

const { client } = useRegistrar({ catalog: servedCatalog(folder) });

async function create(registrationType: string): Promise<string> {
  return (await client().send(new CreateRegistrationCommand({ RegistrationType: registrationType }))).RegistrationId!;
}

test('every bundled type and the app\'s synced one are offered', async () => {
  const offered: string[] = [];
  let NextToken: string | undefined;
  do {
    const page = await client().send(new DescribeRegistrationTypeDefinitionsCommand({ NextToken, MaxResults: 100 }));
    offered.push(...page.RegistrationTypeDefinitions!.map((d) => d.RegistrationType!));
    NextToken = page.NextToken;
  } while (NextToken);
  expect(offered.sort()).toEqual([...catalogEntries().map((e) => e.RegistrationType), 'MY_SENDER_ID_REGISTRATION'].sort());
});

test('the synced form is served verbatim and enforced', async () => {
  const out = await client().send(new DescribeRegistrationFieldDefinitionsCommand({ RegistrationType: 'MY_SENDER_ID_REGISTRATION' }));
  expect(JSON.parse(JSON.stringify(out.RegistrationFieldDefinitions))).toEqual(LIVE_MALAYSIA.FieldDefinitions);
  const RegistrationId = await create('MY_SENDER_ID_REGISTRATION');
  const error = await rejectionOf(client().send(new PutRegistrationFieldValueCommand({ RegistrationId, FieldPath: 'senderIdInfo.senderId', TextValue: 'DEMO1' })));
  expect(error.message).toMatch(/senderIdInfo\.senderId .*must match \^\[A-Za-z\]\+\$/);
});

test('an assumed rule is not enforced: Indonesia takes the 21-character opt-in the AWS-authored script sends', async () => {
  const RegistrationId = await create('ID_SENDER_ID_REGISTRATION');
  await expect(client().send(new PutRegistrationFieldValueCommand({
    RegistrationId, FieldPath: 'messagingUseCase.optInDescription', TextValue: 'Users opt in on site.',
  }))).resolves.toBeDefined();
  // India's page states 40-500 for India: its own rule is still enforced.
  const india = await create('IN_SENDER_ID_REGISTRATION');
  const error = await rejectionOf(client().send(new PutRegistrationFieldValueCommand({
    RegistrationId: india, FieldPath: 'messagingUseCase.optInDescription', TextValue: 'Users opt in on site.',
  })));
  expect(error.message).toMatch(/at least 40/);
});

test('a country\'s own sourced rule stays: the Philippines page\'s 3-11 alphanumeric sender ID', async () => {
  expect(catalogEntry('PH_SENDER_ID_REGISTRATION')!.FieldProvenance['senderIdInfo.senderId'].Assumed).toEqual(['FieldPath']);
  const RegistrationId = await create('PH_SENDER_ID_REGISTRATION');
  const error = await rejectionOf(client().send(new PutRegistrationFieldValueCommand({ RegistrationId, FieldPath: 'senderIdInfo.senderId', TextValue: 'AB' })));
  expect(error.message).toMatch(/at least 3/);
});
