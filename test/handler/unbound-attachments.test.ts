import { STACK_TAG_KEY } from '../../lib/core/contract/resource-properties';
import { attachmentValue } from '../../lib/core/field-value';
import { UPLOADED_FOR_TAG, UPLOADS_SINCE_TAG } from '../../lib/core/lifecycle/unbound-attachments';
import { attachmentProperty, indonesiaProperties, makeS3Root } from '../../tools/fixtures/sample-properties';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { registrarForEachTest, registrationApiFor, runCustomResource, simulatedStack } from '../support/local-registrar';

// An upload whose record on the registration is never written (the record call fails, or the Lambda dies between the
// two calls) leaves an attachment nothing points at. When its deploy is then abandoned, a later deploy deletes it.
const LOA_FIELD = 'idSidSpecificInfo.letterOfAuthorization3';
const FILES = { 'loa-a.pdf': Buffer.from('%PDF-1.4\nletter A\n%%EOF\n'), 'loa-b.pdf': Buffer.from('%PDF-1.4\nletter B\n%%EOF\n') };
const local = registrarForEachTest({ s3Root: makeS3Root({ ...FILES, 'elsewhere.pdf': Buffer.from('%PDF-1.4\nnot ours\n%%EOF\n') }) });

function withLoa(props: Record<string, unknown>, file: keyof typeof FILES): Record<string, unknown> {
  return { ...props, Attachments: { ...(props.Attachments as object), [LOA_FIELD]: attachmentProperty(file, FILES[file]) } };
}

function update(id: string, oldProps: Record<string, unknown>, props: Record<string, unknown>) {
  return runCustomResource(buildEvent({ RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: oldProps, ResourceProperties: props }));
}

/** A deploy that changes the letter and whose record call fails after the upload: the deploy fails, the upload stays. */
async function uploadWithLostRecord(id: string, old: Record<string, unknown>, file: keyof typeof FILES, tagCallsBefore: number): Promise<string> {
  local.current.admin.failNext('TagResource', 1, 'AccessDeniedException', tagCallsBefore);
  await expect(update(id, old, withLoa(old, file))).rejects.toThrow(/TagResource/);
  return attachmentOf(file)!.registrationAttachmentId;
}

function attachmentOf(file: string): any {
  return (local.current.admin.dumpState().attachments as any[]).find((a) => String(a.url).endsWith(`/${file}`));
}

/** The registrar finishes an upload in the background, as the service does: wait for it before binding it by hand. */
async function uploadCompleted(file: string): Promise<void> {
  while (attachmentOf(file).status === 'UPLOAD_IN_PROGRESS') await new Promise((resolve) => setTimeout(resolve, 10));
}

function existingIds(): string[] {
  return (local.current.admin.dumpState().attachments as any[]).map((a) => a.registrationAttachmentId);
}

/** The orphan is deleted, the draft's seven attachments stay, and the registration is no longer marked. */
function expectOnlyOrphanSwept(id: string, orphan: string): void {
  expect(existingIds()).not.toContain(orphan);
  expect(existingIds()).toHaveLength(7);
  expect(markOf(id)).toBe('');
}

function markOf(id: string): string | undefined {
  const registration = (local.current.admin.dumpState().registrations as any[]).find((r) => r.registrationId === id);
  return local.current.admin.dumpState().tags[registration.registrationArn]?.[UPLOADS_SINCE_TAG];
}

/** Attachments made outside this registration's deploys, through the same API. */
async function madeElsewhere(...tagSets: { Key: string; Value: string }[][]): Promise<string[]> {
  const api = registrationApiFor(local.current);
  const ids: string[] = [];
  for (const [i, tags] of tagSets.entries()) ids.push(await api.createAttachment('s3://test-assets/elsewhere.pdf', `elsewhere-${i}-${Date.now()}`, tags));
  return ids;
}

async function draft(): Promise<{ id: string; old: Record<string, unknown> }> {
  const old = indonesiaProperties({ Submit: 'false' });
  return { id: (await runCustomResource(buildEvent({ ResourceProperties: old }))).physicalResourceId, old };
}

test('an upload whose record was lost, in a deploy then abandoned, is deleted by the next deploy', async () => {
  // GIVEN a draft, and a deploy that uploaded a new letter but failed to record it (the mark is written first)
  const { id, old } = await draft();
  const orphan = await uploadWithLostRecord(id, old, 'loa-a.pdf', 1);
  expect(markOf(id)).toMatch(/^\d+ /);

  // WHEN that change is abandoned and the stack is deployed again as it was
  await update(id, old, old);

  // THEN the unrecorded upload is gone, every other attachment stays, and the registration is no longer marked
  expectOnlyOrphanSwept(id, orphan);
});

test('the rollback of the failed deploy deletes it: the same deploy leaves nothing behind', async () => {
  // GIVEN a deploy that uploaded a new letter and failed to record it
  const { id, old } = await draft();
  const orphan = await uploadWithLostRecord(id, old, 'loa-a.pdf', 1);

  // WHEN CloudFormation rolls the stack back (an Update to the old properties)
  simulatedStack.rollingBack = true;
  await update(id, withLoa(old, 'loa-a.pdf'), old);

  // THEN the upload is gone and the registration holds what it held before
  expectOnlyOrphanSwept(id, orphan);
});

test('attachments of others are never touched (no tag, another registration\'s, the stack\'s alone), nor one a version points at', async () => {
  // GIVEN an unrecorded upload, which someone then binds by hand in the draft and submits; the review approves it
  const { id, old } = await draft();
  const bound = await uploadWithLostRecord(id, old, 'loa-a.pdf', 1);
  const api = registrationApiFor(local.current);
  await uploadCompleted('loa-a.pdf');
  await api.putFieldValue(id, LOA_FIELD, attachmentValue(bound));
  await api.submitVersion(id, false);
  local.current.admin.approve(id);
  // AND attachments made after the mark by others
  const others = await madeElsewhere([], [{ Key: UPLOADED_FOR_TAG, Value: 'registration-0123456789abcdef another-request' }],
    [{ Key: STACK_TAG_KEY, Value: 'SenderIds-Test' }]);

  // WHEN the stack is deployed as it was (a new version, holding the declared letter again)
  await update(id, old, old);

  // THEN the one the approved version points at stays, and so does every attachment of others
  const registration = (local.current.admin.dumpState().registrations as any[]).find((r) => r.registrationId === id);
  expect(registration.versions.map((v: any) => v.values[LOA_FIELD].RegistrationAttachmentId)).toEqual([bound, expect.not.stringMatching(bound)]);
  expect(existingIds()).toEqual(expect.arrayContaining([bound, ...others]));
  expect(local.current.admin.callLog().filter((c) => c.operation === 'DeleteRegistrationAttachment')).toEqual([]);
});

test('a sweep reads the tags of at most 5 attachments; the next deploy goes on from there', async () => {
  // GIVEN a lost record, six attachments of others made after it, then a second lost record (the mark is already there)
  const { id, old } = await draft();
  const first = await uploadWithLostRecord(id, old, 'loa-a.pdf', 1);
  const others = await madeElsewhere([], [], [], [], [], []);
  const second = await uploadWithLostRecord(id, old, 'loa-b.pdf', 0);
  local.current.admin.clearCallLog();

  // WHEN the stack is deployed as it was
  await update(id, old, old);

  // THEN the first is deleted after at most 5 reads of attachment tags, and the second waits for the next deploy
  const tagReadsOfAttachments = () => local.current.admin.callLog()
    .filter((c) => c.operation === 'ListTagsForResource' && String(c.params.ResourceArn).includes(':registration-attachment/'));
  expect(tagReadsOfAttachments()).toHaveLength(5);
  expect(existingIds()).not.toContain(first);
  expect(existingIds()).toContain(second);
  expect(markOf(id)).toMatch(/^\d+ /);

  // WHEN it is deployed once more, THEN the second goes too, the others stay, and the mark is cleared
  await update(id, old, old);
  expect(existingIds()).not.toContain(second);
  expect(existingIds()).toEqual(expect.arrayContaining(others));
  expect(markOf(id)).toBe('');
});

test('Delete with removal policy DESTROY deletes the registration\'s attachments with it', async () => {
  // GIVEN a draft whose deploys left an unrecorded upload
  const { id, old } = await draft();
  const others = await madeElsewhere([]);
  await uploadWithLostRecord(id, old, 'loa-a.pdf', 1);
  const props = { ...old, RemovalPolicy: 'destroy' };

  // WHEN the resource is deleted with DESTROY
  await runCustomResource(buildEvent({ RequestType: 'Delete', PhysicalResourceId: id, ResourceProperties: props }));

  // THEN only the attachment of others is left
  expect(existingIds()).toEqual(others);
});
