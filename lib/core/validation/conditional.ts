import { FieldValues, hasValue, valueStrings } from '../field-value';
import {
  ConditionalBehavior, ConditionalRule, ConditionalValidation, FieldCondition, RegistrationFieldDefinition, RuleBehavior,
} from '../forms/types';

/**
 * The one reading of the service's ConditionalBehavior: what each operator asks, how rules decide, and how a
 * behaviour is said in words or translated (the record JSON Schema). Everything else asks this module.
 *
 * API reference: rules are tried in order, a rule fires when all its conditions hold (AND), the first firing
 * rule's RuleBehavior wins, else DefaultBehavior; operators EQUALS, NOT_EQUALS, IN, NOT_IN, HAS_VALUE,
 * NO_VALUE; an unknown operator evaluates to false and its rule is skipped. The reference does not say how
 * EQUALS differs from IN: we read both as "the dependency's value (one of its choices, for a SELECT) is one of
 * Values", which for the usual single-value EQUALS is plain equality.
 */

/** What one condition asks of the dependency's value. */
export interface ConditionTest {
  /** ONE_OF: the value (any of its choices) is one of the condition's Values; A_VALUE: the field has a value. */
  readonly asks: 'ONE_OF' | 'A_VALUE';
  /** True for NOT_EQUALS, NOT_IN and NO_VALUE: the condition holds when the test does not. */
  readonly negated: boolean;
  /** The operator in words, for messages: "is one of", "has no value". */
  readonly words: string;
}

const OPERATORS: Readonly<Record<string, ConditionTest>> = {
  EQUALS: { asks: 'ONE_OF', negated: false, words: 'is' },
  NOT_EQUALS: { asks: 'ONE_OF', negated: true, words: 'is not' },
  IN: { asks: 'ONE_OF', negated: false, words: 'is one of' },
  NOT_IN: { asks: 'ONE_OF', negated: true, words: 'is not one of' },
  HAS_VALUE: { asks: 'A_VALUE', negated: false, words: 'has a value' },
  NO_VALUE: { asks: 'A_VALUE', negated: true, words: 'has no value' },
};

/** The test of a condition's operator, or undefined for an operator the service treats as false. */
export function conditionTest(condition: FieldCondition): ConditionTest | undefined {
  return Object.prototype.hasOwnProperty.call(OPERATORS, condition.Operator) ? OPERATORS[condition.Operator] : undefined;
}

/** What a field's requirement resolves to for a given set of values. */
export interface EffectiveRequirement {
  readonly behavior: RuleBehavior;
  /** Extra validation from the firing conditional rule, if any. */
  readonly validation?: ConditionalValidation;
  /** The conditional rule that decided, so a message can say why; absent for plain and default requirements. */
  readonly rule?: ConditionalRule;
}

function conditionHolds(condition: FieldCondition, values: FieldValues): boolean {
  const test = conditionTest(condition);
  if (!test) return false;
  const value = values[condition.DependsOnFieldPath];
  const passes = test.asks === 'A_VALUE' ? hasValue(value) : valueStrings(value).some((v) => (condition.Values ?? []).includes(v));
  return passes !== test.negated;
}

function asBehavior(value: string): RuleBehavior {
  return value === 'REQUIRED' || value === 'DISALLOWED' ? value : 'OPTIONAL';
}

/** A rule whose every operator is known; a rule with an unknown one never fires. */
function canFire(rule: ConditionalRule): boolean {
  return (rule.Conditions ?? []).every((c) => conditionTest(c) !== undefined);
}

/**
 * Resolve REQUIRED / CONDITIONAL / OPTIONAL to REQUIRED, OPTIONAL or DISALLOWED: rules are tried
 * in order, the first whose conditions all hold wins, else DefaultBehavior.
 */
export function effectiveRequirement(definition: RegistrationFieldDefinition, values: FieldValues): EffectiveRequirement {
  if (definition.FieldRequirement !== 'CONDITIONAL') {
    return { behavior: definition.FieldRequirement === 'REQUIRED' ? 'REQUIRED' : 'OPTIONAL' };
  }
  const behavior = definition.ConditionalBehavior;
  if (!behavior) return { behavior: 'OPTIONAL' };
  for (const rule of behavior.Rules ?? []) {
    if ((rule.Conditions ?? []).every((c) => conditionHolds(c, values))) {
      return { behavior: asBehavior(rule.RuleBehavior), validation: rule.ConditionalValidation, rule };
    }
  }
  return { behavior: asBehavior(behavior.DefaultBehavior) };
}

/**
 * A rule's conditions in words, e.g. `when companyAddress.isoCountryCode is one of "ID"`. The values
 * come from the field definitions (the form), never from the user's values, so they are safe to show.
 */
export function describeConditions(rule: ConditionalRule): string {
  const parts = (rule.Conditions ?? []).map((c) => {
    const test = conditionTest(c);
    const values = test?.asks === 'A_VALUE' ? '' : ` ${(c.Values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    return `${c.DependsOnFieldPath} ${test?.words ?? `${c.Operator} (an operator the service treats as false)`}${values}`;
  });
  return `when ${parts.join(' and ')}`;
}

/** A whole behaviour in one line: `REQUIRED when a is one of "x"; otherwise OPTIONAL`. */
export function describeBehavior(behavior: ConditionalBehavior | undefined): string {
  if (!behavior) return 'none';
  return [...(behavior.Rules ?? []).map((rule) => `${rule.RuleBehavior} ${describeConditions(rule)}`), `otherwise ${behavior.DefaultBehavior}`].join('; ');
}

/** How a translation (such as a JSON Schema) expresses conditions and their combinations. */
export interface ConditionLanguage<T> {
  /** The dependency passes the test (ONE_OF: a value or choice among `values`; A_VALUE: present), not negated. */
  test(fieldPath: string, asks: ConditionTest['asks'], values: readonly string[]): T;
  not(expression: T): T;
  all(expressions: readonly T[]): T;
  any(expressions: readonly T[]): T;
}

/** One case of a behaviour: when `when` holds, the field is `behavior`. The cases exclude each other. */
export interface BehaviorCase<T> {
  readonly when: T;
  readonly behavior: RuleBehavior;
}

/**
 * A behaviour as exclusive cases in `language`: each rule holds and no earlier one does, then the default
 * when none does. A rule with an unknown operator never fires, so it is left out without changing the rest.
 */
export function behaviorCases<T>(behavior: ConditionalBehavior, language: ConditionLanguage<T>): Array<BehaviorCase<T>> {
  const firing = (behavior.Rules ?? []).filter(canFire).map((rule) => ({
    rule,
    holds: language.all((rule.Conditions ?? []).map((c) => {
      const test = conditionTest(c)!;
      const passes = language.test(c.DependsOnFieldPath, test.asks, c.Values ?? []);
      return test.negated ? language.not(passes) : passes;
    })),
  }));
  const cases = firing.map(({ rule, holds }, i) => ({
    when: i === 0 ? holds : language.all([holds, language.not(language.any(firing.slice(0, i).map((f) => f.holds)))]),
    behavior: asBehavior(rule.RuleBehavior),
  }));
  const none = firing.length ? language.not(language.any(firing.map((f) => f.holds))) : language.all([]);
  return [...cases, { when: none, behavior: asBehavior(behavior.DefaultBehavior) }];
}
