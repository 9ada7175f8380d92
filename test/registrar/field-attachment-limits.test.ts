import {
  CreateRegistrationAttachmentCommand, CreateRegistrationCommand, DescribeRegistrationAttachmentsCommand, PutRegistrationFieldValueCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import { attachmentField } from '../support/field-builders';
import { eventually, PDF, rejectionOf, useRegistrar } from './helpers';

// A UK form holding only its letter of authorization: the registrar serves it as the live definitions.
const { client } = useRegistrar({
  catalog: [{
    RegistrationType: 'GB_SENDER_ID_REGISTRATION',
    IsoCountryCode: 'GB',
    Complete: false,
    Provenance: { Kind: 'ASSEMBLED', Source: 'test' },
    FieldDefinitions: [attachmentField('senderIdInfo.letterOfAuthorization', 'Letter of authorization image', { requirement: 'OPTIONAL' })],
    FieldProvenance: {},
  }],
});

async function uploaded(bytes: number): Promise<string> {
  const body = Buffer.concat([PDF, Buffer.alloc(bytes - PDF.length, 0x20)]);
  const { RegistrationAttachmentId } = await client().send(new CreateRegistrationAttachmentCommand({ AttachmentBody: body }));
  await eventually(async () => {
    const described = await client().send(new DescribeRegistrationAttachmentsCommand({ RegistrationAttachmentIds: [RegistrationAttachmentId!] }));
    const [a] = described.RegistrationAttachments!;
    return a.AttachmentStatus === 'UPLOAD_COMPLETE' ? a : undefined;
  }, 'upload');
  return RegistrationAttachmentId!;
}

describe('a field with its own attachment limit (the UK letter of authorization: 400 KB)', () => {
  test('a 450 KB PDF uploads (under the API limit) but is refused for that field, naming the field and the limit', async () => {
    const attachmentId = await uploaded(450 * 1024);
    const { RegistrationId } = await client().send(new CreateRegistrationCommand({ RegistrationType: 'GB_SENDER_ID_REGISTRATION' }));
    const error = await rejectionOf(client().send(new PutRegistrationFieldValueCommand({
      RegistrationId, FieldPath: 'senderIdInfo.letterOfAuthorization', RegistrationAttachmentId: attachmentId,
    })));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toContain(`senderIdInfo.letterOfAuthorization: attachment ${attachmentId} is 460800 bytes, at most 409600 (400 KB) allowed`);
  });

  test('a 390 KB PDF is accepted', async () => {
    const attachmentId = await uploaded(390 * 1024);
    const { RegistrationId } = await client().send(new CreateRegistrationCommand({ RegistrationType: 'GB_SENDER_ID_REGISTRATION' }));
    await expect(client().send(new PutRegistrationFieldValueCommand({
      RegistrationId, FieldPath: 'senderIdInfo.letterOfAuthorization', RegistrationAttachmentId: attachmentId,
    }))).resolves.toBeDefined();
  });
});
