import { indiaProperties, indonesiaProperties, makeS3Root } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, simulatedStack, startHandlerAgainstRegistrar, tagsBesidesBookkeeping } from '../support/local-registrar';

// A response lost after the service applied the call (the connection drops): the SDK retries, and the
// retry meets a state that already holds the change. Each write must end as a run without the fault.

let registrar: RunningRegistrar;
beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar({ s3Root: makeS3Root() });
});
afterAll(async () => registrar.close());
beforeEach(() => {
  registrar.admin.reset();
  simulatedStack.rollingBack = false;
});

type Props = Record<string, unknown>;
const INDIA = indiaProperties();
const INDIA_CHANGED = { ...INDIA, Fields: { ...(INDIA.Fields as object), 'messagingUseCase.monthlyMessageVolume': ['1,000,000'] } };
const WITH_ADDRESS2 = { ...INDIA, Submit: 'false', Fields: { ...(INDIA.Fields as object), 'companyAddress.address2': 'Floor 3' } };

const create = (props: Props) => runCustomResource(buildEvent({ ResourceProperties: props }));
const update = (id: string, from: Props, to: Props) =>
  runCustomResource(buildEvent({ RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: from, ResourceProperties: to }));

function registrations(): any[] {
  return registrar.admin.dumpState().registrations as any[];
}

function versionsOf(id: string): Array<{ versionNumber: number; status: string }> {
  return registrations().find((r) => r.registrationId === id).versions.map((v: any) => ({ versionNumber: v.versionNumber, status: v.status }));
}

/** How often the service applied `operation` (answered, or applied and the answer lost). */
function applied(operation: string): number {
  return registrar.admin.callLog().filter((c) => c.operation === operation && (c.outcome === 'ok' || c.outcome === 'lost-after-apply')).length;
}

function lost(operation: string): number {
  return registrar.admin.callLog().filter((c) => c.operation === operation && c.outcome === 'lost-after-apply').length;
}

/** Each case: bring the registration to where the write happens, lose that write's answer, deploy, and check the end state. */
const cases: Array<[string, string, () => Promise<void>]> = [
  ['CreateRegistration', 'create India', async () => {
    const outcome = await create(INDIA);
    expect(registrations()).toHaveLength(1);
    expect(outcome.data).toMatchObject({ RegistrationId: registrations()[0].registrationId, RegistrationStatus: 'SUBMITTED' });
  }],
  ['CreateRegistrationAttachment', 'create Indonesia', async () => {
    const outcome = await create(indonesiaProperties());
    expect(registrar.admin.dumpState().attachments).toHaveLength(7);
    expect(outcome.data.RegistrationStatus).toBe('SUBMITTED');
  }],
  ['PutRegistrationFieldValue', 'create India', async () => {
    const outcome = await create(INDIA);
    expect(Object.keys(registrations()[0].versions[0].values)).toHaveLength(21);
    expect(outcome.data.RegistrationStatus).toBe('SUBMITTED');
  }],
  ['SubmitRegistrationVersion', 'create India', async () => {
    const outcome = await create(INDIA);
    expect(registrations()).toHaveLength(1);
    expect(applied('SubmitRegistrationVersion')).toBe(1);
    expect(outcome.data).toMatchObject({ VersionNumber: '1', RegistrationStatus: 'SUBMITTED' });
  }],
  ['SubmitRegistrationVersion', 'submit a draft on update', async () => {
    const { physicalResourceId: id } = await create({ ...INDIA, Submit: 'false' });
    const outcome = await update(id, { ...INDIA, Submit: 'false' }, INDIA);
    expect(versionsOf(id)).toEqual([{ versionNumber: 1, status: 'SUBMITTED' }]);
    expect(outcome.data).toMatchObject({ VersionNumber: '1', RegistrationStatus: 'SUBMITTED' });
  }],
  ['CreateRegistrationVersion', 'update an approved registration', async () => {
    const { physicalResourceId: id } = await create(INDIA);
    registrar.admin.approve(id);
    const outcome = await update(id, INDIA, INDIA_CHANGED);
    expect(versionsOf(id)).toEqual([{ versionNumber: 1, status: 'APPROVED' }, { versionNumber: 2, status: 'SUBMITTED' }]);
    expect(outcome.data).toMatchObject({ VersionNumber: '2' });
  }],
  ['DeleteRegistrationFieldValue', 'remove a field from a draft', async () => {
    const { physicalResourceId: id } = await create(WITH_ADDRESS2);
    await update(id, WITH_ADDRESS2, { ...INDIA, Submit: 'false' });
    expect(registrations()[0].versions[0].values['companyAddress.address2']).toBeUndefined();
  }],
  ['DiscardRegistrationVersion', 'roll back an update that left a draft', async () => {
    const { physicalResourceId: id } = await create(INDIA);
    registrar.admin.approve(id);
    await update(id, INDIA, { ...INDIA_CHANGED, Submit: 'false' });
    simulatedStack.rollingBack = true;
    await update(id, { ...INDIA_CHANGED, Submit: 'false' }, INDIA);
    expect(versionsOf(id)).toEqual([{ versionNumber: 1, status: 'APPROVED' }, { versionNumber: 2, status: 'DISCARDED' }]);
  }],
  ['DeleteRegistration', 'delete with RemovalPolicy destroy', async () => {
    const { physicalResourceId: id } = await create({ ...INDIA, Submit: 'false' });
    await runCustomResource(buildEvent({ RequestType: 'Delete', PhysicalResourceId: id, ResourceProperties: { ...INDIA, Submit: 'false' } }));
    expect(registrations()[0].status).toBe('DELETED');
  }],
  ['TagResource', 'add a tag', async () => {
    const { physicalResourceId: id, data } = await create(INDIA);
    await update(id, INDIA, { ...INDIA, Tags: [...(INDIA.Tags as object[]), { Key: 'cost-centre', Value: '42' }] });
    expect(tagsBesidesBookkeeping(registrar, data.RegistrationArn)).toEqual({ 'team': 'messaging', 'cost-centre': '42' });
    expect(versionsOf(id)).toHaveLength(1);
  }],
  ['UntagResource', 'remove a tag', async () => {
    const { physicalResourceId: id, data } = await create(INDIA);
    await update(id, INDIA, { ...INDIA, Tags: [] });
    expect(tagsBesidesBookkeeping(registrar, data.RegistrationArn)).toEqual({});
    expect(versionsOf(id)).toHaveLength(1);
  }],
];

describe('a response lost after the service applied the call', () => {
  test.each(cases)('%s (%s): the same end state as without the fault, and the resource succeeds', async (operation, _scenario, run) => {
    registrar.admin.failAfterApply(operation, 1);
    await run();
    // The fault really met the call: the answer was lost once, and the handler carried on from what the service held.
    expect(lost(operation)).toBe(1);
  });
});
