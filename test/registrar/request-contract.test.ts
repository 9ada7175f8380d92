import {
  CreateRegistrationAttachmentCommand, CreateRegistrationCommand, DescribeRegistrationAttachmentsCommand,
  DescribeRegistrationFieldDefinitionsCommand, DescribeRegistrationFieldValuesCommand, DescribeRegistrationsCommand,
  DescribeRegistrationVersionsCommand, TagResourceCommand, ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import { OPERATION_NAMES } from '../../tools/registrar';
import { checkAllShapes, uncompilablePatterns } from '../../tools/registrar/request-contract';
import { serviceModel } from '../../tools/registrar/service-model';
import { PDF, rawCall, rejectionOf, useRegistrar } from './helpers';

/**
 * The service model's input shapes are the registrar's request contract. The SDK checks none of it
 * (it sends a missing required member, a string for an integer, a seventh id), so these tests go
 * through the SDK where it sends the bad request, and by hand where it cannot (unknown members, bad base64).
 */

const { client, registrar } = useRegistrar();

const FIVE_FIELD_PATHS = [
  'senderIdInfo.senderId', 'companyInfo.companyName', 'companyInfo.website', 'contactInfo.emailAddress', 'messageSamples.messageSample1',
];

async function newRegistration(): Promise<string> {
  return (await client().send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }))).RegistrationId!;
}

/** The ValidationException of a call, with the member names it lists. */
async function refusal(call: Promise<unknown>): Promise<{ error: any; names: string[] }> {
  const error = await rejectionOf(call);
  expect(error).toBeInstanceOf(ValidationException);
  expect(error.Reason).toBe('FIELD_VALIDATION_FAILED');
  return { error, names: error.Fields.map((f: { Name: string }) => f.Name) };
}

function registrationCount(): number {
  return registrar().admin.dumpState().registrations.length;
}

describe('the service model', () => {
  test('has an input shape for every operation the registrar serves, and every one of its patterns compiles in JavaScript', () => {
    for (const operation of OPERATION_NAMES) expect(serviceModel().operations[operation]?.input?.shape).toEqual(expect.any(String));
    checkAllShapes();
    expect(uncompilablePatterns()).toEqual([]);
  });
});

describe('the request contract, one kind of constraint at a time', () => {
  test('required: a missing required member is refused under its name, also inside a list item, and the SDK sends it unchecked', async () => {
    const { error, names } = await refusal(client().send(new DescribeRegistrationVersionsCommand({} as any)));
    expect(names).toEqual(['RegistrationId']);
    expect(error.Fields[0].Message).toBe('Member is required');
    expect(error.message).toBe('1 validation error detected: RegistrationId: Member is required');

    const id = await newRegistration();
    const arn = (await client().send(new DescribeRegistrationsCommand({ RegistrationIds: [id] }))).Registrations![0].RegistrationArn!;
    const nested = await refusal(client().send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'team' } as any] })));
    expect(nested.names).toEqual(['Tags[0].Value']);
  });

  test('string length: ClientToken is 1 to 64 characters; 65 is refused and creates nothing, 64 is accepted', async () => {
    const before = registrationCount();
    const { error, names } = await refusal(client().send(new CreateRegistrationCommand({
      RegistrationType: 'IN_SENDER_ID_REGISTRATION', ClientToken: 't'.repeat(65),
    })));
    expect(names).toEqual(['ClientToken']);
    expect(error.Fields[0].Message).toBe('Member must be 1 to 64 characters long, got 65');
    expect(registrationCount()).toBe(before);

    await client().send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION', ClientToken: 't'.repeat(64) }));
    expect(registrationCount()).toBe(before + 1);
  });

  describe('list size: Describe calls take at most 5 ids, versions or field paths', () => {
    const cases: [string, (id: string, attachmentId: string, n: number) => Promise<unknown>][] = [
      ['RegistrationAttachmentIds', (_id, a, n) => client().send(new DescribeRegistrationAttachmentsCommand({
        RegistrationAttachmentIds: Array(n).fill(a),
      }))],
      ['RegistrationIds', (id, _a, n) => client().send(new DescribeRegistrationsCommand({ RegistrationIds: Array(n).fill(id) }))],
      ['VersionNumbers', (id, _a, n) => client().send(new DescribeRegistrationVersionsCommand({ RegistrationId: id, VersionNumbers: Array(n).fill(1) }))],
      ['FieldPaths', (id, _a, n) => client().send(new DescribeRegistrationFieldValuesCommand({
        RegistrationId: id, FieldPaths: [...FIVE_FIELD_PATHS, 'companyInfo.companyId'].slice(0, n),
      }))],
      ['FieldPaths', (_id, _a, n) => client().send(new DescribeRegistrationFieldDefinitionsCommand({
        RegistrationType: 'IN_SENDER_ID_REGISTRATION', FieldPaths: [...FIVE_FIELD_PATHS, 'companyInfo.companyId'].slice(0, n),
      }))],
    ];
    test.each(cases)('%s: 6 are refused, 5 are served', async (member, call) => {
      const id = await newRegistration();
      const attachmentId = (await client().send(new CreateRegistrationAttachmentCommand({ AttachmentBody: PDF }))).RegistrationAttachmentId!;
      const { error, names } = await refusal(call(id, attachmentId, 6));
      expect(names).toEqual([member]);
      expect(error.Fields[0].Message).toBe('Member must have 0 to 5 items, got 6');
      await call(id, attachmentId, 5);
    });
  });

  test('numeric range: MaxResults is 1 to 100 and VersionNumber at least 1', async () => {
    for (const MaxResults of [0, 101]) {
      const { error, names } = await refusal(client().send(new DescribeRegistrationsCommand({ MaxResults })));
      expect(names).toEqual(['MaxResults']);
      expect(error.Fields[0].Message).toBe(`Member must be 1 to 100, got ${MaxResults}`);
    }
    for (const MaxResults of [1, 100]) await client().send(new DescribeRegistrationsCommand({ MaxResults }));
    const id = await newRegistration();
    const { names } = await refusal(client().send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id, VersionNumber: 0 })));
    expect(names).toEqual(['VersionNumber']);
  });

  test('pattern: the whole value must match (ClientToken [!-~]+ refuses a space that a partial match would let through)', async () => {
    const before = registrationCount();
    const { error, names } = await refusal(client().send(new CreateRegistrationCommand({
      RegistrationType: 'IN_SENDER_ID_REGISTRATION', ClientToken: 'stack 1',
    })));
    expect(names).toEqual(['ClientToken']);
    expect(error.Fields[0].Message).toBe('Member must match the regular expression [!-~]+');
    const type = await refusal(client().send(new CreateRegistrationCommand({ RegistrationType: 'IN-SENDER-ID' })));
    expect(type.names).toEqual(['RegistrationType']);
    expect(registrationCount()).toBe(before);
  });

  test('enum: a filter name outside the model enum is refused under its path', async () => {
    const { error, names } = await refusal(client().send(new DescribeRegistrationsCommand({
      Filters: [{ Name: 'registration-status', Values: ['CREATED'] }, { Name: 'registration-colour' as any, Values: ['blue'] }],
    })));
    expect(names).toEqual(['Filters[1].Name']);
    expect(error.Fields[0].Message).toBe('Member must be one of registration-type, registration-status');
  });

  test('type: a string for an integer (the SDK passes it through), a string for a boolean, a list or a blob are refused', async () => {
    const sdk = await refusal(client().send(new DescribeRegistrationsCommand({ MaxResults: '5' as any })));
    expect(sdk.error.Fields).toEqual([{ Name: 'MaxResults', Message: 'Member must be an integer' }]);

    const id = await newRegistration();
    const raw = await rawCall(registrar(), 'SubmitRegistrationVersion', { RegistrationId: id, AwsReview: 'yes' });
    expect(raw).toEqual({
      status: 400,
      errorType: 'ValidationException',
      body: {
        __type: 'com.amazonaws.pinpointsmsvoicev2#ValidationException',
        Message: '1 validation error detected: AwsReview: Member must be a boolean',
        Reason: 'FIELD_VALIDATION_FAILED',
        Fields: [{ Name: 'AwsReview', Message: 'Member must be a boolean' }],
      },
    });
    const list = await rawCall(registrar(), 'DescribeRegistrations', { RegistrationIds: id });
    expect(list.body.Fields).toEqual([{ Name: 'RegistrationIds', Message: 'Member must be a list' }]);
    const blob = await rawCall(registrar(), 'CreateRegistrationAttachment', { AttachmentBody: 'not base64!' });
    expect(blob.body.Fields).toEqual([{ Name: 'AttachmentBody', Message: 'Member must be a base64-encoded blob' }]);
  });

  test('unknown members (which the SDK never sends) are refused by hand-made requests, and nothing is created', async () => {
    const before = registrationCount();
    const raw = await rawCall(registrar(), 'CreateRegistration', { RegistrationType: 'IN_SENDER_ID_REGISTRATION', RegistrationTag: 'x' });
    expect(raw.status).toBe(400);
    expect(raw.body.Fields).toEqual([{ Name: 'RegistrationTag', Message: 'Unknown member: the input shape has no such member' }]);
    expect(registrationCount()).toBe(before);
    const fine = await rawCall(registrar(), 'CreateRegistration', { RegistrationType: 'IN_SENDER_ID_REGISTRATION' });
    expect(fine.status).toBe(200);
  });

  test('every breach of one request is listed together', async () => {
    const { error, names } = await refusal(client().send(new DescribeRegistrationsCommand({
      RegistrationIds: ['registration 1'], MaxResults: 500, NextToken: '',
    })));
    expect(names).toEqual(['RegistrationIds[0]', 'NextToken', 'NextToken', 'MaxResults']);
    expect(error.message).toMatch(/^4 validation errors detected: RegistrationIds\[0\]: Member must match/);
  });
});
