import { FieldValues, selectValue, textValue } from '../../lib/core/field-value';
import { RegistrationFieldDefinition } from '../../lib/core/forms/types';
import { validateFieldValues } from '../../lib/core/validation/validate';
import { requiredWhen, selectField, textField } from '../support/field-builders';

/**
 * Each problem says which rule of the field's own definition it breaks, so synth can tell an assumed
 * rule (a warning) from a sourced one (an error). Conditional limits, requirements and value kinds
 * carry none: a catalog cannot mark them as assumed.
 */

const OPTS = { registrationType: 'TEST_TYPE', requireComplete: true };
function rulesOf(definition: RegistrationFieldDefinition, values: FieldValues): Array<string | undefined> {
  return validateFieldValues([definition], values, OPTS).map((p) => p.rule);
}

const description = textField('messagingUseCase.useCaseDescription', 'Use case description', { MinLength: 5, MaxLength: 10, Pattern: '^[a-z]+$' });
const categories = selectField('messagingUseCase.useCaseCategory', 'Use case category', ['A', 'B', 'C'], { maxChoices: 2 });

test.each([
  ['MinLength', description, textValue('abc')],
  ['MaxLength', description, textValue('abcdefghijk')],
  ['Pattern', description, textValue('ABCDEF')],
  ['MinChoices', categories, selectValue([])],
  ['MaxChoices', categories, selectValue(['A', 'B', 'C'])],
  ['Options', categories, selectValue(['D'])],
])('a value breaking %s names that rule', (rule, definition, value) => {
  expect(rulesOf(definition, { [definition.FieldPath]: value })).toEqual([rule]);
});

test('a limit set by a ConditionalValidation carries no rule: it is the conditional rule\'s, not the field\'s own', () => {
  const licence = textField('idSidSpecificInfo.licence', 'Licence', { MaxLength: 20 }, {
    requirement: 'CONDITIONAL',
    conditional: {
      Rules: [{
        Conditions: [{ DependsOnFieldPath: 'companyAddress.isoCountryCode', Operator: 'EQUALS', Values: ['ID'] }],
        RuleBehavior: 'REQUIRED', ConditionalValidation: { MaxLength: 3, Pattern: '^[0-9]+$', AllowedValues: ['123'] },
      }],
      DefaultBehavior: 'OPTIONAL',
    },
  });
  const problems = validateFieldValues([licence], { 'idSidSpecificInfo.licence': textValue('abcd'), 'companyAddress.isoCountryCode': textValue('ID') },
    { ...OPTS, requireComplete: false }).filter((p) => p.fieldPath === 'idSidSpecificInfo.licence');
  expect(problems.map((p) => p.message)).toEqual([
    expect.stringContaining('at most 3 allowed (when companyAddress.isoCountryCode is "ID")'),
    expect.stringContaining('must match ^[0-9]+$'),
    expect.stringContaining('is not one of "123"'),
  ]);
  // The field's own pattern (not blank) holds for "abcd"; only the conditional limits fail.
  expect(problems.map((p) => p.rule)).toEqual([undefined, undefined, undefined]);
});

test('a missing required value and a value of the wrong kind carry no rule', () => {
  const letter = selectField('idSidSpecificInfo.letter', 'Letter', ['Yes'], requiredWhen('companyAddress.isoCountryCode', ['ID']));
  expect(rulesOf(letter, { 'companyAddress.isoCountryCode': textValue('ID') })).toEqual([undefined]);
  expect(rulesOf(description, { [description.FieldPath]: selectValue(['a']) })).toEqual([undefined]);
});
