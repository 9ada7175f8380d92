import { FieldValue, FieldValues, fieldTypeOf, SERVICE_MEMBER } from '../field-value';
import { catalogEntry } from '../forms/catalog';
import {
  AssumableRule, ConditionalValidation, RegistrationFieldDefinition, TextValidation, ValueFormat,
} from '../forms/types';

import { closestPath } from './closest-path';
import { describeConditions, EffectiveRequirement, effectiveRequirement } from './conditional';
import { quoted, shownText } from './message-values';
import { MAX_SELECT_CHOICES, MODEL_LIMIT_NOTE, SELECT_CHOICE_LENGTH, TEXT_VALUE_LENGTH } from './model-limits';
import { patternInWords } from './pattern-words';
import { formatProblem } from './value-formats';

/** One problem with one field. `message` is safe to show: it never holds personal data. */
export interface FieldProblem {
  readonly fieldPath: string;
  readonly message: string;
  /**
   * The rule of the field's own definition that the value breaks, when it is one a catalog entry can
   * mark as assumed (FieldProvenance.Assumed); absent for requirements, value kinds and conditional
   * limits. Synth reads it to warn instead of failing; the handler and the registrar enforce every problem.
   */
  readonly rule?: AssumableRule;
}

/** What a check found wrong, before it is worded as a message of the field. */
interface Violation {
  readonly what: string;
  readonly rule?: AssumableRule;
}

export interface ValidationOptions {
  /** Named in every message, so a reader knows which form was checked. */
  readonly registrationType: string;
  /**
   * Also report REQUIRED fields that have no value. True before a submit; false while filling a
   * draft, where required fields may legitimately come later.
   */
  readonly requireComplete: boolean;
  /**
   * Fields whose value no message may quote, public or not: values read from a secret at deploy.
   *
   * @default - the personal-data rule alone decides (lib/core/personal-data.ts)
   */
  readonly hiddenPaths?: ReadonlySet<string>;
  /**
   * The format each text field holds (email, URL, E.164 phone), by field path.
   *
   * @default - the `ValueFormats` of the registration type's bundled catalog entry (live definitions carry none)
   */
  readonly valueFormats?: Readonly<Record<string, ValueFormat>>;
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
  const problem = (what: string, rule?: AssumableRule): FieldProblem => ({
    fieldPath: path, message: `${label}: ${what} for ${options.registrationType}`, ...(rule ? { rule } : {}),
  });
  const fromViolation = (v: Violation) => problem(v.what, v.rule);

  const why = requirement.rule ? ` ${describeConditions(requirement.rule)}` : '';
  if (!value) {
    return requirement.behavior === 'REQUIRED' && options.requireComplete ? [problem(`is required${why} but has no value`)] : [];
  }
  if (requirement.behavior === 'DISALLOWED') {
    return [problem(`must not have a value${why || ' (no conditional rule allows it; its DefaultBehavior is DISALLOWED)'}`)];
  }
  const shapeProblem = checkShape(definition, value);
  if (shapeProblem) return [problem(shapeProblem)];

  switch (value.kind) {
    case 'text': {
      const shown = options.hiddenPaths?.has(path) ? `(a value from a secret, ${[...value.text].length} characters)` : shownText(path, value.text);
      const format = (options.valueFormats ?? catalogEntry(options.registrationType)?.ValueFormats)?.[path];
      return checkText(value.text, shown, definition.TextValidation, requirement, format).map(fromViolation);
    }
    case 'select': return checkSelect(definition, value.choices, requirement).map(fromViolation);
    // A secret's text is checked at deploy, once the handler has read it; a document's file by the attachment limits.
    case 'secret': case 'attachment': return [];
    default: throw new Error(`${path}: unknown field value kind ${JSON.stringify(value satisfies never)}`);
  }
}

/** Names the rule behind a limit that came from ConditionalValidation, so the user sees why it differs from the form's usual one. */
function fromRule(requirement: EffectiveRequirement): string {
  return requirement.rule ? ` (${describeConditions(requirement.rule)})` : '';
}

function checkShape(definition: RegistrationFieldDefinition, value: FieldValue): string | undefined {
  const given = fieldTypeOf(value);
  if (given === definition.FieldType) return undefined;
  const kind = { TEXT: 'a text value', SELECT: 'a list of choices', ATTACHMENT: 'an attachment' }[definition.FieldType];
  const article = definition.FieldType === 'ATTACHMENT' ? 'an' : 'a';
  // Named by the API's members, as RegistrationField's factories and the SDK call them.
  return `is ${article} ${definition.FieldType} field and takes ${kind} (${SERVICE_MEMBER[definition.FieldType]}), got ${SERVICE_MEMBER[given]}`;
}

function compilePattern(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    // A pattern in a dialect JavaScript cannot compile is left to the service to enforce.
    return undefined;
  }
}

/**
 * A length limit broken by the value: the model's (a fact, no rule: it always fails synth) when the value
 * is outside 1 to 2,048 characters, else the firing conditional rule's, else the field's own (assumable).
 */
function lengthViolations(text: string, shown: string, validation: TextValidation | undefined, requirement: EffectiveRequirement): Violation[] {
  const conditional = requirement.validation;
  const length = [...text].length;
  const min = conditional?.MinLength ?? validation?.MinLength;
  const max = conditional?.MaxLength ?? validation?.MaxLength;
  const limitSource = (member: 'MinLength' | 'MaxLength'): { why: string; rule?: AssumableRule } =>
    (conditional?.[member] !== undefined ? { why: fromRule(requirement) } : { why: '', rule: member });
  if (length < TEXT_VALUE_LENGTH.min || (min !== undefined && length < min)) {
    const least = Math.max(min ?? 0, TEXT_VALUE_LENGTH.min);
    const { why, rule } = length < TEXT_VALUE_LENGTH.min ? { why: ` (an empty text value is refused: ${MODEL_LIMIT_NOTE})`, rule: undefined } : limitSource('MinLength');
    return [{ what: `${shown} is ${length} characters, at least ${least} allowed${why}`, rule }];
  }
  if (length > TEXT_VALUE_LENGTH.max || (max !== undefined && length > max)) {
    const most = Math.min(max ?? TEXT_VALUE_LENGTH.max, TEXT_VALUE_LENGTH.max);
    const { why, rule } = length > TEXT_VALUE_LENGTH.max
      ? { why: ` (over ${TEXT_VALUE_LENGTH.max} is refused: ${MODEL_LIMIT_NOTE})`, rule: undefined } : limitSource('MaxLength');
    return [{ what: `${shown} is ${length} characters, at most ${most} allowed${why}`, rule }];
  }
  return [];
}

/** `shown` is the value as messages may show it; `format` the one the field is known to hold. */
function checkText(
  text: string, shown: string, validation: TextValidation | undefined, requirement: EffectiveRequirement, format: ValueFormat | undefined,
): Violation[] {
  const conditional: ConditionalValidation | undefined = requirement.validation;
  const because = fromRule(requirement);
  const problems: Violation[] = lengthViolations(text, shown, validation, requirement);
  // A broken format is a fact and says precisely what is wrong; the field's own pattern would only repeat it vaguely.
  const wrongFormat = format && formatProblem(format, text);
  if (wrongFormat) problems.push({ what: `${shown} ${wrongFormat}` });
  const patterns: Array<[string | undefined, string, AssumableRule | undefined]> = [
    [wrongFormat ? undefined : validation?.Pattern, '', 'Pattern'], [conditional?.Pattern, because, undefined]];
  for (const [pattern, why, rule] of patterns) {
    if (!pattern) continue;
    const regex = compilePattern(pattern);
    const words = patternInWords(pattern);
    if (regex && !regex.test(text)) problems.push({ what: `${shown} must match ${pattern}${words ? ` (${words})` : ''}${why}`, rule });
  }
  const allowed = conditional?.AllowedValues;
  if (allowed && !allowed.includes(text)) problems.push({ what: `${shown} is not one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}${because}` });
  return problems;
}

/** The model's limits on choices (facts: no rule, they always fail synth). */
function selectModelViolations(choices: readonly string[]): Violation[] {
  const problems: Violation[] = [];
  if (choices.length > MAX_SELECT_CHOICES) {
    problems.push({ what: `has ${choices.length} choices, at most ${MAX_SELECT_CHOICES} allowed (${MODEL_LIMIT_NOTE})` });
  }
  const badLength = choices.find((c) => c.length < SELECT_CHOICE_LENGTH.min || c.length > SELECT_CHOICE_LENGTH.max);
  if (badLength !== undefined) {
    problems.push({
      what: `has a choice of ${[...badLength].length} characters (${quoted(badLength)}), `
        + `${SELECT_CHOICE_LENGTH.min} to ${SELECT_CHOICE_LENGTH.max} allowed (${MODEL_LIMIT_NOTE})`,
    });
  }
  return problems;
}

function checkSelect(definition: RegistrationFieldDefinition, choices: readonly string[], requirement: EffectiveRequirement): Violation[] {
  const validation = definition.SelectValidation;
  const problems: Violation[] = selectModelViolations(choices);
  const overridden = requirement.validation?.AllowedValues;
  const options = overridden ?? validation?.Options;
  const shown = choices.map(quoted).join(', ');
  if (validation && (choices.length < validation.MinChoices || choices.length > validation.MaxChoices)) {
    const range = validation.MinChoices === validation.MaxChoices ? `${validation.MinChoices}` : `${validation.MinChoices} to ${validation.MaxChoices}`;
    problems.push({
      what: `has ${choices.length} choice${choices.length === 1 ? '' : 's'}${choices.length ? ` (${shown})` : ''}, ${range} allowed`,
      rule: choices.length < validation.MinChoices ? 'MinChoices' : 'MaxChoices',
    });
  }
  if (new Set(choices).size !== choices.length) problems.push({ what: `lists a choice more than once (${shown}); each choice may appear once` });
  for (const choice of choices) {
    if (options && !options.includes(choice)) {
      problems.push({
        what: `${quoted(choice)} is not one of ${options.map((o) => JSON.stringify(o)).join(', ')}${overridden ? fromRule(requirement) : ''}`,
        ...(overridden ? {} : { rule: 'Options' as const }),
      });
    }
  }
  return problems;
}

/** All problems as one message, one per line, for an exception or a synth error. */
export function formatProblems(heading: string, problems: readonly FieldProblem[]): string {
  return [`${heading} (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...problems.map((p) => `  - ${p.message}`)].join('\n');
}
