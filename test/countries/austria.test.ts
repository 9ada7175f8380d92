import { Attachment, RegistrationForm, SenderIdRegistrationProps } from '../../lib';
import { formRules } from '../../lib/core/forms';
import { doc, errorsOf, register, sentFields, sharedProps, warningIds, warningsOf } from './support';

function austria(overrides: Partial<SenderIdRegistrationProps> = {}): SenderIdRegistrationProps {
  return {
    ...sharedProps('AT'),
    form: RegistrationForm.austria({
      senderIdDescription: 'Demo Brand is the trading name of Demo Brand Ltd.',
      registeredAddress: 'Beispielgasse 1, 1010 Wien',
      letterOfAuthorization: Attachment.fromFile(doc('loa-ioh.pdf')),
    }),
    senderId: 'Demo Brand',
    ...overrides,
  };
}

describe('Austria (AT_SENDER_ID_REGISTRATION)', () => {
  test('a valid registration synthesizes, sending only the fields the Austrian form has, the sender ID in its exact casing', () => {
    expect(errorsOf(austria(), 'eu-central-1')).toEqual([]);
    const registration = register(austria(), 'eu-central-1');
    expect(warningIds(registration)).toEqual(['sender-id-registration:unconfirmedFieldPath']);
    expect(Object.keys(sentFields(registration)).sort()).toEqual([
      'companyInfo.companyAddress', 'companyInfo.companyName', 'contactInfo.emailAddress', 'messageSamples.messageSample1',
      'messagingUseCase.useCaseCategory', 'messagingUseCase.useCaseDescription', 'senderIdInfo.senderId', 'senderIdInfo.senderIdDescription',
    ]);
    expect(sentFields(registration)['senderIdInfo.senderId']).toBe('Demo Brand');
  });

  test('space, +, -, _ and & are allowed; umlauts, a leading + and a trailing space are not', () => {
    expect(errorsOf(austria({ senderId: 'A&B_C-D+E F' }))).toEqual([]);
    for (const senderId of ['Bäckerei', '+DemoBrand', 'DemoBrand ']) {
      expect(errorsOf(austria({ senderId }))).toEqual([expect.stringMatching(/^senderIdInfo\.senderId .* must match .* for AT_SENDER_ID_REGISTRATION$/)]);
    }
  });

  test('a sender ID like a phone number, or a generic term, warns with the page\'s reason', () => {
    expect(warningsOf(register(austria({ senderId: '+43 660 123' })))).toContainEqual(expect.stringMatching(/looks like a phone number/));
    expect(warningsOf(register(austria({ senderId: 'Pharmacy' })))).toContainEqual(expect.stringMatching(/is a generic term/));
  });

  test('the form says it cannot be amended after submit, and that the sender ID is case-sensitive', () => {
    expect(formRules('AT_SENDER_ID_REGISTRATION')).toMatchObject({ afterSubmit: expect.objectContaining({ amendable: false }), senderIdCasing: { caseSensitive: true } });
  });
});
