import {
  ConflictException, CreateRegistrationCommand, CreateRegistrationVersionCommand, DeleteRegistrationCommand,
  DeleteRegistrationFieldValueCommand, DescribeRegistrationFieldValuesCommand, DescribeRegistrationsCommand,
  DescribeRegistrationVersionsCommand, DiscardRegistrationVersionCommand, PutRegistrationFieldValueCommand,
  ResourceNotFoundException, SubmitRegistrationVersionCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import { INDIA_VALUES, putValues, rejectionOf, useRegistrar } from './helpers';

// Copy mode: the approval test below reads the values carried into version 2.
const { registrar, client } = useRegistrar({ newVersionMode: 'copy' });

async function submittedIndia(): Promise<string> {
  const created = await client().send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
  await putValues(client(), created.RegistrationId!, INDIA_VALUES);
  await client().send(new SubmitRegistrationVersionCommand({ RegistrationId: created.RegistrationId! }));
  return created.RegistrationId!;
}

async function registration(id: string) {
  return (await client().send(new DescribeRegistrationsCommand({ RegistrationIds: [id] }))).Registrations![0];
}

async function versions(id: string) {
  return (await client().send(new DescribeRegistrationVersionsCommand({ RegistrationId: id }))).RegistrationVersions!;
}

describe('registration lifecycle through the real SDK', () => {
  test('a new registration is CREATED with version 1 as a DRAFT, with ARN and timestamps the SDK understands', async () => {
    const created = await client().send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    expect(created.RegistrationId).toMatch(/^registration-[0-9a-f]{32}$/);
    expect(created.RegistrationArn).toBe(`arn:aws:sms-voice:us-east-1:123456789012:registration/${created.RegistrationId}`);
    expect(created.RegistrationStatus).toBe('CREATED');
    expect(created.CurrentVersionNumber).toBe(1);
    expect(created.CreatedTimestamp).toBeInstanceOf(Date);
    const [v1] = await versions(created.RegistrationId!);
    expect(v1.RegistrationVersionStatus).toBe('DRAFT');
    expect(v1.RegistrationVersionStatusHistory?.DraftTimestamp).toBeInstanceOf(Date);
  });

  test('submit moves version and registration to SUBMITTED, or AWS_REVIEWING with AwsReview', async () => {
    const id = await submittedIndia();
    expect((await registration(id)).RegistrationStatus).toBe('SUBMITTED');
    expect((await versions(id))[0].RegistrationVersionStatus).toBe('SUBMITTED');

    const other = await client().send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    await putValues(client(), other.RegistrationId!, INDIA_VALUES);
    const submitted = await client().send(new SubmitRegistrationVersionCommand({ RegistrationId: other.RegistrationId!, AwsReview: true }));
    expect(submitted.RegistrationVersionStatus).toBe('AWS_REVIEWING');
    expect(submitted.AwsReview).toBe(true);
    expect((await registration(other.RegistrationId!)).RegistrationStatus).toBe('AWS_REVIEWING');
  });

  test('under review nothing changes: edit, delete, new version, discard and resubmit are refused with the service reasons', async () => {
    const id = await submittedIndia();
    registrar().admin.setVersionStatus(id, 'REVIEWING');
    const expectConflict = async (call: Promise<unknown>, reason: string) => {
      const error = await rejectionOf(call);
      expect(error).toBeInstanceOf(ConflictException);
      expect(error.Reason).toBe(reason);
      expect(error.ResourceId).toBe(id);
      expect(error.message).toContain('REVIEWING');
    };
    await expectConflict(client().send(new PutRegistrationFieldValueCommand({
      RegistrationId: id, FieldPath: 'senderIdInfo.senderId', TextValue: 'OTHER',
    })),
      'EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED');
    await expectConflict(client().send(new DeleteRegistrationFieldValueCommand({ RegistrationId: id, FieldPath: 'messageSamples.messageSample1' })),
      'EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED');
    await expectConflict(client().send(new DeleteRegistrationCommand({ RegistrationId: id })), 'RESOURCE_DELETION_NOT_ALLOWED');
    await expectConflict(client().send(new CreateRegistrationVersionCommand({ RegistrationId: id })), 'CREATE_REGISTRATION_VERSION_NOT_ALLOWED');
    await expectConflict(client().send(new DiscardRegistrationVersionCommand({ RegistrationId: id })), 'DISCARD_REGISTRATION_VERSION_NOT_ALLOWED');
    await expectConflict(client().send(new SubmitRegistrationVersionCommand({ RegistrationId: id })), 'REGISTRATION_ALREADY_SUBMITTED');
    expect((await registration(id)).RegistrationStatus).toBe('REVIEWING');
  });

  test.each(['SUBMITTED', 'AWS_REVIEWING', 'REVIEWING'])('a registration whose latest version is %s cannot be deleted', async (status) => {
    const id = await submittedIndia();
    registrar().admin.setVersionStatus(id, status);
    const error = await rejectionOf(client().send(new DeleteRegistrationCommand({ RegistrationId: id })));
    expect(error).toBeInstanceOf(ConflictException);
    expect(error.Reason).toBe('RESOURCE_DELETION_NOT_ALLOWED');
    expect((await registration(id)).RegistrationStatus).toBe(status);
  });

  test('describing a registration id that never existed is ResourceNotFound, even next to one that exists', async () => {
    const { RegistrationId: id } = await client().send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    const unknown = 'registration-00000000000000000000000000000000';
    const error = await rejectionOf(client().send(new DescribeRegistrationsCommand({ RegistrationIds: [id!, unknown] })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.ResourceId).toBe(unknown);
  });

  test('a new version is refused while the latest is still a DRAFT', async () => {
    const created = await client().send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    const error = await rejectionOf(client().send(new CreateRegistrationVersionCommand({ RegistrationId: created.RegistrationId! })));
    expect(error.Reason).toBe('CREATE_REGISTRATION_VERSION_NOT_ALLOWED');
  });

  test('approval completes the registration; a new version copies the values and a second approval archives the first', async () => {
    const id = await submittedIndia();
    registrar().admin.approve(id);
    let info = await registration(id);
    expect(info.RegistrationStatus).toBe('COMPLETE');
    expect(info.ApprovedVersionNumber).toBe(1);

    const v2 = await client().send(new CreateRegistrationVersionCommand({ RegistrationId: id }));
    expect(v2.VersionNumber).toBe(2);
    expect(v2.RegistrationVersionStatus).toBe('DRAFT');
    // The approved sender ID stays usable while the new draft is edited.
    expect((await registration(id)).RegistrationStatus).toBe('COMPLETE');
    const copied = await client().send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id, MaxResults: 100 }));
    expect(copied.VersionNumber).toBe(2);
    expect(copied.RegistrationFieldValues).toHaveLength(Object.keys(INDIA_VALUES).length);

    await client().send(new PutRegistrationFieldValueCommand({
      RegistrationId: id, FieldPath: 'messageSamples.messageSample1', TextValue: 'Code: 999',
    }));
    await client().send(new SubmitRegistrationVersionCommand({ RegistrationId: id }));
    registrar().admin.approve(id);
    info = await registration(id);
    expect(info.ApprovedVersionNumber).toBe(2);
    const [latest, first] = await versions(id);
    expect([latest.VersionNumber, latest.RegistrationVersionStatus]).toEqual([2, 'APPROVED']);
    expect([first.VersionNumber, first.RegistrationVersionStatus]).toEqual([1, 'ARCHIVED']);
    expect(first.RegistrationVersionStatusHistory?.ArchivedTimestamp).toBeInstanceOf(Date);
  });

  test('denial shows on the version (DeniedReasons) and on fields (DeniedReason); the denied version is frozen', async () => {
    const id = await submittedIndia();
    registrar().admin.deny(id, {
      versionReasons: [{ Reason: 'Sender ID mismatch', ShortDescription: 'The sender ID does not match the TRAI registration' }],
      fieldReasons: { 'senderIdInfo.senderId': 'Not registered with TRAI' },
    });
    const info = await registration(id);
    expect(info.RegistrationStatus).toBe('REQUIRES_UPDATES');
    expect(info.LatestDeniedVersionNumber).toBe(1);
    const [v1] = await versions(id);
    expect(v1.RegistrationVersionStatus).toBe('DENIED');
    expect(v1.DeniedReasons).toEqual([{ Reason: 'Sender ID mismatch', ShortDescription: 'The sender ID does not match the TRAI registration' }]);
    const fields = await client().send(new DescribeRegistrationFieldValuesCommand({
      RegistrationId: id, VersionNumber: 1, FieldPaths: ['senderIdInfo.senderId'],
    }));
    expect(fields.RegistrationFieldValues).toEqual([
      { FieldPath: 'senderIdInfo.senderId', TextValue: 'EXPAY', DeniedReason: 'Not registered with TRAI' },
    ]);

    const error = await rejectionOf(client().send(new PutRegistrationFieldValueCommand({
      RegistrationId: id, FieldPath: 'senderIdInfo.senderId', TextValue: 'FIXED',
    })));
    expect(error.Reason).toBe('EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED');

    await client().send(new CreateRegistrationVersionCommand({ RegistrationId: id }));
    await client().send(new PutRegistrationFieldValueCommand({
      RegistrationId: id, FieldPath: 'senderIdInfo.senderId', TextValue: 'FIXED',
    }));
    const v2Values = await client().send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id, FieldPaths: ['senderIdInfo.senderId'] }));
    // The denial stays with version 1; the new draft carries only the value.
    expect(v2Values.RegistrationFieldValues).toEqual([{ FieldPath: 'senderIdInfo.senderId', TextValue: 'FIXED' }]);
  });

  test('a discarded draft is DISCARDED and can be replaced by a new version', async () => {
    const created = await client().send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    const discarded = await client().send(new DiscardRegistrationVersionCommand({ RegistrationId: created.RegistrationId! }));
    expect(discarded.RegistrationVersionStatus).toBe('DISCARDED');
    expect(discarded.RegistrationVersionStatusHistory?.DiscardedTimestamp).toBeInstanceOf(Date);
    const v2 = await client().send(new CreateRegistrationVersionCommand({ RegistrationId: created.RegistrationId! }));
    expect(v2.VersionNumber).toBe(2);
  });

  test('a deleted registration is described as DELETED; deleting it again or an unknown id is ResourceNotFound', async () => {
    const created = await client().send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    const id = created.RegistrationId!;
    const deleted = await client().send(new DeleteRegistrationCommand({ RegistrationId: id }));
    expect(deleted.RegistrationStatus).toBe('DELETED');
    expect((await registration(id)).RegistrationStatus).toBe('DELETED');

    for (const target of [id, 'registration-00000000000000000000000000000000']) {
      const error = await rejectionOf(client().send(new DeleteRegistrationCommand({ RegistrationId: target })));
      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(error.ResourceType).toBe('registration');
      expect(error.ResourceId).toBe(target);
    }
    const listed = await client().send(new DescribeRegistrationsCommand({ MaxResults: 100 }));
    expect(listed.Registrations!.map((r) => r.RegistrationId)).not.toContain(id);
  });
});
