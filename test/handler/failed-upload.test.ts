import * as fs from 'node:fs';
import * as path from 'node:path';
import { attachmentProperty, indonesiaProperties, makeS3Root } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, startHandlerAgainstRegistrar } from '../support/local-registrar';

// A document whose upload fails (here: its S3 object is not readable yet) must never block a later deploy of the same file.
const LOA_FIELD = 'idSidSpecificInfo.letterOfAuthorization3';
const LATE_LOA = Buffer.from('%PDF-1.4\nXL Axiata letter of authorization, uploaded late\n%%EOF\n');

let registrar: RunningRegistrar;
let s3Root: string;
beforeAll(async () => {
  s3Root = makeS3Root();
  registrar = await startHandlerAgainstRegistrar({ s3Root });
});
afterAll(async () => registrar.close());
beforeEach(() => {
  registrar.admin.reset();
  fs.rmSync(path.join(s3Root, 'test-assets', 'late-loa.pdf'), { force: true });
});

/** The file becomes readable: nothing in the stack changes, only the earlier failure is behind us. */
function fileArrives(): void {
  fs.writeFileSync(path.join(s3Root, 'test-assets', 'late-loa.pdf'), LATE_LOA);
}

function withLateLoa(props: Record<string, unknown>): Record<string, unknown> {
  return { ...props, Attachments: { ...(props.Attachments as object), [LOA_FIELD]: attachmentProperty('late-loa.pdf', LATE_LOA) } };
}

/** Attachments that exist and that no version of a live registration points at. */
function unboundAttachments(): any[] {
  const state = registrar.admin.dumpState();
  const bound = new Set((state.registrations as any[]).filter((r) => r.status !== 'DELETED')
    .flatMap((r) => r.versions.flatMap((v: any) => Object.values(v.values).map((value: any) => value.RegistrationAttachmentId))));
  return (state.attachments as any[]).filter((a) => !bound.has(a.registrationAttachmentId));
}

function update(id: string, oldProps: Record<string, unknown>, props: Record<string, unknown>) {
  return runCustomResource(buildEvent({ RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: oldProps, ResourceProperties: props }));
}

describe('a failed upload never blocks a later deploy', () => {
  test('Create: the failed deploy leaves nothing, and the next deploy of the same file succeeds', async () => {
    // GIVEN a registration whose letter of authorization cannot be read yet
    const props = withLateLoa(indonesiaProperties());

    // WHEN it is created, THEN the deploy fails naming the field and the file, and leaves nothing behind
    await expect(runCustomResource(buildEvent({ ResourceProperties: props }))).rejects.toThrow(`${LOA_FIELD}: the file late-loa.pdf could not be uploaded`);
    expect(registrar.admin.dumpState().attachments).toEqual([]);

    // WHEN the file is readable and the same stack is deployed again
    fileArrives();
    const outcome = await runCustomResource(buildEvent({ ResourceProperties: props }));

    // THEN the registration is submitted with every file, and no attachment is left unbound
    expect(outcome.data.RegistrationStatus).toBe('SUBMITTED');
    expect(unboundAttachments()).toEqual([]);
    expect(registrar.admin.dumpState().attachments).toHaveLength(7);
  });

  test('Update: the failed attachment is deleted, and the next deploy uploads the file again under a new ClientToken', async () => {
    // GIVEN a draft registration with every file bound
    const old = indonesiaProperties({ Submit: 'false' });
    const id = (await runCustomResource(buildEvent({ ResourceProperties: old }))).physicalResourceId;
    const changed = withLateLoa(old);

    // WHEN an update changes a document whose upload fails, THEN that deploy fails and the failed attachment is gone
    await expect(update(id, old, changed)).rejects.toThrow(`${LOA_FIELD}: the file late-loa.pdf could not be uploaded`);
    expect((registrar.admin.dumpState().attachments as any[]).map((a) => a.status)).not.toContain('UPLOAD_FAILED');
    const firstToken = String(uploadsOf('late-loa.pdf')[0].params.ClientToken);

    // WHEN the file is readable and the same update is deployed again, with no fault at all
    fileArrives();
    await update(id, old, changed);

    // THEN it succeeds: a new upload with another ClientToken, bound to the field; the replaced file is deleted too
    expect(uploadsOf('late-loa.pdf').map((c) => c.params.ClientToken)).toEqual([firstToken, expect.not.stringMatching(firstToken)]);
    const registration = (registrar.admin.dumpState().registrations as any[]).find((r) => r.registrationId === id);
    const loa = registration.versions.at(-1).values[LOA_FIELD].RegistrationAttachmentId;
    expect((registrar.admin.dumpState().attachments as any[]).find((a) => a.registrationAttachmentId === loa).status).toBe('UPLOAD_COMPLETE');
    expect(unboundAttachments()).toEqual([]);
  });

  test('an upload that failed in an earlier deploy and is still recorded is replaced, not reused', async () => {
    // GIVEN a draft whose record for the letter points at an attachment that failed (as deploys before this fix left it)
    const old = indonesiaProperties({ Submit: 'false' });
    const id = (await runCustomResource(buildEvent({ ResourceProperties: old }))).physicalResourceId;
    const changed = withLateLoa(old);
    await expect(update(id, old, changed)).rejects.toThrow(/could not be uploaded/);
    registrar.admin.failNext('DeleteRegistrationAttachment', 2, 'AccessDeniedException');
    await expect(update(id, old, changed)).rejects.toThrow(/could not be uploaded/);
    expect((registrar.admin.dumpState().attachments as any[]).filter((a) => a.status === 'UPLOAD_FAILED')).toHaveLength(1);

    // WHEN the file is readable and the stack is deployed again
    fileArrives();
    await update(id, old, changed);

    // THEN the deploy succeeds and the failed attachment left behind is deleted
    expect(unboundAttachments()).toEqual([]);
  });
});

function uploadsOf(file: string) {
  return registrar.admin.callLog().filter((c) => c.operation === 'CreateRegistrationAttachment' && c.outcome === 'ok'
    && String(c.params.AttachmentUrl).endsWith(`/${file}`));
}
