import { FieldValues, selectValue, textValue } from '../../lib/core/field-value';
import { ConditionalBehavior } from '../../lib/core/forms/types';
import { behaviorCases, ConditionLanguage, describeBehavior, effectiveRequirement } from '../../lib/core/validation/conditional';
import { textField } from '../support/field-builders';

/**
 * ConditionalBehavior is read in one place: the evaluation, the words and any translation (the record JSON
 * Schema) all come from lib/core/validation/conditional.ts, so they cannot disagree.
 */

const BEHAVIOR: ConditionalBehavior = {
  Rules: [
    { Conditions: [{ DependsOnFieldPath: 'a.kind', Operator: 'EQUALS', Values: ['x'] }, { DependsOnFieldPath: 'a.other', Operator: 'NO_VALUE' }],
      RuleBehavior: 'DISALLOWED' },
    { Conditions: [{ DependsOnFieldPath: 'a.kind', Operator: 'SOUNDS_LIKE', Values: ['x'] }], RuleBehavior: 'OPTIONAL' },
    { Conditions: [{ DependsOnFieldPath: 'a.kind', Operator: 'NOT_IN', Values: ['y', 'z'] }], RuleBehavior: 'REQUIRED' },
    { Conditions: [{ DependsOnFieldPath: 'a.other', Operator: 'HAS_VALUE' }], RuleBehavior: 'OPTIONAL' },
  ],
  DefaultBehavior: 'DISALLOWED',
};
const field = textField('a.field', 'Field', {}, { requirement: 'CONDITIONAL', conditional: BEHAVIOR });

/** A "translation" that evaluates directly, to compare the cases with the engine's own decision. */
function evaluating(values: FieldValues): ConditionLanguage<boolean> {
  return {
    test(path, asks, expected) {
      const value = values[path];
      const actual: readonly string[] = value?.kind === 'select' ? value.choices : value?.kind === 'text' ? [value.text] : [];
      return asks === 'A_VALUE' ? actual.length > 0 : actual.some((v) => expected.includes(v));
    },
    not: (b) => !b,
    all: (bs) => bs.every(Boolean),
    any: (bs) => bs.some(Boolean),
  };
}

const KINDS = [undefined, 'x', 'y', 'w'];
const OTHERS = [undefined, 'set'];
const combinations: FieldValues[] = KINDS.flatMap((kind) => OTHERS.map((other) => ({
  ...(kind ? { 'a.kind': textValue(kind) } : {}), ...(other ? { 'a.other': textValue(other) } : {}),
})));

test.each(combinations.map((values) => [JSON.stringify(values), values]))('for %s exactly one case holds, and it is the engine\'s decision', (_name, values) => {
  const holding = behaviorCases(BEHAVIOR, evaluating(values)).filter((c) => c.when);
  expect(holding).toHaveLength(1);
  expect(holding[0].behavior).toBe(effectiveRequirement(field, values).behavior);
});

test('a rule with an operator the service treats as false never decides, and the default still applies', () => {
  expect(effectiveRequirement(field, { 'a.kind': textValue('y') }).behavior).toBe('DISALLOWED');
  expect(behaviorCases(BEHAVIOR, evaluating({})).map((c) => c.behavior)).toEqual(['DISALLOWED', 'REQUIRED', 'OPTIONAL', 'DISALLOWED']);
});

test('EQUALS on a SELECT dependency holds when one of its choices is the value, as IN does', () => {
  const choice = (values: string[]) => ({ 'a.kind': selectValue(values) });
  const equals = textField('a.field', 'Field', {}, { requirement: 'CONDITIONAL', conditional: {
    Rules: [{ Conditions: [{ DependsOnFieldPath: 'a.kind', Operator: 'EQUALS', Values: ['x'] }], RuleBehavior: 'REQUIRED' }], DefaultBehavior: 'OPTIONAL' } });
  expect(effectiveRequirement(equals, choice(['w', 'x'])).behavior).toBe('REQUIRED');
  expect(effectiveRequirement(equals, choice(['w'])).behavior).toBe('OPTIONAL');
});

test('the behaviour in words uses the same operator words as validation messages', () => {
  expect(describeBehavior(BEHAVIOR)).toBe('DISALLOWED when a.kind is "x" and a.other has no value; '
    + 'OPTIONAL when a.kind SOUNDS_LIKE (an operator the service treats as false) "x"; REQUIRED when a.kind is not one of "y", "z"; '
    + 'OPTIONAL when a.other has a value; otherwise DISALLOWED');
});
