import { ConditionalValidation, FieldValue, FieldValues, RegistrationFieldDefinition, TextValidation } from '../definitions/types';
import { showText } from '../personal-data';

import { effectiveRequirement } from './conditional';

/** One problem with one field. `message` is safe to show: it never holds personal data. */
export interface FieldProblem {
  readonly fieldPath: string;
  readonly message: string;
}

export interface ValidationOptions {
  /** Named in every message, so a reader knows which form was checked. */
  readonly registrationType: string;
  /**
   * Also report REQUIRED fields that have no value. True before a submit; false while filling a
   * draft, where required fields may legitimately come later.
   */
  readonly requireComplete: boolean;
}

/**
 * The validation engine: every problem of a set of field values against field definitions.
 *
 * The same engine runs at synth (bundled catalog), in the handler (live definitions, before any
 * write) and in the local registrar (server side), so the three can never disagree.
 */
export function validateFieldValues(
  definitions: readonly RegistrationFieldDefinition[], values: FieldValues, options: ValidationOptions,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const byPath = new Map(definitions.map((d) => [d.FieldPath, d]));

  for (const path of Object.keys(values)) {
    if (!byPath.has(path)) {
      problems.push({ fieldPath: path, message: `${path}: is not a field of ${options.registrationType}` });
    }
  }
  for (const definition of definitions) {
    problems.push(...validateField(definition, values, options));
  }
  return problems;
}

/** Problems of one field; exported for the registrar, which checks one PutRegistrationFieldValue at a time. */
export function validateField(
  definition: RegistrationFieldDefinition, values: FieldValues, options: ValidationOptions,
): FieldProblem[] {
  const path = definition.FieldPath;
  const label = `${path} ("${definition.DisplayHints?.Title ?? path}")`;
  const value = values[path];
  const requirement = effectiveRequirement(definition, values);
  const problem = (what: string): FieldProblem => ({ fieldPath: path, message: `${label}: ${what} for ${options.registrationType}` });

  if (!value) {
    return requirement.behavior === 'REQUIRED' && options.requireComplete ? [problem('is required but has no value')] : [];
  }
  if (requirement.behavior === 'DISALLOWED') {
    return [problem('must not have a value (its conditions disallow it)')];
  }
  const shapeProblem = checkShape(definition, value);
  if (shapeProblem) return [problem(shapeProblem)];

  switch (definition.FieldType) {
    case 'TEXT': return checkText(path, value.TextValue!, definition.TextValidation, requirement.validation).map(problem);
    case 'SELECT': return checkSelect(definition, value.SelectChoices!, requirement.validation).map(problem);
    default: return [];
  }
}

const MEMBER_FOR_TYPE = { TEXT: 'TextValue', SELECT: 'SelectChoices', ATTACHMENT: 'RegistrationAttachmentId' } as const;

function checkShape(definition: RegistrationFieldDefinition, value: FieldValue): string | undefined {
  const set = (Object.keys(value) as Array<keyof FieldValue>).filter((k) => value[k] !== undefined);
  const expected = MEMBER_FOR_TYPE[definition.FieldType];
  if (set.length !== 1 || set[0] !== expected) {
    const kind = { TEXT: 'a text value', SELECT: 'a list of choices', ATTACHMENT: 'an attachment' }[definition.FieldType];
    return `is a ${definition.FieldType} field and takes ${kind} (${expected}), got ${set.length ? set.join(' and ') : 'nothing'}`;
  }
  return undefined;
}

function compilePattern(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    // A pattern in a dialect JavaScript cannot compile is left to the service to enforce.
    return undefined;
  }
}

function checkText(
  path: string, text: string, validation: TextValidation | undefined, conditional: ConditionalValidation | undefined,
): string[] {
  const min = conditional?.MinLength ?? validation?.MinLength;
  const max = conditional?.MaxLength ?? validation?.MaxLength;
  const patterns = [validation?.Pattern, conditional?.Pattern].filter((p): p is string => !!p);
  const shown = showText(path, text);
  const problems: string[] = [];
  const length = [...text].length;
  if (min !== undefined && length < min) problems.push(`${shown} is ${length} characters, at least ${min} allowed`);
  if (max !== undefined && length > max) problems.push(`${shown} is ${length} characters, at most ${max} allowed`);
  for (const pattern of patterns) {
    const regex = compilePattern(pattern);
    if (regex && !regex.test(text)) problems.push(`${shown} must match ${pattern}`);
  }
  const allowed = conditional?.AllowedValues;
  if (allowed && !allowed.includes(text)) problems.push(`${shown} is not one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
  return problems;
}

function checkSelect(
  definition: RegistrationFieldDefinition, choices: string[], conditional: ConditionalValidation | undefined,
): string[] {
  const validation = definition.SelectValidation;
  const problems: string[] = [];
  const options = conditional?.AllowedValues ?? validation?.Options;
  if (validation && (choices.length < validation.MinChoices || choices.length > validation.MaxChoices)) {
    const range = validation.MinChoices === validation.MaxChoices ? `${validation.MinChoices}` : `${validation.MinChoices} to ${validation.MaxChoices}`;
    problems.push(`has ${choices.length} choices, ${range} allowed`);
  }
  if (new Set(choices).size !== choices.length) problems.push('lists a choice more than once');
  for (const choice of choices) {
    if (options && !options.includes(choice)) {
      problems.push(`${JSON.stringify(choice)} is not one of ${options.map((o) => JSON.stringify(o)).join(', ')}`);
    }
  }
  return problems;
}

/** All problems as one message, one per line, for an exception or a synth error. */
export function formatProblems(heading: string, problems: readonly FieldProblem[]): string {
  return [`${heading} (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...problems.map((p) => `  - ${p.message}`)].join('\n');
}
