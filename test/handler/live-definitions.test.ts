import { catalogEntries, catalogEntry } from '../../lib/core/forms/catalog';
import { RegistrationFieldDefinition, RegistrationTypeCatalogEntry } from '../../lib/core/forms/types';
import { indiaProperties } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, startHandlerAgainstRegistrar, writeCalls } from '../support/local-registrar';

// The registrar plays a live India form that has moved on since the bundled catalog was written.

type Change = (d: RegistrationFieldDefinition) => RegistrationFieldDefinition | undefined;

/** The catalog with India's form changed field by field (undefined removes a field), plus fields added. */
function liveCatalog(changes: Record<string, Change>, added: RegistrationFieldDefinition[] = []): RegistrationTypeCatalogEntry[] {
  const india = catalogEntry('IN_SENDER_ID_REGISTRATION')!;
  const fields = india.FieldDefinitions.map((d) => (changes[d.FieldPath] ? changes[d.FieldPath](d) : d))
    .filter((d): d is RegistrationFieldDefinition => d !== undefined);
  return catalogEntries().map((e) => (e === india ? { ...india, FieldDefinitions: [...fields, ...added] } : e));
}

const text = (fieldPath: string, FieldRequirement: RegistrationFieldDefinition['FieldRequirement']): RegistrationFieldDefinition => ({
  SectionPath: fieldPath.split('.')[0], FieldPath: fieldPath, FieldType: 'TEXT', FieldRequirement, DisplayHints: { Title: fieldPath },
});

function useLiveForm(catalog: RegistrationTypeCatalogEntry[]): () => RunningRegistrar {
  let registrar: RunningRegistrar;
  beforeAll(async () => {
    registrar = await startHandlerAgainstRegistrar({ catalog });
  });
  afterAll(async () => registrar.close());
  beforeEach(() => registrar.admin.reset());
  return () => registrar;
}

describe('values the live form refuses: the error shows how the live form differs from the bundled catalog', () => {
  const registrar = useLiveForm(liveCatalog({
    'senderIdInfo.senderId': (d) => ({ ...d, TextValidation: { ...d.TextValidation!, MaxLength: 4 } }),
    'messagingUseCase.useCaseCategory': (d) => ({
      ...d, SelectValidation: { ...d.SelectValidation!, Options: ['Two-factor authentication', 'Account or security alerts'] },
    }),
    'companyAddress.state': (d) => ({ ...d, FieldRequirement: 'REQUIRED' }),
    'contactInfo.emailAddress': (d) => ({ ...d, TextValidation: { ...d.TextValidation!, Pattern: '^[^@\\s]+@[^@\\s]+\\.in$' } }),
    'companyAddress.address1': () => undefined,
  }, [text('inSidSpecificInfo.dltTemplateId', 'REQUIRED')]));

  test('every failing field is named with its difference, the refresh command is given, and nothing is written', async () => {
    // GIVEN the seed's India values, valid against the bundled catalog
    const event = buildEvent({ ResourceProperties: indiaProperties() });

    // WHEN CloudFormation creates the resource against the changed live form
    const error: Error = await runCustomResource(event).catch((e) => e);

    // THEN the deploy fails before any write, explaining each field
    expect(writeCalls(registrar())).toEqual([]);
    const drift = error.message.slice(error.message.indexOf('How the live form differs'));
    expect(drift.split('\n')).toEqual([
      'How the live form differs from the bundled catalog, for these fields:',
      '  - companyAddress.address1: not in the live form (the bundled catalog has it)',
      '  - senderIdInfo.senderId: max length changed: live 4; catalog had 6',
      '  - companyAddress.state: the live form requires it; the catalog has it OPTIONAL',
      '  - contactInfo.emailAddress: pattern changed: live ^[^@\\s]+@[^@\\s]+\\.in$; catalog had ^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      '  - messagingUseCase.useCaseCategory: option list changed: live allows "Two-factor authentication", "Account or security alerts"; '
        + 'catalog had "One-time passcodes", "Account or security alerts", "Purchase or delivery notifications", "Public service announcements", '
        + '"Polling and surveys", "Info on demand", "Other"',
      '  - inSidSpecificInfo.dltTemplateId: not in the bundled catalog (live: TEXT, REQUIRED)',
      'Refresh the bundled catalog: npx sender-id-registration definitions sync --region ap-south-1 --types IN_SENDER_ID_REGISTRATION',
    ]);
    // The problems themselves come first, and personal data stays hidden in both parts.
    expect(error.message).toMatch(/IN_SENDER_ID_REGISTRATION values are invalid against the live field definitions; nothing was created or changed \(6 problems\)/);
    expect(error.message).toContain('contactInfo.emailAddress ("Contact email"): (hidden personal data, 21 characters) must match');
    expect(error.message).not.toContain('sms-owner');
    expect(error.message).not.toContain('12 Example Road');
  });
});

describe('values the live form accepts go ahead, even when the catalog is stale', () => {
  const registrar = useLiveForm(liveCatalog({
    'companyInfo.areaOfBusiness': (d) => ({ ...d, SelectValidation: { ...d.SelectValidation!, Options: [...d.SelectValidation!.Options, 'Logistics'] } }),
    'messagingUseCase.useCaseDescription': (d) => ({ ...d, TextValidation: { ...d.TextValidation!, MaxLength: 1000 } }),
    'messageSamples.messageSample3': () => undefined,
  }, [text('inSidSpecificInfo.dltTemplateId', 'OPTIONAL')]));

  test('the registration is created and submitted', async () => {
    const outcome = await runCustomResource(buildEvent({ ResourceProperties: indiaProperties() }));
    expect(outcome.data.RegistrationStatus).toBe('SUBMITTED');
    expect(writeCalls(registrar())).toContain('SubmitRegistrationVersion');
  });
});

describe('a type the bundled catalog does not have (Jordan) is validated against the live form only', () => {
  const jordan: RegistrationTypeCatalogEntry = { ...catalogEntry('ID_SENDER_ID_REGISTRATION')!, RegistrationType: 'MY_SENDER_ID_REGISTRATION', IsoCountryCode: 'JO' };
  const registrar = useLiveForm([...catalogEntries(), jordan]);
  const jordanProperties = (fields: Record<string, unknown> = {}) => {
    const props = indiaProperties();
    const common = Object.entries(props.Fields as Record<string, unknown>).filter(([p]) => !p.startsWith('inSidSpecificInfo.'));
    return { ...props, RegistrationType: 'MY_SENDER_ID_REGISTRATION', Fields: { ...Object.fromEntries(common), ...fields } };
  };

  test('refused values are named, and the error says the catalog has no entry and how to add one', async () => {
    const error: Error = await runCustomResource(buildEvent({ ResourceProperties: jordanProperties() })).catch((e) => e);
    expect(error.message).toMatch(/idSidSpecificInfo\.letterOfAuthorization3 .*is required but has no value for MY_SENDER_ID_REGISTRATION/);
    expect(error.message).toContain('MY_SENDER_ID_REGISTRATION is not in the bundled definitions catalog, so synth could not check these fields. '
      + 'Refresh the bundled catalog: npx sender-id-registration definitions sync --region ap-south-1 --types MY_SENDER_ID_REGISTRATION');
    expect(writeCalls(registrar())).toEqual([]);
  });

  test('values the live form accepts are created (a draft here: the live form asks for documents this test has none of)', async () => {
    const outcome = await runCustomResource(buildEvent({ ResourceProperties: { ...jordanProperties(), Submit: 'false' } }));
    expect(outcome.data.RegistrationStatus).toBe('CREATED');
    expect(writeCalls(registrar())).toContain('PutRegistrationFieldValue');
  });
});
