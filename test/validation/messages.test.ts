import { attachmentValue, FieldValues, selectValue, textValue } from '../../lib/core/field-value';
import { ConditionalRule, RegistrationFieldDefinition } from '../../lib/core/forms/types';
import { closestPath } from '../../lib/core/validation/closest-path';
import { effectiveRequirement } from '../../lib/core/validation/conditional';
import { validateFieldValues } from '../../lib/core/validation/validate';
import { NOT_BLANK, attachmentField, selectField, textField } from '../support/field-builders';

/** What a user reads for each rule: field path, title, value (personal data hidden), the rule and what is allowed. */

const OPTS = { registrationType: 'TEST_TYPE', requireComplete: true };
/** Messages about the given definitions' fields only (values of other fields are context for conditions). */
function messages(definitions: RegistrationFieldDefinition[], values: FieldValues): string[] {
  const paths = new Set(definitions.map((d) => d.FieldPath));
  return validateFieldValues(definitions, values, OPTS).filter((p) => paths.has(p.fieldPath)).map((p) => p.message);
}
function unknownPathMessages(definitions: RegistrationFieldDefinition[], values: FieldValues): string[] {
  return validateFieldValues(definitions, values, { ...OPTS, requireComplete: false }).map((p) => p.message);
}
const text = (value: string) => (textValue(value));
const select = (...choices: string[]) => (selectValue(choices));

const description = textField('messagingUseCase.useCaseDescription', 'Use case description', { MinLength: 5, MaxLength: 20 });
const website = textField('companyInfo.website', 'Company website', { Pattern: '^https?://\\S+$' });
const categories = selectField('messagingUseCase.useCaseCategory', 'Use case category', ['A', 'B', 'C'], { maxChoices: 2 });
const loa = attachmentField('senderIdInfo.letterOfAuthorization', 'Letter of authorization');

describe('messages name the field, its title, the value, the rule and what is allowed', () => {
  test.each([
    ['MinLength', description, text('abc'), 'messagingUseCase.useCaseDescription ("Use case description"): "abc" is 3 characters, at least 5 allowed for TEST_TYPE'],
    ['MaxLength', description, text('a'.repeat(21)), `messagingUseCase.useCaseDescription ("Use case description"): "${'a'.repeat(21)}" is 21 characters, at most 20 allowed for TEST_TYPE`],
    ['Pattern, said in words where known', website, text('example.com'),
      'companyInfo.website ("Company website"): "example.com" must match ^https?://\\S+$ (must be a URL starting with http:// or https://) for TEST_TYPE'],
    ['Options', categories, select('D'), 'messagingUseCase.useCaseCategory ("Use case category"): "D" is not one of "A", "B", "C" for TEST_TYPE'],
    ['MaxChoices', categories, select('A', 'B', 'C'), 'messagingUseCase.useCaseCategory ("Use case category"): has 3 choices ("A", "B", "C"), 1 to 2 allowed for TEST_TYPE'],
    ['MinChoices', categories, select(), 'messagingUseCase.useCaseCategory ("Use case category"): has 0 choices, 1 to 2 allowed for TEST_TYPE'],
    ['a choice twice', categories, select('A', 'A'),
      'messagingUseCase.useCaseCategory ("Use case category"): lists a choice more than once ("A", "A"); each choice may appear once for TEST_TYPE'],
    ['ATTACHMENT given text', loa, text('letter.pdf'),
      'senderIdInfo.letterOfAuthorization ("Letter of authorization"): is an ATTACHMENT field and takes an attachment (RegistrationAttachmentId), got TextValue for TEST_TYPE'],
    ['TEXT given an attachment', description, attachmentValue('attachment-1'),
      'messagingUseCase.useCaseDescription ("Use case description"): is a TEXT field and takes a text value (TextValue), got RegistrationAttachmentId for TEST_TYPE'],
  ])('%s', (_rule, definition, value, expected) => {
    expect(messages([definition], { [definition.FieldPath]: value })).toEqual([expected]);
  });

  test('an ATTACHMENT field given an attachment has no problem', () => {
    expect(messages([loa], { [loa.FieldPath]: attachmentValue('attachment-1') })).toEqual([]);
  });

  test('the NOT_BLANK pattern says "must not be blank"', () => {
    const name = textField('companyInfo.companyName', 'Company name', { Pattern: NOT_BLANK });
    expect(messages([name], { 'companyInfo.companyName': text('   ') })).toEqual([
      `companyInfo.companyName ("Company name"): "   " must match ${NOT_BLANK} (must not be blank) for TEST_TYPE`,
    ]);
  });

  test('a pattern without words is shown as the regex alone', () => {
    const id = textField('senderIdInfo.senderId', 'Sender ID', { Pattern: '^[A-Z]{3}$' });
    expect(messages([id], { 'senderIdInfo.senderId': text('ab') })).toEqual(['senderIdInfo.senderId ("Sender ID"): "ab" must match ^[A-Z]{3}$ for TEST_TYPE']);
  });

  test('personal data in a pattern failure is described, not echoed', () => {
    const phone = textField('contactInfo.phoneNumber', 'Contact phone number', { Pattern: '^\\+[1-9][0-9]{1,14}$' });
    const [message] = messages([phone], { 'contactInfo.phoneNumber': text('0044 20 7946 0000') });
    expect(message).toBe('contactInfo.phoneNumber ("Contact phone number"): (hidden personal data, 17 characters) must match ^\\+[1-9][0-9]{1,14}$ '
      + '(must be an E.164 phone number such as +12065550100) for TEST_TYPE');
  });
});

describe('did you mean', () => {
  const known = [website, description, categories];

  test.each([
    ['companyInfo.webiste', 'companyInfo.website'],
    ['companyInfo.webSite', 'companyInfo.website'],
    ['messagingUseCase.useCaseDescripton', 'messagingUseCase.useCaseDescription'],
  ])('%s suggests %s', (typo, meant) => {
    expect(unknownPathMessages(known, { [typo]: text('x') })).toEqual([`${typo}: is not a field of TEST_TYPE; did you mean ${meant}?`]);
  });

  test('no suggestion when nothing is close', () => {
    expect(unknownPathMessages(known, { 'billing.accountOwner': text('x') })).toEqual(['billing.accountOwner: is not a field of TEST_TYPE']);
    expect(closestPath('a.b', ['x.y'])).toBeUndefined();
  });
});

describe('ConditionalBehavior', () => {
  const COUNTRY = 'companyAddress.isoCountryCode';
  const BUSINESS = 'companyInfo.areaOfBusiness';
  const values: FieldValues = { [COUNTRY]: text('ID'), [BUSINESS]: select('Financial') };
  function licence(rules: ConditionalRule[], defaultBehavior = 'OPTIONAL'): RegistrationFieldDefinition {
    return {
      ...textField('idSidSpecificInfo.licenceNumber', 'Licence number', { MaxLength: 50 }),
      FieldRequirement: 'CONDITIONAL',
      ConditionalBehavior: { Rules: rules, DefaultBehavior: defaultBehavior },
    };
  }
  const rule = (Operator: string, Values?: string[], path = COUNTRY): ConditionalRule => ({
    Conditions: [{ DependsOnFieldPath: path, Operator, Values }], RuleBehavior: 'REQUIRED',
  });

  test.each([
    ['EQUALS holds', rule('EQUALS', ['ID']), 'REQUIRED'],
    ['EQUALS does not hold', rule('EQUALS', ['SG']), 'OPTIONAL'],
    ['EQUALS on a field without a value', rule('EQUALS', ['ID'], 'companyAddress.state'), 'OPTIONAL'],
    ['NOT_EQUALS', rule('NOT_EQUALS', ['SG']), 'REQUIRED'],
    ['IN holds', rule('IN', ['MY', 'ID']), 'REQUIRED'],
    ['IN does not hold', rule('IN', ['MY', 'SG']), 'OPTIONAL'],
    ['NOT_IN', rule('NOT_IN', ['MY', 'SG']), 'REQUIRED'],
    ['HAS_VALUE', rule('HAS_VALUE'), 'REQUIRED'],
    ['HAS_VALUE on an empty field', rule('HAS_VALUE', undefined, 'companyAddress.state'), 'OPTIONAL'],
    ['NO_VALUE', rule('NO_VALUE', undefined, 'companyAddress.state'), 'REQUIRED'],
    ['an unknown operator is false', rule('MATCHES', ['ID']), 'OPTIONAL'],
  ])('%s', (_name, firing, expected) => {
    expect(effectiveRequirement(licence([firing]), values).behavior).toBe(expected);
  });

  test('conditions within a rule are ANDed', () => {
    const both = (business: string): ConditionalRule => ({
      Conditions: [{ DependsOnFieldPath: COUNTRY, Operator: 'EQUALS', Values: ['ID'] }, { DependsOnFieldPath: BUSINESS, Operator: 'IN', Values: [business] }],
      RuleBehavior: 'REQUIRED',
    });
    expect(effectiveRequirement(licence([both('Financial')]), values).behavior).toBe('REQUIRED');
    expect(effectiveRequirement(licence([both('Retail')]), values).behavior).toBe('OPTIONAL');
  });

  test('rules are tried in order: the first that holds wins, even over a later one that also holds', () => {
    const optionalFirst = { ...rule('HAS_VALUE'), RuleBehavior: 'OPTIONAL' };
    expect(effectiveRequirement(licence([optionalFirst, rule('EQUALS', ['ID'])]), values).behavior).toBe('OPTIONAL');
    expect(effectiveRequirement(licence([rule('EQUALS', ['ID']), optionalFirst]), values).behavior).toBe('REQUIRED');
  });

  test('a required-by-rule field says which conditions require it', () => {
    expect(messages([licence([rule('IN', ['ID', 'MY'])])], values)).toContain(
      'idSidSpecificInfo.licenceNumber ("Licence number"): is required when companyAddress.isoCountryCode is one of "ID", "MY" but has no value for TEST_TYPE');
  });

  test('DefaultBehavior applies when no rule holds: REQUIRED and DISALLOWED', () => {
    const definitionRequired = licence([rule('EQUALS', ['SG'])], 'REQUIRED');
    expect(messages([definitionRequired], values)).toContain('idSidSpecificInfo.licenceNumber ("Licence number"): is required but has no value for TEST_TYPE');
    const disallowedByDefault = licence([rule('EQUALS', ['SG'])], 'DISALLOWED');
    expect(messages([disallowedByDefault], { ...values, 'idSidSpecificInfo.licenceNumber': text('L-1') })).toContain(
      'idSidSpecificInfo.licenceNumber ("Licence number"): must not have a value (no conditional rule allows it; its DefaultBehavior is DISALLOWED) for TEST_TYPE');
  });

  test('a DISALLOWED rule names its conditions', () => {
    const disallowed = licence([{ ...rule('NOT_EQUALS', ['SG']), RuleBehavior: 'DISALLOWED' }]);
    expect(messages([disallowed], { ...values, 'idSidSpecificInfo.licenceNumber': text('L-1') })).toContain(
      'idSidSpecificInfo.licenceNumber ("Licence number"): must not have a value when companyAddress.isoCountryCode is not "SG" for TEST_TYPE');
  });

  test('ConditionalValidation overrides the length, adds a pattern and limits the values, naming its rule', () => {
    const stricter = licence([{ ...rule('EQUALS', ['ID']), ConditionalValidation: { MaxLength: 3, Pattern: '^[0-9]+$', AllowedValues: ['123'] } }]);
    // A licence number is not a public field: its value is described, never shown.
    const field = 'idSidSpecificInfo.licenceNumber ("Licence number"): (hidden personal data, 4 characters)';
    const when = '(when companyAddress.isoCountryCode is "ID") for TEST_TYPE';
    expect(messages([stricter], { ...values, 'idSidSpecificInfo.licenceNumber': text('L-12') })).toEqual([
      `${field} is 4 characters, at most 3 allowed ${when}`,
      `${field} must match ^[0-9]+$ ${when}`,
      `${field} is not one of "123" ${when}`,
    ]);
    // The same value passes the form's own limit (50) when the rule does not hold.
    expect(messages([stricter], { [COUNTRY]: text('SG'), 'idSidSpecificInfo.licenceNumber': text('L-12') })).toEqual([]);
  });

  test('ConditionalValidation AllowedValues narrows a SELECT field\'s options', () => {
    const volume: RegistrationFieldDefinition = {
      ...selectField('messagingUseCase.monthlyMessageVolume', 'Monthly SMS volume', ['10', '100', '1,000']),
      FieldRequirement: 'CONDITIONAL',
      ConditionalBehavior: { DefaultBehavior: 'OPTIONAL', Rules: [{ ...rule('EQUALS', ['ID']), ConditionalValidation: { AllowedValues: ['10'] } }] },
    };
    expect(messages([volume], { [COUNTRY]: text('ID'), 'messagingUseCase.monthlyMessageVolume': select('100') })).toContain(
      'messagingUseCase.monthlyMessageVolume ("Monthly SMS volume"): "100" is not one of "10" (when companyAddress.isoCountryCode is "ID") for TEST_TYPE');
  });
});
