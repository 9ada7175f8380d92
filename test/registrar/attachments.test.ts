import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  CreateRegistrationAttachmentCommand, CreateRegistrationCommand, DeleteRegistrationAttachmentCommand,
  DescribeRegistrationAttachmentsCommand, PutRegistrationFieldValueCommand, RegistrationAttachmentsInformation,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import { eventually, PDF, PNG, rejectionOf, TEXT_FILE, useRegistrar } from './helpers';

const s3Root = mkdtempSync(join(tmpdir(), 'registrar-s3-'));
mkdirSync(join(s3Root, 'docs-bucket', 'loa'), { recursive: true });
writeFileSync(join(s3Root, 'docs-bucket', 'loa', 'xl.pdf'), PDF);
afterAll(() => rmSync(s3Root, { recursive: true, force: true }));

const { client, registrar } = useRegistrar({
  s3Root,
  resolveS3Object: (url) => (url === 's3://resolver-bucket/logo.png' ? PNG : undefined),
});

async function settled(id: string): Promise<RegistrationAttachmentsInformation> {
  return eventually(async () => {
    const [a] = (await client().send(new DescribeRegistrationAttachmentsCommand({ RegistrationAttachmentIds: [id] }))).RegistrationAttachments!;
    return a.AttachmentStatus === 'UPLOAD_IN_PROGRESS' ? undefined : a;
  }, `attachment ${id}`);
}

describe('registration attachments', () => {
  test('an uploaded PDF is UPLOAD_IN_PROGRESS at first, then UPLOAD_COMPLETE', async () => {
    const created = await client().send(new CreateRegistrationAttachmentCommand({ AttachmentBody: PDF }));
    expect(created.AttachmentStatus).toBe('UPLOAD_IN_PROGRESS');
    expect(created.CreatedTimestamp).toBeInstanceOf(Date);
    const done = await settled(created.RegistrationAttachmentId!);
    expect(done.AttachmentStatus).toBe('UPLOAD_COMPLETE');
    expect(done.AttachmentUploadErrorReason).toBeUndefined();
  });

  test('a file over 500 KB fails its upload', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(500 * 1024)]);
    const created = await client().send(new CreateRegistrationAttachmentCommand({ AttachmentBody: big }));
    const failed = await settled(created.RegistrationAttachmentId!);
    expect(failed.AttachmentStatus).toBe('UPLOAD_FAILED');
    expect(failed.AttachmentUploadErrorReason).toBe('INTERNAL_ERROR');
    const dumped = registrar().admin.dumpState().attachments as Array<{ registrationAttachmentId: string; failureDetail?: string }>;
    expect(dumped.find((a) => a.registrationAttachmentId === created.RegistrationAttachmentId)?.failureDetail).toContain('500 KB');
  });

  test('a file that is not PDF, PNG or JPEG fails its upload', async () => {
    const created = await client().send(new CreateRegistrationAttachmentCommand({ AttachmentBody: TEXT_FILE }));
    expect((await settled(created.RegistrationAttachmentId!)).AttachmentStatus).toBe('UPLOAD_FAILED');
  });

  test('a body over the API limit of 1,572,864 bytes is refused outright', async () => {
    const error = await rejectionOf(client().send(new CreateRegistrationAttachmentCommand({ AttachmentBody: Buffer.alloc(1_572_865) })));
    expect(error.name).toBe('ValidationException');
  });

  test('s3:// URLs resolve from s3Root or resolveS3Object; a missing object fails the upload', async () => {
    const fromDir = await client().send(new CreateRegistrationAttachmentCommand({ AttachmentUrl: 's3://docs-bucket/loa/xl.pdf' }));
    const fromResolver = await client().send(new CreateRegistrationAttachmentCommand({ AttachmentUrl: 's3://resolver-bucket/logo.png' }));
    const missing = await client().send(new CreateRegistrationAttachmentCommand({ AttachmentUrl: 's3://docs-bucket/loa/none.pdf' }));
    expect((await settled(fromDir.RegistrationAttachmentId!)).AttachmentStatus).toBe('UPLOAD_COMPLETE');
    expect((await settled(fromResolver.RegistrationAttachmentId!)).AttachmentUrl).toBe('s3://resolver-bucket/logo.png');
    expect((await settled(missing.RegistrationAttachmentId!)).AttachmentStatus).toBe('UPLOAD_FAILED');
  });

  test('both or neither of AttachmentBody and AttachmentUrl are refused', async () => {
    const both = await rejectionOf(client().send(new CreateRegistrationAttachmentCommand({
      AttachmentBody: PDF, AttachmentUrl: 's3://docs-bucket/loa/xl.pdf',
    })));
    expect(both.Reason).toBe('PARAMETERS_CANNOT_BE_USED_TOGETHER');
    const neither = await rejectionOf(client().send(new CreateRegistrationAttachmentCommand({})));
    expect(neither.Reason).toBe('MISSING_PARAMETER');
  });

  test('an attachment used by a registration cannot be deleted; an unused one can, and is then gone', async () => {
    const created = await client().send(new CreateRegistrationAttachmentCommand({ AttachmentBody: PDF }));
    const id = created.RegistrationAttachmentId!;
    await settled(id);
    const { RegistrationId } = await client().send(new CreateRegistrationCommand({ RegistrationType: 'ID_SENDER_ID_REGISTRATION' }));
    await client().send(new PutRegistrationFieldValueCommand({
      RegistrationId, FieldPath: 'idSidSpecificInfo.letterOfAuthorization3', RegistrationAttachmentId: id,
    }));
    const inUse = await rejectionOf(client().send(new DeleteRegistrationAttachmentCommand({ RegistrationAttachmentId: id })));
    expect(inUse.Reason).toBe('RESOURCE_DELETION_NOT_ALLOWED');

    const unused = await client().send(new CreateRegistrationAttachmentCommand({ AttachmentBody: PNG }));
    const deleted = await client().send(new DeleteRegistrationAttachmentCommand({ RegistrationAttachmentId: unused.RegistrationAttachmentId }));
    expect(deleted.AttachmentStatus).toBe('DELETED');
    const gone = await rejectionOf(client().send(new DescribeRegistrationAttachmentsCommand({
      RegistrationAttachmentIds: [unused.RegistrationAttachmentId!],
    })));
    expect(gone.name).toBe('ResourceNotFoundException');
    const never = await rejectionOf(client().send(new DescribeRegistrationAttachmentsCommand({
      RegistrationAttachmentIds: ['attachment-00000000000000000000000000000000'],
    })));
    expect([never.name, never.ResourceId]).toEqual(['ResourceNotFoundException', 'attachment-00000000000000000000000000000000']);
  });
});
