import { INDONESIA_DOCUMENTS, indiaProperties, indonesiaProperties, makeS3Root } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, startHandlerAgainstRegistrar, tagsBesidesBookkeeping, writeCalls } from '../support/local-registrar';

let registrar: RunningRegistrar;
beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar({ s3Root: makeS3Root() });
});
afterAll(async () => registrar.close());
beforeEach(() => registrar.admin.reset());

function registrations(): any[] {
  return registrar.admin.dumpState().registrations as any[];
}

function operations(name: string) {
  return registrar.admin.callLog().filter((c) => c.operation === name);
}

describe('Create', () => {
  test('India: all 21 fields are written, read back and the registration is submitted', async () => {
    // GIVEN the properties the construct renders for the seed's India sender ID
    const event = buildEvent({ ResourceProperties: indiaProperties() });

    // WHEN CloudFormation creates the resource
    const outcome = await runCustomResource(event);

    // THEN the registration exists, submitted, with every field, and the attributes say so
    expect(outcome.data).toEqual({
      RegistrationId: outcome.physicalResourceId,
      RegistrationArn: expect.stringContaining(`registration/${outcome.physicalResourceId}`),
      VersionNumber: '1',
      RegistrationStatus: 'SUBMITTED',
    });
    const puts = operations('PutRegistrationFieldValue').filter((c) => c.outcome === 'ok');
    expect(new Set(puts.map((c) => c.params.FieldPath)).size).toBe(21);
    const submits = operations('SubmitRegistrationVersion');
    expect(submits).toHaveLength(1);
    expect(submits[0].params).toMatchObject({ AwsReview: false });
    // The values are read back after the last write and before the submit.
    const lastPut = Math.max(...puts.map((c) => c.seq));
    expect(operations('DescribeRegistrationFieldValues').some((c) => c.seq > lastPut && c.seq < submits[0].seq)).toBe(true);
  });

  test('the ClientToken comes from StackId + LogicalResourceId + RequestId, and tags reach the registration', async () => {
    const outcome = await runCustomResource(buildEvent({ ResourceProperties: indiaProperties() }));
    const [create] = operations('CreateRegistration');
    expect(create.params.ClientToken).toMatch(/^[0-9a-f]{64}$/);
    expect(create.params.Tags).toEqual([{ Key: 'team', Value: 'messaging' }]);
    expect(tagsBesidesBookkeeping(registrar, outcome.data.RegistrationArn)).toEqual({ team: 'messaging' });
  });

  test('AwsReview is honoured', async () => {
    await runCustomResource(buildEvent({ ResourceProperties: indiaProperties({ AwsReview: 'true' }) }));
    expect(operations('SubmitRegistrationVersion')[0].params).toMatchObject({ AwsReview: true });
  });

  test('Submit false leaves a complete draft for a person to review', async () => {
    const outcome = await runCustomResource(buildEvent({ ResourceProperties: indiaProperties({ Submit: 'false' }) }));
    expect(outcome.data.RegistrationStatus).toBe('CREATED');
    expect(operations('SubmitRegistrationVersion')).toHaveLength(0);
    expect(operations('PutRegistrationFieldValue')).toHaveLength(21);
  });

  test('Indonesia: every document is uploaded from S3 and bound to its field', async () => {
    const outcome = await runCustomResource(buildEvent({ LogicalResourceId: 'Indonesia', ResourceProperties: indonesiaProperties() }));

    expect(outcome.data.RegistrationStatus).toBe('SUBMITTED');
    const attachments = operations('CreateRegistrationAttachment');
    expect(attachments.map((c) => c.params.AttachmentUrl).sort()).toEqual(Object.values(INDONESIA_DOCUMENTS).map((f) => `s3://test-assets/${f}`).sort());
    const bound = operations('PutRegistrationFieldValue').filter((c) => c.params.RegistrationAttachmentId);
    expect(bound.map((c) => c.params.FieldPath).sort()).toEqual(Object.keys(INDONESIA_DOCUMENTS).sort());
    const state = registrar.admin.dumpState();
    expect((state.attachments as any[]).every((a) => a.status === 'UPLOAD_COMPLETE')).toBe(true);
  });

  test('each attachment carries the stack tag of its registration (the role may delete only those), next to its content hash', async () => {
    const stackTag = { Key: 'sender-id-registration:stack', Value: 'SenderIds-Test' };
    const properties = indonesiaProperties();
    await runCustomResource(buildEvent({ LogicalResourceId: 'Indonesia', ResourceProperties: { ...properties, Tags: [stackTag, ...(properties.Tags as any[])] } }));

    const state = registrar.admin.dumpState();
    const attachmentArns = (state.attachments as any[]).map((a) => a.registrationAttachmentArn);
    expect(attachmentArns.length).toBe(Object.keys(INDONESIA_DOCUMENTS).length);
    for (const arn of attachmentArns) {
      expect(state.tags[arn]).toMatchObject({ [stackTag.Key]: stackTag.Value, 'sender-id-registration:content-hash': expect.any(String) });
    }
    for (const call of operations('CreateRegistrationAttachment')) expect(call.params.Tags).toContainEqual(stackTag);
  });

  test('the same Create event twice gives one registration', async () => {
    const event = buildEvent({ ResourceProperties: indiaProperties() });
    const first = await runCustomResource(event);
    const second = await runCustomResource(event);

    expect(second.physicalResourceId).toBe(first.physicalResourceId);
    expect(registrations()).toHaveLength(1);
    // The retried event found the work done: no second submit, no field written twice.
    expect(operations('SubmitRegistrationVersion').filter((c) => c.outcome === 'ok')).toHaveLength(1);
    expect(operations('PutRegistrationFieldValue')).toHaveLength(21);
  });

  test('an invalid value is refused before any write, naming every bad field', async () => {
    const props = indiaProperties();
    const fields = props.Fields as Record<string, unknown>;
    const event = buildEvent({
      ResourceProperties: { ...props, Fields: { ...fields, 'senderIdInfo.senderId': 'DEMO-1', 'messagingUseCase.useCaseCategory': ['Promotions and marketing'] } },
    });

    await expect(runCustomResource(event)).rejects.toThrow(/senderIdInfo\.senderId[\s\S]*"DEMO-1" must match[\s\S]*messagingUseCase\.useCaseCategory/);
    expect(writeCalls(registrar)).toEqual([]);
    expect(registrations()).toHaveLength(0);
  });

  test('a Create that fails partway (the 5th PutRegistrationFieldValue) leaves no registration behind', async () => {
    // GIVEN the service refuses the 5th field write, after four succeeded
    registrar.admin.failNext('PutRegistrationFieldValue', 1, 'AccessDeniedException', 4);

    // WHEN the registration is created
    const error: Error = await runCustomResource(buildEvent({ ResourceProperties: indiaProperties() })).catch((e) => e);

    // THEN the deploy fails with the service's error, and what was made is gone
    expect(error.message).toMatch(/AccessDeniedException/);
    const puts = operations('PutRegistrationFieldValue');
    expect(puts.map((c) => c.outcome)).toEqual(['ok', 'ok', 'ok', 'ok', 'AccessDeniedException']);
    expect(operations('DeleteRegistration').map((c) => c.outcome)).toEqual(['ok']);
    expect(registrations().map((r) => r.status)).toEqual(['DELETED']);
  });

  test('a document that fails to upload names its field and file, and nothing is left behind', async () => {
    const props = indonesiaProperties();
    const attachments = props.Attachments as Record<string, any>;
    const event = buildEvent({
      ResourceProperties: {
        ...props,
        Attachments: { ...attachments, 'idSidSpecificInfo.letterOfAuthorization3': { ...attachments['idSidSpecificInfo.letterOfAuthorization3'], S3Url: 's3://test-assets/missing.pdf', FileName: 'missing.pdf' } },
      },
    });

    await expect(runCustomResource(event)).rejects.toThrow(/idSidSpecificInfo\.letterOfAuthorization3: the file missing\.pdf could not be uploaded/);
    expect(registrations().every((r) => r.status === 'DELETED')).toBe(true);
  });

  test('personal data never reaches the error CloudFormation shows', async () => {
    const props = indiaProperties();
    const event = buildEvent({ ResourceProperties: { ...props, Fields: { ...(props.Fields as object), 'contactInfo.emailAddress': 'jane.doe.example.com' } } });
    const error: Error = await runCustomResource(event).catch((e) => e);
    expect(error.message).toContain('contactInfo.emailAddress');
    expect(error.message).not.toContain('jane');
  });
});
