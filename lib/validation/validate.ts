import { ConditionalValidation, FieldValue, FieldValues, RegistrationFieldDefinition, TextValidation } from '../definitions/types';
import { showText } from '../personal-data';

import { closestPath } from './closest-path';
import { describeConditions, EffectiveRequirement, effectiveRequirement } from './conditional';
import { patternInWords } from './pattern-words';

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
    if (!byPath.has(path)) problems.push({ fieldPath: path, message: unknownFieldMessage(path, options.registrationType, [...byPath.keys()]) });
  }
  for (const definition of definitions) {
    problems.push(...validateField(definition, values, options));
  }
  return problems;
}

/** What an unknown field path gets told, with the known path it is most likely a typo of. */
export function unknownFieldMessage(path: string, registrationType: string, knownPaths: readonly string[]): string {
  const closest = closestPath(path, knownPaths);
  return `${path}: is not a field of ${registrationType}${closest ? `; did you mean ${closest}?` : ''}`;
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

  const why = requirement.rule ? ` ${describeConditions(requirement.rule)}` : '';
  if (!value) {
    return requirement.behavior === 'REQUIRED' && options.requireComplete ? [problem(`is required${why} but has no value`)] : [];
  }
  if (requirement.behavior === 'DISALLOWED') {
    return [problem(`must not have a value${why || ' (no conditional rule allows it; its DefaultBehavior is DISALLOWED)'}`)];
  }
  const shapeProblem = checkShape(definition, value);
  if (shapeProblem) return [problem(shapeProblem)];

  switch (definition.FieldType) {
    case 'TEXT': return checkText(path, value.TextValue!, definition.TextValidation, requirement).map(problem);
    case 'SELECT': return checkSelect(definition, value.SelectChoices!, requirement).map(problem);
    default: return [];
  }
}

/** Names the rule behind a limit that came from ConditionalValidation, so the user sees why it differs from the form's usual one. */
function fromRule(requirement: EffectiveRequirement): string {
  return requirement.rule ? ` (${describeConditions(requirement.rule)})` : '';
}

const MEMBER_FOR_TYPE = { TEXT: 'TextValue', SELECT: 'SelectChoices', ATTACHMENT: 'RegistrationAttachmentId' } as const;

function checkShape(definition: RegistrationFieldDefinition, value: FieldValue): string | undefined {
  const set = (Object.keys(value) as Array<keyof FieldValue>).filter((k) => value[k] !== undefined);
  const expected = MEMBER_FOR_TYPE[definition.FieldType];
  if (set.length !== 1 || set[0] !== expected) {
    const kind = { TEXT: 'a text value', SELECT: 'a list of choices', ATTACHMENT: 'an attachment' }[definition.FieldType];
    const article = definition.FieldType === 'ATTACHMENT' ? 'an' : 'a';
    return `is ${article} ${definition.FieldType} field and takes ${kind} (${expected}), got ${set.length ? set.join(' and ') : 'nothing'}`;
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

function checkText(path: string, text: string, validation: TextValidation | undefined, requirement: EffectiveRequirement): string[] {
  const conditional: ConditionalValidation | undefined = requirement.validation;
  const because = fromRule(requirement);
  const shown = showText(path, text);
  const problems: string[] = [];
  const length = [...text].length;
  const min = conditional?.MinLength ?? validation?.MinLength;
  const max = conditional?.MaxLength ?? validation?.MaxLength;
  if (min !== undefined && length < min) problems.push(`${shown} is ${length} characters, at least ${min} allowed${conditional?.MinLength !== undefined ? because : ''}`);
  if (max !== undefined && length > max) problems.push(`${shown} is ${length} characters, at most ${max} allowed${conditional?.MaxLength !== undefined ? because : ''}`);
  const patterns = [[validation?.Pattern, ''], [conditional?.Pattern, because]].filter((p): p is [string, string] => !!p[0]);
  for (const [pattern, why] of patterns) {
    const regex = compilePattern(pattern);
    const words = patternInWords(pattern);
    if (regex && !regex.test(text)) problems.push(`${shown} must match ${pattern}${words ? ` (${words})` : ''}${why}`);
  }
  const allowed = conditional?.AllowedValues;
  if (allowed && !allowed.includes(text)) problems.push(`${shown} is not one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}${because}`);
  return problems;
}

function checkSelect(definition: RegistrationFieldDefinition, choices: string[], requirement: EffectiveRequirement): string[] {
  const validation = definition.SelectValidation;
  const problems: string[] = [];
  const overridden = requirement.validation?.AllowedValues;
  const options = overridden ?? validation?.Options;
  const shown = choices.map((c) => JSON.stringify(c)).join(', ');
  if (validation && (choices.length < validation.MinChoices || choices.length > validation.MaxChoices)) {
    const range = validation.MinChoices === validation.MaxChoices ? `${validation.MinChoices}` : `${validation.MinChoices} to ${validation.MaxChoices}`;
    problems.push(`has ${choices.length} choice${choices.length === 1 ? '' : 's'}${choices.length ? ` (${shown})` : ''}, ${range} allowed`);
  }
  if (new Set(choices).size !== choices.length) problems.push(`lists a choice more than once (${shown}); each choice may appear once`);
  for (const choice of choices) {
    if (options && !options.includes(choice)) {
      problems.push(`${JSON.stringify(choice)} is not one of ${options.map((o) => JSON.stringify(o)).join(', ')}${overridden ? fromRule(requirement) : ''}`);
    }
  }
  return problems;
}

/** All problems as one message, one per line, for an exception or a synth error. */
export function formatProblems(heading: string, problems: readonly FieldProblem[]): string {
  return [`${heading} (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...problems.map((p) => `  - ${p.message}`)].join('\n');
}
