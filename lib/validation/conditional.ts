import {
  ConditionalValidation, FieldCondition, FieldValue, FieldValues, RegistrationFieldDefinition, RuleBehavior,
} from '../definitions/types';

/** What a field's requirement resolves to for a given set of values. */
export interface EffectiveRequirement {
  readonly behavior: RuleBehavior;
  /** Extra validation from the firing conditional rule, if any. */
  readonly validation?: ConditionalValidation;
}

/** A value as the list of strings conditions compare against. */
export function valueStrings(value: FieldValue | undefined): string[] {
  if (!value) return [];
  if (value.TextValue !== undefined) return [value.TextValue];
  if (value.SelectChoices !== undefined) return value.SelectChoices;
  if (value.RegistrationAttachmentId !== undefined) return [value.RegistrationAttachmentId];
  return [];
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
      return { behavior: asBehavior(rule.RuleBehavior), validation: rule.ConditionalValidation };
    }
  }
  return { behavior: asBehavior(behavior.DefaultBehavior) };
}
