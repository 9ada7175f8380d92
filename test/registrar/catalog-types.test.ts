import {
  CreateRegistrationCommand, DescribeRegistrationTypeDefinitionsCommand, paginateDescribeRegistrationFieldDefinitions,
  PutRegistrationFieldValueCommand, RegistrationFieldDefinition,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import { catalogEntries, catalogEntry } from '../../lib/core/forms/catalog';
import { rejectionOf, useRegistrar } from './helpers';

const { client } = useRegistrar();

async function fieldDefinitions(registrationType: string): Promise<RegistrationFieldDefinition[]> {
  const definitions: RegistrationFieldDefinition[] = [];
  for await (const page of paginateDescribeRegistrationFieldDefinitions({ client: client() }, { RegistrationType: registrationType })) {
    definitions.push(...page.RegistrationFieldDefinitions!);
  }
  return definitions;
}

describe('every catalog type is served', () => {
  test.each(catalogEntries().map((e) => [e.RegistrationType]))('%s: its field definitions equal the catalog file', async (type) => {
    expect(JSON.parse(JSON.stringify(await fieldDefinitions(type)))).toEqual(catalogEntry(type)!.FieldDefinitions);
  });

  test('a type definition known verbatim (US toll-free) is served verbatim; a sender ID type gets the sender ID association', async () => {
    const out = await client().send(new DescribeRegistrationTypeDefinitionsCommand({
      RegistrationTypes: ['US_TOLL_FREE_REGISTRATION', 'GB_SENDER_ID_REGISTRATION'],
    }));
    const byType = Object.fromEntries(out.RegistrationTypeDefinitions!.map((d) => [d.RegistrationType, d]));
    expect(byType.US_TOLL_FREE_REGISTRATION).toEqual({
      RegistrationType: 'US_TOLL_FREE_REGISTRATION',
      SupportedAssociations: [{
        ResourceType: 'TOLL_FREE', IsoCountryCode: 'US', AssociationBehavior: 'ASSOCIATE_BEFORE_SUBMIT',
        DisassociationBehavior: 'DISASSOCIATE_ALL_CLOSES_REGISTRATION',
      }],
      DisplayHints: { Title: 'US toll-free number registration' },
    });
    expect(byType.GB_SENDER_ID_REGISTRATION.SupportedAssociations).toEqual([expect.objectContaining({ ResourceType: 'SENDER_ID', IsoCountryCode: 'GB' })]);
  });

  test('a new type takes its own fields and refuses values its definitions refuse', async () => {
    const { RegistrationId } = await client().send(new CreateRegistrationCommand({ RegistrationType: 'US_TEN_DLC_BRAND_REGISTRATION' }));
    await client().send(new PutRegistrationFieldValueCommand({ RegistrationId, FieldPath: 'companyInfo.legalType', SelectChoices: ['PUBLIC_PROFIT'] }));
    const error = await rejectionOf(client().send(new PutRegistrationFieldValueCommand({
      RegistrationId, FieldPath: 'companyInfo.taxIdIssuingCountry', TextValue: 'USA',
    })));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toMatch(/companyInfo\.taxIdIssuingCountry .*is 3 characters, at most 2 allowed/);
  });
});
