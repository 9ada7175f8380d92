import { RegistrationField, RegistrationForm, SenderIdRegistrationProps } from '../../lib';
import { register, sharedProps, warningIds, warningsOf } from './support';

// Through the construct: a Philippine registration declared with the generic form gets the transactional-only
// warnings at synth, and giving the acknowledgement silences the first.

const ACKNOWLEDGEMENT = 'phSidSpecificInfo.transactionalContentAcknowledgement';

function philippines(overrides: Partial<SenderIdRegistrationProps> = {}): SenderIdRegistrationProps {
  return { ...sharedProps('PH'), senderId: 'DemoBrand', form: RegistrationForm.other('PH_SENDER_ID_REGISTRATION'), ...overrides };
}

test('without the acknowledgement, synth warns with the rule\'s id; transactional samples do not warn as promotional', () => {
  const registration = register(philippines(), 'ap-southeast-1');
  expect(warningIds(registration)).toContain('sender-id-registration:philippinesTransactionalContentAcknowledgement');
  expect(warningsOf(registration).join('\n')).not.toMatch(/philippinesPromotionalContent/);
});

test('with it, that warning is gone, and the guessed path is named as unconfirmed', () => {
  const registration = register(philippines({ additionalFields: [RegistrationField.select(ACKNOWLEDGEMENT, ['Yes'])] }), 'ap-southeast-1');
  expect(warningIds(registration)).not.toContain('sender-id-registration:philippinesTransactionalContentAcknowledgement');
  expect(warningsOf(registration)).toContainEqual(expect.stringContaining(`${ACKNOWLEDGEMENT}: no public source confirms this field path`));
});

test('a promotional sample warns, naming the sample', () => {
  const registration = register(philippines({
    additionalFields: [RegistrationField.select(ACKNOWLEDGEMENT, ['Yes'])],
    messageSamples: ['Demo Brand (DemoBrand): your order 1234 has shipped.', 'Demo Brand: use coupon SAVE10 this weekend.'],
  }), 'ap-southeast-1');
  expect(warningsOf(registration)).toContainEqual(expect.stringMatching(/^messageSamples\.messageSample2: the sample reads as promotional \("coupon"\)/));
  expect(warningsOf(registration).join('\n')).not.toContain('SAVE10');
});
