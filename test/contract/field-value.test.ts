import { desiredFieldValues, parseResourceProperties, renderResourceProperties } from '../../lib/core/contract/resource-properties';
import {
  attachmentValue, canonicalValue, fromServiceValue, sameFieldValue, secretValue, selectValue, shownFieldValue, textValue, toServiceValue,
} from '../../lib/core/field-value';

const EMAIL_SECRET = { SecretArn: 'arn:aws:secretsmanager:ap-south-1:111111111111:secret:sender-ids/india-AbCdEf', JsonKey: 'email' };

describe('a field value at the contract edge', () => {
  test('properties as a deployed stack holds them parse into one value per field, of the right kind', () => {
    // GIVEN properties written out as an earlier release rendered them (every scalar a string, as CloudFormation delivers)
    const deployed = {
      RegistrationType: 'IN_SENDER_ID_REGISTRATION',
      Fields: { 'senderIdInfo.senderId': 'EXPAY', 'companyInfo.areaOfBusiness': ['Financial'] },
      Attachments: {
        'senderIdInfo.letterOfAuthorization': { FileName: 'loa.pdf', ContentHash: 'ab12', S3Url: 's3://assets/loa.pdf' },
      },
      Submit: 'true', AwsReview: 'false', RemovalPolicy: 'retain', Tags: [],
      SecretFields: { 'contactInfo.emailAddress': EMAIL_SECRET },
    };
    // WHEN parsed and read as values
    const values = desiredFieldValues(parseResourceProperties(deployed), { 'senderIdInfo.letterOfAuthorization': 'attachment-1' });
    // THEN each field is one kind: text, choices, a document's id, a secret's reference
    expect(values).toEqual({
      'senderIdInfo.senderId': { kind: 'text', text: 'EXPAY' },
      'companyInfo.areaOfBusiness': { kind: 'select', choices: ['Financial'] },
      'senderIdInfo.letterOfAuthorization': { kind: 'attachment', attachmentId: 'attachment-1' },
      'contactInfo.emailAddress': { kind: 'secret', ref: EMAIL_SECRET },
    });
  });

  test('rendering puts text and choices in Fields and a secret only by reference in SecretFields', () => {
    const props = renderResourceProperties({
      registrationType: 'IN_SENDER_ID_REGISTRATION', attachments: {}, removal: 'retain', tags: [],
      values: { 'senderIdInfo.senderId': textValue('EXPAY'), 'companyInfo.areaOfBusiness': selectValue(['Financial']),
        'contactInfo.emailAddress': secretValue(EMAIL_SECRET) },
    });
    expect(props.Fields).toEqual({ 'senderIdInfo.senderId': 'EXPAY', 'companyInfo.areaOfBusiness': ['Financial'] });
    expect(props.SecretFields).toEqual({ 'contactInfo.emailAddress': EMAIL_SECRET });
  });

  test('a document is declared as a file: rendering an attachment id is refused, naming the field', () => {
    expect(() => renderResourceProperties({
      registrationType: 'IN_SENDER_ID_REGISTRATION', attachments: {}, removal: 'retain', tags: [],
      values: { 'senderIdInfo.letterOfAuthorization': attachmentValue('attachment-1') },
    })).toThrow(/senderIdInfo\.letterOfAuthorization: a document is declared as a file/);
  });
});

describe('a field value at the SDK edge', () => {
  test('each kind becomes the one API member it sets, and back', () => {
    expect(toServiceValue(textValue('EXPAY'))).toEqual({ TextValue: 'EXPAY' });
    expect(toServiceValue(selectValue(['Yes']))).toEqual({ SelectChoices: ['Yes'] });
    expect(toServiceValue(attachmentValue('attachment-1'))).toEqual({ RegistrationAttachmentId: 'attachment-1' });
    expect(fromServiceValue({ SelectChoices: ['Yes'] })).toEqual(selectValue(['Yes']));
    expect(fromServiceValue({})).toBeUndefined();
  });

  test('a secret that was not read is never sent: the error names where it comes from, not a value', () => {
    expect(() => toServiceValue(secretValue(EMAIL_SECRET))).toThrow('a value from secret sender-ids/india key "email" (stage AWSCURRENT) must be read');
  });
});

describe('comparing and showing values', () => {
  test('choices are a set; text is exact; different kinds never match', () => {
    expect(sameFieldValue(selectValue(['A', 'B']), selectValue(['B', 'A']))).toBe(true);
    expect(sameFieldValue(textValue('EXPAY'), textValue('EXPAY '))).toBe(false);
    expect(sameFieldValue(textValue('attachment-1'), attachmentValue('attachment-1'))).toBe(false);
    expect(sameFieldValue(textValue('x'), undefined)).toBe(false);
  });

  test('the canonical strings that digests on deployed registrations are made from stay exactly as they were', () => {
    expect(canonicalValue(textValue('EXPAY'))).toBe('text:EXPAY');
    expect(canonicalValue(selectValue(['B', 'A']))).toBe('select:["A","B"]');
    expect(canonicalValue(attachmentValue('attachment-1'))).toBe('attachment:attachment-1');
  });

  test('two references read the same value when they name the same secret, key and version', () => {
    expect(sameFieldValue(secretValue(EMAIL_SECRET), secretValue({ ...EMAIL_SECRET, VersionStage: 'AWSCURRENT' }))).toBe(true);
    expect(sameFieldValue(secretValue(EMAIL_SECRET), secretValue({ ...EMAIL_SECRET, JsonKey: 'phone' }))).toBe(false);
    expect(sameFieldValue(secretValue(EMAIL_SECRET), secretValue({ ...EMAIL_SECRET, VersionStage: 'AWSPREVIOUS' }))).toBe(false);
  });

  test('personal text shows only its length, a secret only its source; public text and choices are shown', () => {
    expect(shownFieldValue('contactInfo.emailAddress', textValue('jane@example.com'))).toBe('(hidden personal data, 16 characters)');
    expect(shownFieldValue('contactInfo.emailAddress', secretValue(EMAIL_SECRET))).toBe('from secret sender-ids/india key "email" (stage AWSCURRENT)');
    expect(shownFieldValue('senderIdInfo.senderId', textValue('EXPAY'))).toBe('"EXPAY"');
    expect(shownFieldValue('messagingUseCase.monthlyMessageVolume', selectValue(['10,000']))).toBe('["10,000"]');
  });
});
