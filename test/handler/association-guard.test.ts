import { catalogEntries } from '../../lib/core/forms/catalog';
import { indiaProperties } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, startHandlerAgainstRegistrar, writeCalls } from '../support/local-registrar';

// A form whose live type definition asks for its sender ID to be associated before submit (not what the docs say of sender IDs).
const ASSOCIATE_BEFORE_SUBMIT = catalogEntries().map((entry) => (entry.RegistrationType !== 'IN_SENDER_ID_REGISTRATION' ? entry : {
  ...entry,
  TypeDefinition: {
    DisplayHints: { Title: 'India sender ID registration' },
    SupportedAssociations: [{ ResourceType: 'SENDER_ID', AssociationBehavior: 'ASSOCIATE_BEFORE_SUBMIT', DisassociationBehavior: 'DELETE_REGISTRATION_DISASSOCIATES', IsoCountryCode: 'IN' }],
  },
}));

let registrar: RunningRegistrar;
beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar({ catalog: ASSOCIATE_BEFORE_SUBMIT });
});
afterAll(async () => registrar.close());
beforeEach(() => registrar.admin.reset());

describe('association guard', () => {
  test('a type that needs an association before submit is refused before any write, saying what to do', async () => {
    const error: Error = await runCustomResource(buildEvent({ ResourceProperties: indiaProperties() })).catch((e) => e);

    expect(error.message).toContain('IN_SENDER_ID_REGISTRATION needs an origination identity (SENDER_ID) associated before submit');
    expect(error.message).toContain('Set submit: false to leave a draft');
    expect(writeCalls(registrar)).toEqual([]);
  });

  test('the same type as a draft (submit false) is created: a person associates and submits it', async () => {
    const outcome = await runCustomResource(buildEvent({ ResourceProperties: indiaProperties({ Submit: 'false' }) }));

    expect(outcome.data.RegistrationStatus).toBe('CREATED');
    expect(writeCalls(registrar)).not.toContain('SubmitRegistrationVersion');
  });
});
