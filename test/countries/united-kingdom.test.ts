import { Attachment, RegistrationForm, SenderIdRegistrationProps, UnitedKingdomSenderIdProps } from '../../lib';
import { formRules } from '../../lib/core/forms';
import { doc, errorsOf, fileOfSize, register, sentFields, sharedProps, warningsOf } from './support';

function uk(form: Partial<UnitedKingdomSenderIdProps> = {}, overrides: Partial<SenderIdRegistrationProps> = {}): SenderIdRegistrationProps {
  return {
    ...sharedProps('GB'),
    form: RegistrationForm.unitedKingdom({ contactFirstName: 'Sam', contactLastName: 'Example', useCaseCategory: 'Notifications', ...form }),
    senderId: 'DemoBrand',
    ...overrides,
  };
}

describe('United Kingdom (GB_SENDER_ID_REGISTRATION)', () => {
  test('a valid registration puts the address in Company info and the description in "Use case details", as the UK form does', () => {
    expect(errorsOf(uk(), 'eu-west-2')).toEqual([]);
    const fields = sentFields(register(uk()));
    expect(fields).toMatchObject({ 'companyInfo.address1': '1 Example Street', 'messagingUseCase.useCaseDetails': expect.any(String) });
    expect(Object.keys(fields)).not.toContain('companyAddress.address1');
    expect(Object.keys(fields)).not.toContain('messagingUseCase.optInDescription');
  });

  test('the use case category is one of the UK form\'s seven', () => {
    expect(errorsOf(uk({ useCaseCategory: 'One-time passcodes' }))).toEqual([
      expect.stringMatching(/^messagingUseCase\.useCaseCategory .*"One-time passcodes" is not one of .*Two-factor authentication/),
    ]);
  });

  test('the letter of authorization is a PDF of at most 400 KB', () => {
    expect(errorsOf(uk({ letterOfAuthorization: Attachment.fromFile(doc('npwp.png')) }))).toEqual([
      expect.stringMatching(/^senderIdInfo\.letterOfAuthorization: .* is a PNG file, but only PDF is allowed for this field of GB_SENDER_ID_REGISTRATION/),
    ]);
    expect(errorsOf(uk({ letterOfAuthorization: Attachment.fromFile(fileOfSize('loa.pdf', 450 * 1024)) }))).toEqual([
      expect.stringMatching(/^senderIdInfo\.letterOfAuthorization: .* at most 409600 bytes \(400 KB\) allowed for this field of GB_SENDER_ID_REGISTRATION/),
    ]);
  });

  test('a letter of authorization warns that it must be dated within 30 days and name the sender ID in its MEF casing', () => {
    const warnings = warningsOf(register(uk({ letterOfAuthorization: Attachment.fromFile(doc('loa-ioh.pdf')) })));
    expect(warnings).toContainEqual(expect.stringMatching(/^senderIdInfo\.letterOfAuthorization: .*30 days.*"DemoBrand" in exactly the casing registered with MEF/));
  });

  test('the sender ID is case-sensitive and sent as given', () => {
    expect(formRules('GB_SENDER_ID_REGISTRATION')?.senderIdCasing?.caseSensitive).toBe(true);
    expect(sentFields(register(uk({}, { senderId: 'DemoBRAND' })))['senderIdInfo.senderId']).toBe('DemoBRAND');
  });
});
