import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { RegistrationField, RegistrationForm, SenderIdRegistration } from '../../lib';
import { catalogEntry } from '../../lib/core/forms/catalog';
import { DEFINITIONS_CONTEXT_KEY } from '../../lib/core/forms/catalog/synced-definitions';
import { RegistrationFieldDefinition, RegistrationTypeCatalogEntry } from '../../lib/core/forms/types';
import { australiaFormProps, sharedProps } from '../countries/support';

// Australia's page gives titles, not paths: the bundled catalog named auSidSpecificInfo.* itself and marks those paths
// unconfirmed. Once the app has synced the live form, a typed key whose guessed path the live form lacks fails synth,
// naming the live field with the same title.

const LIVE = 'live, ap-southeast-2, 2026-12-07';
const bundled = catalogEntry('AU_SENDER_ID_REGISTRATION')!;

/** The live Australian form as definitions sync writes it, with some fields under other paths (and titles). */
function liveAustralia(renamed: Record<string, { path: string; title?: string }>): RegistrationTypeCatalogEntry {
  const definitions: RegistrationFieldDefinition[] = bundled.FieldDefinitions.map((d) => {
    const change = renamed[d.FieldPath];
    return change ? { ...d, FieldPath: change.path, DisplayHints: { ...d.DisplayHints, Title: change.title ?? d.DisplayHints?.Title } } : d;
  });
  return {
    ...bundled,
    Provenance: { Kind: 'LIVE', Source: LIVE },
    FieldDefinitions: definitions,
    FieldProvenance: Object.fromEntries(definitions.map((d) => [d.FieldPath, { Source: LIVE }])),
  };
}

function synthAustralia(live: RegistrationTypeCatalogEntry | undefined, additionalFields: RegistrationField[] = []) {
  const context: Record<string, string> = {};
  if (live) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-definitions-'));
    fs.writeFileSync(path.join(dir, `${live.RegistrationType}.json`), JSON.stringify(live));
    context[DEFINITIONS_CONTEXT_KEY] = dir;
  }
  const stack = new Stack(new App({ context }), 'Synced', { env: { account: '123456789012', region: 'ap-southeast-2' } });
  const registration = new SenderIdRegistration(stack, 'Registration', {
    ...sharedProps('AU'),
    senderId: 'DemoBrand',
    contact: { email: 'ops@example.com', phone: '+61255500101' },
    form: RegistrationForm.australia(australiaFormProps(stack)),
    additionalFields,
  });
  return {
    errors: registration.node.validate(),
    warnings: registration.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => String(m.data)),
  };
}

test('the bundled catalog marks the typed keys\' auSidSpecificInfo paths unconfirmed (what the check relies on)', () => {
  expect(bundled.FieldProvenance['auSidSpecificInfo.australianBusinessNumber'].Assumed).toContain('FieldPath');
});

test('a synced form with every guessed path synthesizes', () => {
  expect(synthAustralia(liveAustralia({})).errors).toEqual([]);
});

test('a guessed path the synced form names differently fails synth, naming the live field with the same title', () => {
  const { errors } = synthAustralia(liveAustralia({ 'auSidSpecificInfo.australianBusinessNumber': { path: 'auSidSpecificInfo.abn' } }));
  expect(errors).toEqual([
    'auSidSpecificInfo.australianBusinessNumber ("Australian Business Number (ABN)"): no public source confirms this path for '
      + `AU_SENDER_ID_REGISTRATION, and your synced form (${LIVE}) has no such field; its field titled "Australian Business Number (ABN)" `
      + 'is auSidSpecificInfo.abn. Give the value at the live path with additionalFields, or report the path so the bundled catalog can be corrected',
    // And the live field is still empty: the value went to a path the form does not have.
    'auSidSpecificInfo.abn ("Australian Business Number (ABN)"): is required but has no value for AU_SENDER_ID_REGISTRATION',
  ]);
  // The value is personal data or a tax id: never in the message.
  expect(errors.join()).not.toContain('51 824');
});

test('when no live title matches exactly, the closest is named as such', () => {
  const { errors } = synthAustralia(liveAustralia({ 'auSidSpecificInfo.entityType': { path: 'auSidSpecificInfo.businessEntityType', title: 'Business entity type' } }));
  expect(errors).toContainEqual(expect.stringContaining(
    'auSidSpecificInfo.entityType ("Entity type"): no public source confirms this path for AU_SENDER_ID_REGISTRATION, and your synced form '
      + `(${LIVE}) has no such field; its field with the closest title, "Business entity type" is auSidSpecificInfo.businessEntityType`));
});

test('a path set only with additionalFields warns with the same hint instead of failing (the form may have grown since sync)', () => {
  const live = liveAustralia({ 'auSidSpecificInfo.globalHeadquartersCountry': { path: 'auSidSpecificInfo.headquartersCountry' } });
  const { errors, warnings } = synthAustralia(live, [RegistrationField.text('auSidSpecificInfo.globalHeadquartersCountry', 'AU')]);
  expect(errors).toEqual([]);
  expect(warnings).toContainEqual(expect.stringContaining(
    'its field titled "Global headquarters country" is auSidSpecificInfo.headquartersCountry'));
});

test('without a synced form, the guessed path only warns that it is unconfirmed', () => {
  const { errors, warnings } = synthAustralia(undefined);
  expect(errors).toEqual([]);
  expect(warnings).toContainEqual(expect.stringMatching(/^auSidSpecificInfo\.australianBusinessNumber: no public source confirms this field path/));
});
