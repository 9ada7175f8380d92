import { indiaProperties, indonesiaProperties, makeS3Root } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, startHandlerAgainstRegistrar } from '../support/local-registrar';

// The Provider framework starts its waiter without an execution name, so one event can be delivered
// twice and both deliveries run at once. They converge one registration; neither undoes the other.

let registrar: RunningRegistrar;
beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar({ s3Root: makeS3Root() });
});
afterAll(async () => registrar.close());
beforeEach(() => registrar.admin.reset());

const registrations = () => registrar.admin.dumpState().registrations as any[];
const applied = (operation: string) => registrar.admin.callLog().filter((c) => c.operation === operation && c.outcome === 'ok');
const destructive = () => registrar.admin.callLog().filter((c) => ['DeleteRegistration', 'DiscardRegistrationVersion', 'DeleteRegistrationAttachment']
  .includes(c.operation));

describe('two deliveries of the same event at once', () => {
  test.each([
    ['India', indiaProperties()],
    ['Indonesia', indonesiaProperties()],
  ])('%s Create: one registration, submitted once, both deliveries succeed, nothing deleted', async (_country, props) => {
    const event = buildEvent({ ResourceProperties: props });

    const [first, second] = await Promise.all([runCustomResource(event), runCustomResource(event)]);

    expect(registrations()).toHaveLength(1);
    expect(first.physicalResourceId).toBe(registrations()[0].registrationId);
    expect(second.physicalResourceId).toBe(first.physicalResourceId);
    expect(applied('SubmitRegistrationVersion')).toHaveLength(1);
    expect(registrations()[0].versions.map((v: any) => v.status)).toEqual(['SUBMITTED']);
    expect(destructive()).toEqual([]);
  });

  test('Update of an approved registration: one new version, submitted once, holding every value', async () => {
    const old = indiaProperties();
    const changed = { ...old, Fields: { ...(old.Fields as object), 'messagingUseCase.monthlyMessageVolume': ['1,000,000'] } };
    const { physicalResourceId: id } = await runCustomResource(buildEvent({ ResourceProperties: old }));
    registrar.admin.approve(id);
    registrar.admin.clearCallLog();
    const event = buildEvent({ RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: old, ResourceProperties: changed });

    const outcomes = await Promise.all([runCustomResource(event), runCustomResource(event)]);

    expect(outcomes.map((o) => o.data.VersionNumber)).toEqual(['2', '2']);
    expect(applied('CreateRegistrationVersion')).toHaveLength(1);
    expect(applied('SubmitRegistrationVersion')).toHaveLength(1);
    const versions = registrations()[0].versions;
    expect(versions.map((v: any) => v.status)).toEqual(['APPROVED', 'SUBMITTED']);
    expect(Object.keys(versions[1].values)).toHaveLength(21);
    expect(destructive()).toEqual([]);
  });
});
