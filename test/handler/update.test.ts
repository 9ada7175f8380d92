import { WRITTEN_VALUES_TAG } from '../../lib/core/lifecycle/written-values';
import { attachmentProperty, indiaProperties, indonesiaProperties, makeS3Root } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, simulatedStack, startHandlerAgainstRegistrar, tagsBesidesBookkeeping, writeCalls } from '../support/local-registrar';

const NEW_LOA = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('XL Axiata letter of authorization, signed again\n%%EOF\n')]);

let registrar: RunningRegistrar;
beforeAll(async () => {
  // New versions start as a copy here, so each test can see that only the difference is written; the
  // service's default, an empty new version, has the same paths in update-empty-versions.test.ts.
  registrar = await startHandlerAgainstRegistrar({ newVersionMode: 'copy', s3Root: makeS3Root({ 'loa-xl-axiata-v2.pdf': NEW_LOA }) });
});
afterAll(async () => registrar.close());
beforeEach(() => {
  registrar.admin.reset();
  simulatedStack.rollingBack = false;
});

/** Deploy `props` as a new resource, then clear the call log so a test sees only what the update does. */
async function created(props: Record<string, unknown>): Promise<string> {
  const outcome = await runCustomResource(buildEvent({ ResourceProperties: props }));
  registrar.admin.clearCallLog();
  return outcome.physicalResourceId;
}

function update(physicalResourceId: string, oldProps: Record<string, unknown>, props: Record<string, unknown>) {
  return runCustomResource(buildEvent({ RequestType: 'Update', PhysicalResourceId: physicalResourceId, OldResourceProperties: oldProps, ResourceProperties: props }));
}

function withField(props: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  return { ...props, Fields: { ...(props.Fields as object), [path]: value } };
}

const OLD = indiaProperties();
const NEW = withField(OLD, 'messagingUseCase.useCaseDescription', 'One-time passcodes for sign-in and payment confirmation in the Example app.');

describe('Update, same registration type', () => {
  test('nothing differs: not a single write, and the current attributes', async () => {
    const id = await created(OLD);
    const outcome = await update(id, OLD, OLD);
    expect(writeCalls(registrar)).toEqual([]);
    expect(outcome.data).toMatchObject({ RegistrationId: id, VersionNumber: '1', RegistrationStatus: 'SUBMITTED' });
  });

  test('latest version is a draft: only the difference is written there', async () => {
    const draft = { ...OLD, Submit: 'false' };
    const id = await created(draft);
    await update(id, draft, { ...NEW, Submit: 'false' });
    // The last TagResource keeps the fingerprint of what the deploy wrote, for drift (docs/after-deploy.md).
    expect(writeCalls(registrar)).toEqual(['PutRegistrationFieldValue', 'TagResource']);
  });

  test('latest version approved: version 2 holds only the change, is submitted, and the physical id stays', async () => {
    const id = await created(OLD);
    registrar.admin.approve(id);
    registrar.admin.clearCallLog();

    const outcome = await update(id, OLD, NEW);

    expect(outcome.physicalResourceId).toBe(id);
    expect(outcome.data).toMatchObject({ VersionNumber: '2', RegistrationStatus: 'SUBMITTED' });
    expect(writeCalls(registrar)).toEqual(['CreateRegistrationVersion', 'PutRegistrationFieldValue', 'SubmitRegistrationVersion', 'TagResource']);
  });

  test('latest version denied (the registration REQUIRES_UPDATES): a new version carries the fix', async () => {
    const id = await created(OLD);
    registrar.admin.deny(id, { versionReasons: [{ Reason: 'Use case unclear', ShortDescription: 'Describe the use case' }] });
    expect((registrar.admin.dumpState().registrations as any[])[0].status).toBe('REQUIRES_UPDATES');
    registrar.admin.clearCallLog();

    const outcome = await update(id, OLD, NEW);

    expect(outcome.data).toMatchObject({ VersionNumber: '2', RegistrationStatus: 'SUBMITTED' });
    expect(writeCalls(registrar)).toEqual(['CreateRegistrationVersion', 'PutRegistrationFieldValue', 'SubmitRegistrationVersion', 'TagResource']);
  });

  test.each(['SUBMITTED', 'AWS_REVIEWING', 'REVIEWING'])('latest version %s: refused with 0 writes, saying what to do', async (status) => {
    const id = await created(OLD);
    if (status !== 'SUBMITTED') registrar.admin.setVersionStatus(id, status);
    registrar.admin.clearCallLog();

    const error: Error = await update(id, OLD, NEW).catch((e) => e);

    expect(error.message).toContain(`Registration ${id} version 1 is ${status} (under review)`);
    expect(error.message).toMatch(/Wait for the review to end/);
    expect(writeCalls(registrar)).toEqual([]);
  });

  test('a field no longer declared is deleted', async () => {
    const withAddress2 = withField(OLD, 'companyAddress.address2', 'Floor 3');
    const id = await created(withAddress2);
    registrar.admin.approve(id);
    registrar.admin.clearCallLog();
    await update(id, withAddress2, OLD);
    expect(writeCalls(registrar)).toEqual(['CreateRegistrationVersion', 'DeleteRegistrationFieldValue', 'SubmitRegistrationVersion', 'TagResource']);
  });

  test('tags only: TagResource / UntagResource, no new version', async () => {
    const id = await created(OLD);
    registrar.admin.approve(id);
    registrar.admin.clearCallLog();
    await update(id, OLD, { ...OLD, Tags: [{ Key: 'cost-centre', Value: '42' }] });
    expect(writeCalls(registrar)).toEqual(['TagResource', 'UntagResource']);
    const arn = `arn:aws:sms-voice:ap-south-1:123456789012:registration/${id}`;
    expect(tagsBesidesBookkeeping(registrar, arn)).toEqual({ 'cost-centre': '42' });
    // A deploy that changes tags only changes no value: the fingerprint of the values stays as the create left it.
    expect(registrar.admin.dumpState().tags[arn][WRITTEN_VALUES_TAG]).toMatch(/^v1 /);
  });

  test('a changed document becomes a new attachment bound to its field; unchanged ones are not uploaded again', async () => {
    const old = indonesiaProperties();
    const id = await created(old);
    registrar.admin.approve(id);
    registrar.admin.clearCallLog();
    const changed = { ...old, Attachments: { ...(old.Attachments as object), 'idSidSpecificInfo.letterOfAuthorization3': attachmentProperty('loa-xl-axiata-v2.pdf', NEW_LOA) } };

    await update(id, old, changed);

    // A TagResource marks the registration before the upload, and the next records the new file (its attachment id and
    // content hash) and clears the mark: an upload whose record is lost is still found by a later deploy.
    expect(writeCalls(registrar)).toEqual([
      'CreateRegistrationVersion', 'TagResource', 'CreateRegistrationAttachment', 'TagResource', 'PutRegistrationFieldValue', 'SubmitRegistrationVersion',
      'TagResource',
    ]);
    const put = registrar.admin.callLog().find((c) => c.operation === 'PutRegistrationFieldValue')!;
    expect(put.params.FieldPath).toBe('idSidSpecificInfo.letterOfAuthorization3');
  });
});

describe('Update that changes the registration type', () => {
  test('a new registration gets a new physical id; the old one is untouched until CloudFormation deletes it', async () => {
    // GIVEN an approved India registration
    const oldId = await created(OLD);
    registrar.admin.approve(oldId);
    registrar.admin.clearCallLog();
    const indonesia = indonesiaProperties();

    // WHEN the same resource is changed to another registration type
    const outcome = await update(oldId, OLD, indonesia);

    // THEN a second registration exists, submitted, and nothing touched the first
    expect(outcome.physicalResourceId).not.toBe(oldId);
    expect(outcome.data).toMatchObject({ RegistrationId: outcome.physicalResourceId, VersionNumber: '1', RegistrationStatus: 'SUBMITTED' });
    const touchedOld = registrar.admin.callLog().filter((c) => c.params.RegistrationId === oldId && !/^(Describe|List)/.test(c.operation));
    expect(touchedOld).toEqual([]);
    const states = registrar.admin.dumpState().registrations as any[];
    expect(states.find((r) => r.registrationId === oldId).status).toBe('COMPLETE');

    // AND the Delete CloudFormation sends next for the old id follows the removal policy
    await runCustomResource(buildEvent({ RequestType: 'Delete', PhysicalResourceId: oldId, ResourceProperties: OLD }));
    expect((registrar.admin.dumpState().registrations as any[]).find((r) => r.registrationId === oldId).status).toBe('DELETED');
  });
});
