import {
  ConditionalRule, ConditionalValidation, FieldCondition, FieldValues, RegistrationFieldDefinition, RuleBehavior,
} from '../forms/types';
import { valueStrings } from '../value-kinds';

/** What a field's requirement resolves to for a given set of values. */
export interface EffectiveRequirement {
  readonly behavior: RuleBehavior;
  /** Extra validation from the firing conditional rule, if any. */
  readonly validation?: ConditionalValidation;
  /** The conditional rule that decided, so a message can say why; absent for plain and default requirements. */
  readonly rule?: ConditionalRule;
}


function conditionHolds(condition: FieldCondition, values: FieldValues): boolean {
  const actual = valueStrings(values[condition.DependsOnFieldPath]);
  const expected = condition.Values ?? [];
  const anyExpected = actual.some((v) => expected.includes(v));
  switch (condition.Operator) {
    case 'EQUALS': return actual.length > 0 && anyExpected;
    case 'NOT_EQUALS': return !anyExpected;
    case 'IN': return anyExpected;
    case 'NOT_IN': return !anyExpected;
    case 'HAS_VALUE': return actual.length > 0;
    case 'NO_VALUE': return actual.length === 0;
    // The API reference: an unknown operator evaluates to false and its rule is skipped.
    default: return false;
  }
}

function asBehavior(value: string): RuleBehavior {
  return value === 'REQUIRED' || value === 'DISALLOWED' ? value : 'OPTIONAL';
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

const OPERATOR_WORDS: Readonly<Record<string, string>> = {
  EQUALS: 'is', NOT_EQUALS: 'is not', IN: 'is one of', NOT_IN: 'is not one of', HAS_VALUE: 'has a value', NO_VALUE: 'has no value',
};

/**
 * A rule's conditions in words, e.g. `when companyAddress.isoCountryCode is one of "ID"`. The values
 * come from the field definitions (the form), never from the user's values, so they are safe to show.
 */
export function describeConditions(rule: ConditionalRule): string {
  const parts = (rule.Conditions ?? []).map((c) => {
    const values = c.Operator === 'HAS_VALUE' || c.Operator === 'NO_VALUE' ? '' : ` ${(c.Values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    return `${c.DependsOnFieldPath} ${OPERATOR_WORDS[c.Operator] ?? c.Operator}${values}`;
  });
  return `when ${parts.join(' and ')}`;
}
