import {
  CreateRegistrationAttachmentCommand, CreateRegistrationCommand, DescribeRegistrationAttachmentsCommand, DescribeRegistrationsCommand,
  ListTagsForResourceCommand, TagResourceCommand, UntagResourceCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import { PDF, rejectionOf, useRegistrar } from './helpers';

const { client } = useRegistrar();

describe('ClientToken idempotency', () => {
  test('CreateRegistration with the same token returns the same registration and creates nothing new', async () => {
    const before = (await client().send(new DescribeRegistrationsCommand({ MaxResults: 100 }))).Registrations!.length;
    const input = { RegistrationType: 'IN_SENDER_ID_REGISTRATION', ClientToken: 'stack-1/SenderId/request-1' };
    const first = await client().send(new CreateRegistrationCommand(input));
    const again = await client().send(new CreateRegistrationCommand(input));
    expect(again.RegistrationId).toBe(first.RegistrationId);
    expect(again.CreatedTimestamp).toEqual(first.CreatedTimestamp);
    const other = await client().send(new CreateRegistrationCommand({ ...input, ClientToken: 'stack-1/SenderId/request-2' }));
    expect(other.RegistrationId).not.toBe(first.RegistrationId);
    const after = (await client().send(new DescribeRegistrationsCommand({ MaxResults: 100 }))).Registrations!.length;
    expect(after - before).toBe(2);
  });

  test('CreateRegistrationAttachment with the same token returns the same attachment', async () => {
    const first = await client().send(new CreateRegistrationAttachmentCommand({ AttachmentBody: PDF, ClientToken: 'loa-1' }));
    const again = await client().send(new CreateRegistrationAttachmentCommand({ AttachmentBody: PDF, ClientToken: 'loa-1' }));
    expect(again.RegistrationAttachmentId).toBe(first.RegistrationAttachmentId);
    const all = await client().send(new DescribeRegistrationAttachmentsCommand({ MaxResults: 100 }));
    expect(all.RegistrationAttachments!.filter((a) => a.RegistrationAttachmentId === first.RegistrationAttachmentId)).toHaveLength(1);
    expect(all.RegistrationAttachments).toHaveLength(1);
  });
});

describe('tags', () => {
  test('tags given at creation, added, removed and listed on registrations and attachments', async () => {
    const registration = await client().send(new CreateRegistrationCommand({
      RegistrationType: 'IN_SENDER_ID_REGISTRATION', Tags: [{ Key: 'team', Value: 'messaging' }],
    }));
    expect(registration.Tags).toEqual([{ Key: 'team', Value: 'messaging' }]);
    const arn = registration.RegistrationArn!;
    const Tags = [{ Key: 'stage', Value: 'prod' }, { Key: 'team', Value: 'sms' }];
    await client().send(new TagResourceCommand({ ResourceArn: arn, Tags }));
    await client().send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['stage'] }));
    const listed = await client().send(new ListTagsForResourceCommand({ ResourceArn: arn }));
    expect(listed).toEqual(expect.objectContaining({ ResourceArn: arn, Tags: [{ Key: 'team', Value: 'sms' }] }));

    const attachment = await client().send(new CreateRegistrationAttachmentCommand({ AttachmentBody: PDF, Tags: [{ Key: 'doc', Value: 'loa' }] }));
    const attachmentArn = /^arn:aws:sms-voice:us-east-1:123456789012:registration-attachment\/attachment-[0-9a-f]{32}$/;
    expect(attachment.RegistrationAttachmentArn).toMatch(attachmentArn);
    const attachmentTags = await client().send(new ListTagsForResourceCommand({ ResourceArn: attachment.RegistrationAttachmentArn }));
    expect(attachmentTags.Tags).toEqual([{ Key: 'doc', Value: 'loa' }]);
  });

  test('an unknown ARN is ResourceNotFound, an ARN of another resource type INVALID_ARN, and a non-ARN breaks the model', async () => {
    const unknown = await rejectionOf(client().send(new ListTagsForResourceCommand({
      ResourceArn: 'arn:aws:sms-voice:us-east-1:123456789012:registration/registration-0123',
    })));
    expect(unknown.name).toBe('ResourceNotFoundException');
    const foreign = await rejectionOf(client().send(new ListTagsForResourceCommand({ ResourceArn: 'arn:aws:sns:us-east-1:123456789012:topic' })));
    expect(foreign.Reason).toBe('INVALID_ARN');
    const malformed = await rejectionOf(client().send(new ListTagsForResourceCommand({ ResourceArn: 'not-an-arn' })));
    expect(malformed.Reason).toBe('FIELD_VALIDATION_FAILED');
    expect(malformed.Fields.map((f: { Name: string }) => f.Name)).toEqual(['ResourceArn', 'ResourceArn']);
  });
});
