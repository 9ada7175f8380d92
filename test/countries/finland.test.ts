import { RegistrationForm, SenderIdRegistrationProps } from '../../lib';
import { errorsOf, register, sentFields, sharedProps } from './support';

function finland(overrides: Partial<SenderIdRegistrationProps> = {}, useCaseCategory?: string): SenderIdRegistrationProps {
  return { ...sharedProps('FI'), form: RegistrationForm.finland({ useCaseCategory }), senderId: 'DemoBrand', ...overrides };
}

describe('Finland (FI_SENDER_ID_REGISTRATION)', () => {
  test('a valid registration sends only the nine fields Finland\'s form has: no address, contact, volume or opt-in', () => {
    expect(errorsOf(finland(), 'eu-north-1')).toEqual([]);
    expect(Object.keys(sentFields(register(finland()))).sort()).toEqual([
      'companyInfo.companyId', 'companyInfo.companyName', 'companyInfo.website', 'messageSamples.messageSample1',
      'messagingUseCase.useCaseCategory', 'messagingUseCase.useCaseDescription', 'senderIdInfo.senderId',
    ]);
  });

  test('the use case category may be given as Finland spells it, and must be one of its options', () => {
    expect(sentFields(register(finland({}, 'One-time passwords')))['messagingUseCase.useCaseCategory']).toEqual(['One-time passwords']);
    expect(errorsOf(finland({}, 'Two-factor authentication'))).toEqual([
      expect.stringMatching(/^messagingUseCase\.useCaseCategory .*"Two-factor authentication" is not one of/),
    ]);
  });

  test('the sender ID is 3-11 letters or digits', () => {
    expect(errorsOf(finland({ senderId: 'Demo Brand' }))).toEqual([expect.stringMatching(/^senderIdInfo\.senderId .* must match/)]);
  });
});
