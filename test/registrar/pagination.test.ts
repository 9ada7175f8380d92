import {
  CreateRegistrationCommand, DescribeRegistrationFieldDefinitionsCommand, DescribeRegistrationFieldValuesCommand,
  DescribeRegistrationSectionDefinitionsCommand, DescribeRegistrationsCommand, DescribeRegistrationTypeDefinitionsCommand,
  paginateDescribeRegistrationFieldDefinitions, RegistrationFieldDefinition,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import { catalogEntries, catalogEntry } from '../../lib/core/forms/catalog';
import { startRegistrar } from '../../tools/registrar';
import { clientFor, INDIA_VALUES, putValues, rejectionOf, useRegistrar } from './helpers';

const { client } = useRegistrar();
const INDIA = catalogEntry('IN_SENDER_ID_REGISTRATION')!;

describe('pagination and definitions', () => {
  test('the India field definitions, read page by page with the SDK paginator, equal the catalog', async () => {
    const pages: number[] = [];
    const definitions: RegistrationFieldDefinition[] = [];
    const paginator = paginateDescribeRegistrationFieldDefinitions({ client: client() }, { RegistrationType: 'IN_SENDER_ID_REGISTRATION' });
    for await (const page of paginator) {
      pages.push(page.RegistrationFieldDefinitions!.length);
      definitions.push(...page.RegistrationFieldDefinitions!);
    }
    // The default page (10) is smaller than the form, so a caller that does not page misses fields.
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toBe(10);
    expect(JSON.parse(JSON.stringify(definitions))).toEqual(INDIA.FieldDefinitions);
  });

  test('MaxResults above 100 or a foreign NextToken are refused', async () => {
    const tooMany = await rejectionOf(client().send(new DescribeRegistrationFieldDefinitionsCommand({
      RegistrationType: 'IN_SENDER_ID_REGISTRATION', MaxResults: 101,
    })));
    expect(tooMany.name).toBe('ValidationException');
    const first = await client().send(new DescribeRegistrationFieldDefinitionsCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    const foreign = await rejectionOf(client().send(new DescribeRegistrationsCommand({ NextToken: first.NextToken })));
    expect(foreign.Reason).toBe('INVALID_NEXT_TOKEN');
  });

  test('sections, types and a single section filter come from the catalog', async () => {
    const sections = await client().send(new DescribeRegistrationSectionDefinitionsCommand({
      RegistrationType: 'IN_SENDER_ID_REGISTRATION', MaxResults: 100,
    }));
    const catalogSections = [...new Set(INDIA.FieldDefinitions.map((d) => d.SectionPath))];
    expect(sections.RegistrationSectionDefinitions!.map((s) => s.SectionPath)).toEqual(catalogSections);
    const types = await client().send(new DescribeRegistrationTypeDefinitionsCommand({ MaxResults: 100 }));
    expect(types.RegistrationTypeDefinitions!.map((t) => t.RegistrationType)).toEqual(catalogEntries().map((e) => e.RegistrationType));
    const oneSection = await client().send(new DescribeRegistrationFieldDefinitionsCommand({
      RegistrationType: 'IN_SENDER_ID_REGISTRATION', SectionPath: 'inSidSpecificInfo', MaxResults: 100,
    }));
    expect(oneSection.RegistrationFieldDefinitions!.map((d) => d.FieldPath)).toEqual(
      INDIA.FieldDefinitions.filter((d) => d.SectionPath === 'inSidSpecificInfo').map((d) => d.FieldPath));
  });

  test('field values page in form order and the pages together hold every value', async () => {
    const { RegistrationId: id } = await client().send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    // Written in reverse, read in form order.
    await putValues(client(), id!, Object.fromEntries(Object.entries(INDIA_VALUES).reverse()));
    const paths: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client().send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id!, MaxResults: 7, NextToken }));
      expect(page.RegistrationFieldValues!.length).toBeLessThanOrEqual(7);
      paths.push(...page.RegistrationFieldValues!.map((v) => v.FieldPath!));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(paths).toEqual(INDIA.FieldDefinitions.map((d) => d.FieldPath).filter((p) => p in INDIA_VALUES));
  });

  test('a catalog option replaces the bundled forms', async () => {
    const custom = await startRegistrar({ catalog: [catalogEntry('ID_SENDER_ID_REGISTRATION')!] });
    const customClient = clientFor(custom);
    try {
      const types = await customClient.send(new DescribeRegistrationTypeDefinitionsCommand({}));
      expect(types.RegistrationTypeDefinitions!.map((t) => t.RegistrationType)).toEqual(['ID_SENDER_ID_REGISTRATION']);
      const error = await rejectionOf(customClient.send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' })));
      expect(error.Reason).toBe('UNKNOWN_REGISTRATION_TYPE');
    } finally {
      customClient.destroy();
      await custom.close();
    }
  });
});
