import { Attachment, RegistrationForm, SenderIdRegistrationProps, SingaporeSenderIdProps } from '../../lib';
import { doc, errorsOf, register, sentFields, sharedProps } from './support';

function singapore(form: Partial<SingaporeSenderIdProps> = {}, overrides: Partial<SenderIdRegistrationProps> = {}): SenderIdRegistrationProps {
  return {
    ...sharedProps('SG'),
    form: RegistrationForm.singapore({
      contactFirstName: 'Lee', contactLastName: 'Example', useCaseCategory: 'One-time passwords', registeringOnBehalf: false, ...form,
    }),
    senderId: 'DemoBrand',
    ...overrides,
  };
}

describe('Singapore (SG_SENDER_ID_REGISTRATION)', () => {
  test('a valid registration sends the contact as the support email and phone, the UEN as the tax id', () => {
    expect(errorsOf(singapore(), 'ap-southeast-1')).toEqual([]);
    expect(sentFields(register(singapore()))).toMatchObject({
      'contactInfo.supportEmail': 'ops@example.com', 'companyInfo.companyId': 'DEMO12345', 'senderIdInfo.registeringOnBehalf': ['False'],
    });
  });

  test('registering on behalf of another entity needs the letter of authorization', () => {
    expect(errorsOf(singapore({ registeringOnBehalf: true }))).toEqual([expect.stringMatching(/^senderIdInfo\.letterOfAuthorization .*required/i)]);
    expect(errorsOf(singapore({ registeringOnBehalf: true, letterOfAuthorization: Attachment.fromFile(doc('npwp.png')) }))).toEqual([]);
  });

  test('the letter of authorization is a PNG', () => {
    expect(errorsOf(singapore({ registeringOnBehalf: true, letterOfAuthorization: Attachment.fromFile(doc('loa-ioh.pdf')) }))).toEqual([
      expect.stringMatching(/^senderIdInfo\.letterOfAuthorization: .* is a PDF file, but only PNG is allowed for this field of SG_SENDER_ID_REGISTRATION/),
    ]);
  });
});
