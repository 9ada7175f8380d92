import { CreateRegistrationCommand, DescribeRegistrationFieldValuesCommand, PutRegistrationFieldValueCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';

import { rejectionOf, useRegistrar } from './helpers';

/**
 * The registrar refuses what synth refuses as a fact: a malformed email, URL or E.164 phone number on a field the
 * catalog marks with that format, and a text value over the service model's 2,048 characters. Nothing is stored,
 * and the message names the field without quoting a personal value.
 */

const { client } = useRegistrar();

async function indiaRegistration(): Promise<string> {
  return (await client().send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }))).RegistrationId!;
}

test.each([
  ['contactInfo.emailAddress', 'jane.doe-at-example.com', /must be an email address .*, but it has no "@"/],
  ['contactInfo.phoneNumber', '+91 98123 45678', /must be an E\.164 phone number .*, but it holds spaces/],
  ['companyInfo.website', 'ftp://example.com', /must be a web URL .*, but its scheme is ftp:/],
])('%s: %s is refused, naming the field', async (fieldPath, value, rule) => {
  const id = await indiaRegistration();
  const put = new PutRegistrationFieldValueCommand({ RegistrationId: id, FieldPath: fieldPath, TextValue: value });
  const error = await rejectionOf(client().send(put));
  expect(error.Reason).toBe('FIELD_VALIDATION_FAILED');
  expect(error.Fields).toEqual([expect.objectContaining({ Name: fieldPath, Message: expect.stringMatching(rule) })]);
  if (fieldPath !== 'companyInfo.website') expect(JSON.stringify(error.Fields)).not.toContain(value);
  expect((await client().send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id }))).RegistrationFieldValues).toEqual([]);
});

test('a text value over 2,048 characters is refused by the request contract, as the service refuses it', async () => {
  const id = await indiaRegistration();
  const error = await rejectionOf(client().send(new PutRegistrationFieldValueCommand({
    RegistrationId: id, FieldPath: 'messagingUseCase.useCaseDescription', TextValue: 'a'.repeat(2049),
  })));
  expect(error.Reason).toBe('FIELD_VALIDATION_FAILED');
  expect(error.Fields).toEqual([expect.objectContaining({ Name: 'TextValue' })]);
});

test('a well-formed email is stored', async () => {
  const id = await indiaRegistration();
  await client().send(new PutRegistrationFieldValueCommand({ RegistrationId: id, FieldPath: 'contactInfo.emailAddress', TextValue: 'ops@example.com' }));
  const values = await client().send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id }));
  expect(values.RegistrationFieldValues!.map((v) => v.FieldPath)).toEqual(['contactInfo.emailAddress']);
});
