import { selectValue, textValue } from '../../lib/core/field-value';
import { validateFieldValues } from '../../lib/core/validation/validate';
import { selectField, textField } from '../support/field-builders';

/** A message quotes at most 200 characters of a value, with its full length, so a long value stays readable. */

const OPTS = { registrationType: 'TEST_TYPE', requireComplete: false };
const description = textField('messagingUseCase.useCaseDescription', 'Use case description', { MaxLength: 500 });
const messageOf = (value: string) =>
  validateFieldValues([description], { [description.FieldPath]: textValue(value) }, OPTS).map((p) => p.message);

test('a long public value is quoted to its first 200 characters, with its length, naming the field and the rule', () => {
  const value = `${'a'.repeat(200)}${'b'.repeat(1034)}`;
  expect(messageOf(value)).toEqual([
    `messagingUseCase.useCaseDescription ("Use case description"): "${'a'.repeat(200)}…" (1234 characters) is 1234 characters, at most 500 allowed for TEST_TYPE`,
  ]);
});

test('a value of 200 characters or fewer is quoted whole', () => {
  const field = textField('messagingUseCase.useCaseDescription', 'Use case description', { MaxLength: 199 });
  const messages = validateFieldValues([field], { [field.FieldPath]: textValue('c'.repeat(200)) }, OPTS).map((p) => p.message);
  expect(messages).toEqual([expect.stringContaining(`: "${'c'.repeat(200)}" is 200 characters, at most 199 allowed`)]);
});

test('characters are counted as the length check counts them (an emoji is one character, not two)', () => {
  const messages = messageOf('😀'.repeat(501));
  expect(messages[0]).toContain(`"${'😀'.repeat(200)}…" (501 characters) is 501 characters`);
});

test('a long choice is cut the same way', () => {
  const volume = selectField('messagingUseCase.monthlyMessageVolume', 'Monthly SMS volume', ['10']);
  const messages = validateFieldValues([volume], { [volume.FieldPath]: selectValue(['9'.repeat(250)]) }, OPTS).map((p) => p.message);
  expect(messages).toEqual([expect.stringContaining(`"${'9'.repeat(200)}…" (250 characters) is not one of "10"`)]);
});

test('a long personal value is still only described', () => {
  const address = textField('companyAddress.address1', 'Address 1', { MaxLength: 100 });
  const messages = validateFieldValues([address], { [address.FieldPath]: textValue('x'.repeat(300)) }, OPTS).map((p) => p.message);
  expect(messages).toEqual(['companyAddress.address1 ("Address 1"): (hidden personal data, 300 characters) is 300 characters, at most 100 allowed for TEST_TYPE']);
});
