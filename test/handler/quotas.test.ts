import { indiaProperties, indonesiaProperties, makeS3Root } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, startHandlerAgainstRegistrar } from '../support/local-registrar';

let registrar: RunningRegistrar;
beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar({ s3Root: makeS3Root() });
});
afterAll(async () => registrar.close());
beforeEach(() => registrar.admin.reset());

describe('a quota the service refuses is named, with what to do', () => {
  test('REGISTRATIONS_PER_ACCOUNT: the create fails naming the quota; nothing is created', async () => {
    registrar.admin.setFaults({ accountLimits: { REGISTRATIONS_PER_ACCOUNT: 1 } });
    await runCustomResource(buildEvent({ ResourceProperties: indiaProperties() }));

    const error: Error = await runCustomResource(buildEvent({ ResourceProperties: indiaProperties() })).catch((e) => e);

    expect(error.message).toMatch(/ServiceQuotaExceededException \(REGISTRATIONS_PER_ACCOUNT\): the account holds as many as it may; delete unused ones or ask for a quota increase/);
    expect(registrar.admin.dumpState().registrations).toHaveLength(1);
  });

  test('REGISTRATION_ATTACHMENTS_CREATED_PER_DAY: the create fails naming the quota and the file, and leaves nothing behind', async () => {
    registrar.admin.setFaults({ accountLimits: { REGISTRATION_ATTACHMENTS_CREATED_PER_DAY: 3 } });

    const error: Error = await runCustomResource(buildEvent({ ResourceProperties: indonesiaProperties() })).catch((e) => e);

    expect(error.message).toMatch(/CreateRegistrationAttachment \(idSidSpecificInfo\.\w+, file [\w.-]+\) failed: ServiceQuotaExceededException \(REGISTRATION_ATTACHMENTS_CREATED_PER_DAY\): the daily quota is used up/);
    const state = registrar.admin.dumpState();
    expect((state.registrations as any[]).map((r) => r.status)).toEqual(['DELETED']);
    expect(state.attachments).toEqual([]);
  });
});
