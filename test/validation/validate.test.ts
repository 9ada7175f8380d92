import { FieldValues, selectValue, textValue } from '../../lib/core/field-value';
import { catalogEntry } from '../../lib/core/forms/catalog';
import { RegistrationFieldDefinition } from '../../lib/core/forms/types';
import { effectiveRequirement } from '../../lib/core/validation/conditional';
import { formatProblems, validateFieldValues } from '../../lib/core/validation/validate';
import { requiredWhen, selectField, textField } from '../support/field-builders';

const OPTS = { registrationType: 'TEST_TYPE', requireComplete: true };
const senderId = textField('senderIdInfo.senderId', 'Sender ID', { MinLength: 3, MaxLength: 6, Pattern: '^[A-Za-z]{3,6}$' });
const volume = selectField('messagingUseCase.monthlyMessageVolume', 'Monthly SMS volume', ['10', '100']);
const email = textField('contactInfo.emailAddress', 'Contact email', { Pattern: '^[^@\\s]+@[^@\\s]+$' });

function messages(definitions: RegistrationFieldDefinition[], values: FieldValues, requireComplete = true): string[] {
  return validateFieldValues(definitions, values, { ...OPTS, requireComplete }).map((p) => p.message);
}

describe('validateFieldValues', () => {
  test('a valid value has no problem', () => {
    expect(messages([senderId], { 'senderIdInfo.senderId': textValue('DEMO') })).toEqual([]);
  });

  test('a pattern mismatch names the field, its title, the value, the pattern and the type', () => {
    expect(messages([senderId], { 'senderIdInfo.senderId': textValue('DEMO-1') })).toContain(
      'senderIdInfo.senderId ("Sender ID"): "DEMO-1" must match ^[A-Za-z]{3,6}$ for TEST_TYPE');
  });

  test('length limits are checked', () => {
    expect(messages([senderId], { 'senderIdInfo.senderId': textValue('AB') })[0]).toContain('is 2 characters, at least 3 allowed');
    expect(messages([senderId], { 'senderIdInfo.senderId': textValue('ABCDEFG') })[0]).toContain('is 7 characters, at most 6 allowed');
  });

  test('a select choice outside the options lists what is allowed', () => {
    expect(messages([volume], { 'messagingUseCase.monthlyMessageVolume': selectValue(['5']) })).toEqual([
      'messagingUseCase.monthlyMessageVolume ("Monthly SMS volume"): "5" is not one of "10", "100" for TEST_TYPE',
    ]);
  });

  test('too many choices are refused', () => {
    expect(messages([volume], { 'messagingUseCase.monthlyMessageVolume': selectValue(['10', '100']) })[0]).toContain('has 2 choices ("10", "100"), 1 allowed');
  });

  test('a value of the wrong kind is refused', () => {
    expect(messages([volume], { 'messagingUseCase.monthlyMessageVolume': textValue('10') })[0])
      .toContain('is a SELECT field and takes a list of choices (SelectChoices), got TextValue');
  });

  test('an unknown field path is refused', () => {
    expect(messages([senderId], { 'senderIdInfo.senderId': textValue('DEMO'), 'nope.field': textValue('x') }))
      .toEqual(['nope.field: is not a field of TEST_TYPE']);
  });

  test('a missing REQUIRED field is a problem before submit, not while filling a draft', () => {
    expect(messages([senderId], {})).toEqual(['senderIdInfo.senderId ("Sender ID"): is required but has no value for TEST_TYPE']);
    expect(messages([senderId], {}, false)).toEqual([]);
  });

  test('personal data is never shown: a bad email shows only its length', () => {
    const [message] = messages([email], { 'contactInfo.emailAddress': textValue('jane.doe-at-example.com') });
    expect(message).not.toContain('jane');
    expect(message).toContain('(hidden personal data, 23 characters)');
  });

  test('every problem is reported, not only the first', () => {
    const all = messages([senderId, volume, email], { 'senderIdInfo.senderId': textValue('1'), 'messagingUseCase.monthlyMessageVolume': selectValue(['x']) });
    expect(all.length).toBe(4);
    expect(formatProblems('Invalid', validateFieldValues([senderId], {}, OPTS))).toBe(
      'Invalid (1 problem):\n  - senderIdInfo.senderId ("Sender ID"): is required but has no value for TEST_TYPE');
  });
});

describe('ConditionalBehavior', () => {
  const loa = textField('idSidSpecificInfo.letterOfAuthorization1', 'LOA', {}, requiredWhen('companyAddress.isoCountryCode', ['ID']));
  const country = (code: string) => ({ 'companyAddress.isoCountryCode': textValue(code) });

  test('a rule whose conditions hold decides the behaviour', () => {
    expect(effectiveRequirement(loa, country('ID')).behavior).toBe('REQUIRED');
  });

  test('no firing rule falls back to DefaultBehavior', () => {
    expect(effectiveRequirement(loa, country('SG')).behavior).toBe('OPTIONAL');
  });

  test('the first firing rule wins, and an unknown operator never fires', () => {
    const def: RegistrationFieldDefinition = {
      ...loa,
      ConditionalBehavior: {
        DefaultBehavior: 'OPTIONAL',
        Rules: [
          { Conditions: [{ DependsOnFieldPath: 'companyAddress.isoCountryCode', Operator: 'SOUNDS_LIKE', Values: ['ID'] }], RuleBehavior: 'REQUIRED' },
          { Conditions: [{ DependsOnFieldPath: 'companyAddress.isoCountryCode', Operator: 'HAS_VALUE' }], RuleBehavior: 'DISALLOWED' },
          { Conditions: [{ DependsOnFieldPath: 'companyAddress.isoCountryCode', Operator: 'EQUALS', Values: ['ID'] }], RuleBehavior: 'REQUIRED' },
        ],
      },
    };
    expect(effectiveRequirement(def, country('ID')).behavior).toBe('DISALLOWED');
    expect(messages([def], { ...country('ID'), 'idSidSpecificInfo.letterOfAuthorization1': textValue('x') }))
      .toContain('idSidSpecificInfo.letterOfAuthorization1 ("LOA"): must not have a value when companyAddress.isoCountryCode has a value for TEST_TYPE');
  });

  test.each([
    ['NOT_EQUALS', ['ID'], 'SG', 'REQUIRED'], ['NOT_IN', ['ID', 'MY'], 'MY', 'OPTIONAL'], ['NO_VALUE', undefined, undefined, 'REQUIRED'],
  ])('operator %s', (operator, values, code, expected) => {
    const def: RegistrationFieldDefinition = {
      ...loa,
      ConditionalBehavior: { DefaultBehavior: 'OPTIONAL', Rules: [{ Conditions: [{ DependsOnFieldPath: 'companyAddress.isoCountryCode', Operator: operator as string, Values: values as string[] | undefined }], RuleBehavior: 'REQUIRED' }] },
    };
    expect(effectiveRequirement(def, code ? country(code as string) : {}).behavior).toBe(expected);
  });
});

describe('the bundled catalog', () => {
  test('India holds the 21 field paths of the AWS-authored script, plus the optional parts of the console form', () => {
    const paths = catalogEntry('IN_SENDER_ID_REGISTRATION')!.FieldDefinitions.filter((d) => d.FieldRequirement === 'REQUIRED').map((d) => d.FieldPath);
    expect(paths).toHaveLength(21);
    expect(paths).toEqual(expect.arrayContaining(['inSidSpecificInfo.principalEntityId', 'inSidSpecificInfo.chainId5', 'inSidSpecificInfo.sendingParametersAcknowledgement']));
  });

  test('India refuses Promotions and marketing', () => {
    const def = catalogEntry('IN_SENDER_ID_REGISTRATION')!.FieldDefinitions.filter((d) => d.FieldPath === 'messagingUseCase.useCaseCategory');
    expect(messages(def, { 'messagingUseCase.useCaseCategory': selectValue(['Promotions and marketing']) })[0]).toContain('is not one of');
  });
});
