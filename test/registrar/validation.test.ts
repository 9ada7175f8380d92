import {
  CreateRegistrationAttachmentCommand, CreateRegistrationCommand, DeleteRegistrationFieldValueCommand,
  DescribeRegistrationAttachmentsCommand, DescribeRegistrationFieldValuesCommand, PutRegistrationFieldValueCommand,
  SubmitRegistrationVersionCommand, ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import { eventually, INDIA_VALUES, PDF, putValues, rejectionOf, useRegistrar } from './helpers';

const { client } = useRegistrar();

async function newRegistration(type: string): Promise<string> {
  return (await client().send(new CreateRegistrationCommand({ RegistrationType: type }))).RegistrationId!;
}

async function put(id: string, FieldPath: string, value: { TextValue?: string; SelectChoices?: string[]; RegistrationAttachmentId?: string }) {
  return client().send(new PutRegistrationFieldValueCommand({ RegistrationId: id, FieldPath, ...value }));
}

async function uploadedPdf(): Promise<string> {
  const { RegistrationAttachmentId: id } = await client().send(new CreateRegistrationAttachmentCommand({ AttachmentBody: PDF }));
  return eventually(async () => {
    const [a] = (await client().send(new DescribeRegistrationAttachmentsCommand({ RegistrationAttachmentIds: [id!] }))).RegistrationAttachments!;
    return a.AttachmentStatus === 'UPLOAD_COMPLETE' ? id! : undefined;
  }, 'the upload');
}

describe('server-side field validation (the project engine)', () => {
  test('an unknown registration type is refused', async () => {
    const error = await rejectionOf(newRegistration('XX_SENDER_ID_REGISTRATION'));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.Reason).toBe('UNKNOWN_REGISTRATION_TYPE');
  });

  test('a value that breaks the pattern is refused with the field named, and nothing is stored', async () => {
    const id = await newRegistration('IN_SENDER_ID_REGISTRATION');
    const error = await rejectionOf(put(id, 'senderIdInfo.senderId', { TextValue: 'AB12' }));
    expect(error.Reason).toBe('FIELD_VALIDATION_FAILED');
    expect(error.Fields).toHaveLength(1);
    expect(error.Fields[0].Name).toBe('senderIdInfo.senderId');
    expect(error.Fields[0].Message).toContain('^[A-Za-z]{3,6}$');
    const values = await client().send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id }));
    expect(values.RegistrationFieldValues).toEqual([]);
  });

  test('a choice that is not an option is refused (India forbids marketing)', async () => {
    const id = await newRegistration('IN_SENDER_ID_REGISTRATION');
    const error = await rejectionOf(put(id, 'messagingUseCase.useCaseCategory', { SelectChoices: ['Promotions and marketing'] }));
    expect(error.Reason).toBe('FIELD_VALIDATION_FAILED');
    expect(error.Fields[0]).toEqual(expect.objectContaining({ Name: 'messagingUseCase.useCaseCategory' }));
    expect(error.Fields[0].Message).toContain('"Promotions and marketing" is not one of');
  });

  test('a text value on a select field is refused', async () => {
    const id = await newRegistration('IN_SENDER_ID_REGISTRATION');
    const error = await rejectionOf(put(id, 'companyInfo.areaOfBusiness', { TextValue: 'Technology' }));
    expect(error.Reason).toBe('FIELD_VALIDATION_FAILED');
  });

  test('an unknown field path is UNKNOWN_REGISTRATION_FIELD', async () => {
    const id = await newRegistration('IN_SENDER_ID_REGISTRATION');
    const error = await rejectionOf(put(id, 'senderIdInfo.nickname', { TextValue: 'x' }));
    expect(error.Reason).toBe('UNKNOWN_REGISTRATION_FIELD');
    const deleteError = await rejectionOf(client().send(new DeleteRegistrationFieldValueCommand({ RegistrationId: id, FieldPath: 'nope.nope' })));
    expect(deleteError.Reason).toBe('UNKNOWN_REGISTRATION_FIELD');
  });

  test('two value members at once are refused', async () => {
    const id = await newRegistration('IN_SENDER_ID_REGISTRATION');
    const error = await rejectionOf(put(id, 'senderIdInfo.senderId', { TextValue: 'EXMPL', SelectChoices: ['EXMPL'] }));
    expect(error.Reason).toBe('PARAMETERS_CANNOT_BE_USED_TOGETHER');
  });

  test('submit lists every missing required field and leaves the version a draft', async () => {
    const id = await newRegistration('IN_SENDER_ID_REGISTRATION');
    const { ['contactInfo.emailAddress']: _email, ['messageSamples.messageSample1']: _sample, ...partial } = INDIA_VALUES;
    await putValues(client(), id, partial);
    const error = await rejectionOf(client().send(new SubmitRegistrationVersionCommand({ RegistrationId: id })));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.Reason).toBe('FIELD_VALIDATION_FAILED');
    expect(error.Fields.map((f: { Name: string }) => f.Name).sort()).toEqual(['contactInfo.emailAddress', 'messageSamples.messageSample1']);
    // Still editable: the failed submit changed nothing.
    await put(id, 'contactInfo.emailAddress', { TextValue: 'ops@example.com' });
  });

  test('an attachment field needs an attachment that exists and has finished uploading', async () => {
    const id = await newRegistration('ID_SENDER_ID_REGISTRATION');
    const missing = await rejectionOf(put(id, 'idSidSpecificInfo.letterOfAuthorization3', { RegistrationAttachmentId: 'attachment-0000' }));
    expect(missing.name).toBe('ResourceNotFoundException');
    const { RegistrationAttachmentId: pending } = await client().send(new CreateRegistrationAttachmentCommand({ AttachmentBody: PDF }));
    const inProgress = await rejectionOf(put(id, 'idSidSpecificInfo.letterOfAuthorization3', { RegistrationAttachmentId: pending }));
    expect(inProgress.Reason).toBe('FIELD_VALIDATION_FAILED');
    expect(inProgress.Fields[0].Message).toContain('UPLOAD_IN_PROGRESS');
  });

  describe("ConditionalBehavior: Indonesia's Telkomsel LOA is required only for Indonesian companies", () => {
    const INDONESIA_BASE = {
      ...INDIA_VALUES,
      'senderIdInfo.senderId': { TextValue: 'EXAMPLE1' },
      'messagingUseCase.useCaseCategory': { SelectChoices: ['Promotions and marketing'] },
    };
    const indiaOnly = ['inSidSpecificInfo.principalEntityId', 'inSidSpecificInfo.chainId1', 'inSidSpecificInfo.chainId2',
      'inSidSpecificInfo.chainId3', 'inSidSpecificInfo.chainId5', 'inSidSpecificInfo.sendingParametersAcknowledgement'];
    const base = Object.fromEntries(Object.entries(INDONESIA_BASE).filter(([path]) => !indiaOnly.includes(path)));

    async function indonesiaDraft(country: string): Promise<string> {
      const id = await newRegistration('ID_SENDER_ID_REGISTRATION');
      await putValues(client(), id, { ...base, 'companyAddress.isoCountryCode': { TextValue: country } });
      await put(id, 'idSidSpecificInfo.letterOfAuthorization3', { RegistrationAttachmentId: await uploadedPdf() });
      return id;
    }

    test('company in ID: submit names LOA1 (and the other local documents) as missing', async () => {
      const id = await indonesiaDraft('ID');
      const error = await rejectionOf(client().send(new SubmitRegistrationVersionCommand({ RegistrationId: id })));
      const names = error.Fields.map((f: { Name: string }) => f.Name);
      expect(names).toContain('idSidSpecificInfo.letterOfAuthorization1');
      expect(names).toEqual(expect.arrayContaining([
        'idSidSpecificInfo.nomorIndukBerusahaDocument', 'idSidSpecificInfo.nomorPokokWajibPajakDocument',
      ]));
    });

    test('company outside ID: LOA1 is not required and the submit succeeds', async () => {
      const id = await indonesiaDraft('SG');
      const submitted = await client().send(new SubmitRegistrationVersionCommand({ RegistrationId: id }));
      expect(submitted.RegistrationVersionStatus).toBe('SUBMITTED');
    });
  });
});
