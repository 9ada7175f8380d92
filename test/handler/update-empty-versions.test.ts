import { attachmentProperty, indiaProperties, indonesiaProperties, makeS3Root } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, startHandlerAgainstRegistrar, writeCalls } from '../support/local-registrar';

// Two public reports say a new version starts empty on the real service (the registrar's default);
// the handler converges against what the draft really holds. The copy mode's paths are in update.test.ts.
const NEW_LOA = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('XL Axiata letter of authorization, signed again\n%%EOF\n')]);

let registrar: RunningRegistrar;
beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar({ newVersionMode: 'empty', s3Root: makeS3Root({ 'loa-xl-axiata-v2.pdf': NEW_LOA }) });
});
afterAll(async () => registrar.close());
beforeEach(() => registrar.admin.reset());

const OLD = indiaProperties();
const CHANGED = { ...OLD, Fields: { ...(OLD.Fields as object), 'messagingUseCase.monthlyMessageVolume': ['250,000'] } };

async function created(props: Record<string, unknown>): Promise<string> {
  return (await runCustomResource(buildEvent({ ResourceProperties: props }))).physicalResourceId;
}

function update(id: string, oldProps: Record<string, unknown>, props: Record<string, unknown>) {
  return runCustomResource(buildEvent({ RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: oldProps, ResourceProperties: props }));
}

function version(id: string, n: number): any {
  return (registrar.admin.dumpState().registrations as any[]).find((r) => r.registrationId === id).versions.find((v: any) => v.versionNumber === n);
}

test('approved: the empty version 2 gets every desired value, then is submitted', async () => {
  const id = await created(OLD);
  registrar.admin.approve(id);
  registrar.admin.clearCallLog();

  const outcome = await update(id, OLD, CHANGED);

  expect(outcome.data).toMatchObject({ RegistrationId: id, VersionNumber: '2', RegistrationStatus: 'SUBMITTED' });
  const writes = writeCalls(registrar);
  expect(writes[0]).toBe('CreateRegistrationVersion');
  expect(writes.filter((w) => w === 'PutRegistrationFieldValue')).toHaveLength(21);
  // Submitted, then the fingerprint of what was written (for drift).
  expect(writes.slice(-2)).toEqual(['SubmitRegistrationVersion', 'TagResource']);
  expect(version(id, 2).values['messagingUseCase.monthlyMessageVolume']).toEqual({ SelectChoices: ['250,000'] });
});

test('denied: the fix goes into an empty version 2 holding every value', async () => {
  const id = await created(OLD);
  registrar.admin.deny(id, { versionReasons: [{ Reason: 'Volume unclear', ShortDescription: 'State the monthly volume' }] });
  registrar.admin.clearCallLog();

  const outcome = await update(id, OLD, CHANGED);

  expect(outcome.data).toMatchObject({ VersionNumber: '2', RegistrationStatus: 'SUBMITTED' });
  expect(Object.keys(version(id, 2).values)).toHaveLength(21);
});

test('a field no longer declared: nothing to delete in the empty version, which simply lacks it', async () => {
  const withAddress2 = { ...OLD, Fields: { ...(OLD.Fields as object), 'companyAddress.address2': 'Floor 3' } };
  const id = await created(withAddress2);
  registrar.admin.approve(id);
  registrar.admin.clearCallLog();

  await update(id, withAddress2, OLD);

  expect(writeCalls(registrar)).not.toContain('DeleteRegistrationFieldValue');
  expect(version(id, 2).values['companyAddress.address2']).toBeUndefined();
  expect(Object.keys(version(id, 2).values)).toHaveLength(21);
});

test('Indonesia: unchanged documents are bound again without a new upload; only the changed one is uploaded', async () => {
  const old = indonesiaProperties();
  const id = await created(old);
  registrar.admin.approve(id);
  const v1 = version(id, 1).values;
  registrar.admin.clearCallLog();
  const changedLoa = 'idSidSpecificInfo.letterOfAuthorization3';
  const changed = { ...old, Attachments: { ...(old.Attachments as object), [changedLoa]: attachmentProperty('loa-xl-axiata-v2.pdf', NEW_LOA) } };

  await update(id, old, changed);

  const uploads = registrar.admin.callLog().filter((c) => c.operation === 'CreateRegistrationAttachment');
  expect(uploads).toHaveLength(1);
  const v2 = version(id, 2).values;
  for (const path of Object.keys(old.Attachments as object)) {
    if (path === changedLoa) expect(v2[path].RegistrationAttachmentId).not.toBe(v1[path].RegistrationAttachmentId);
    else expect(v2[path]).toEqual(v1[path]);
  }
  expect(version(id, 2).status).toBe('SUBMITTED');
});
