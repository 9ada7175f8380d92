import { FieldType, FieldValue } from './forms/types';

/**
 * The one place that knows the three kinds of field value: TEXT (a string), SELECT (a set of
 * choices) and ATTACHMENT (the id of an uploaded document). The contract renders them, validation
 * checks their shape, the planner compares them, the handler reads them back from the service and
 * the CLI prints them, all through here.
 */

/** The member of a FieldValue each kind sets, as the API names it. */
export const VALUE_MEMBER = { TEXT: 'TextValue', SELECT: 'SelectChoices', ATTACHMENT: 'RegistrationAttachmentId' } as const satisfies
  Record<FieldType, keyof FieldValue>;

export function textValue(text: string): FieldValue {
  return { TextValue: text };
}

export function selectValue(choices: string[]): FieldValue {
  return { SelectChoices: choices };
}

export function attachmentValue(attachmentId: string): FieldValue {
  return { RegistrationAttachmentId: attachmentId };
}

/** A value the service returned, with only its kind's member kept (the SDK types every member optional). */
export function fieldValueFrom(value: { readonly TextValue?: string; readonly SelectChoices?: string[]; readonly RegistrationAttachmentId?: string }):
FieldValue | undefined {
  if (value.TextValue !== undefined) return textValue(value.TextValue);
  if (value.SelectChoices !== undefined) return selectValue(value.SelectChoices);
  if (value.RegistrationAttachmentId !== undefined) return attachmentValue(value.RegistrationAttachmentId);
  return undefined;
}

/** Whether the actual value is the desired one. Choices are a set: the service may return them in another order. */
export function sameFieldValue(desired: FieldValue, actual: FieldValue | undefined): boolean {
  if (!actual) return false;
  if (desired.TextValue !== undefined) return actual.TextValue === desired.TextValue;
  if (desired.SelectChoices !== undefined) {
    const a = [...(actual.SelectChoices ?? [])].sort();
    const d = [...desired.SelectChoices].sort();
    return a.length === d.length && a.every((c, i) => c === d[i]);
  }
  if (desired.RegistrationAttachmentId !== undefined) return actual.RegistrationAttachmentId === desired.RegistrationAttachmentId;
  return false;
}

/** A value as the list of strings conditions compare against. */
export function valueStrings(value: FieldValue | undefined): string[] {
  if (!value) return [];
  if (value.TextValue !== undefined) return [value.TextValue];
  if (value.SelectChoices !== undefined) return value.SelectChoices;
  if (value.RegistrationAttachmentId !== undefined) return [value.RegistrationAttachmentId];
  return [];
}

/** One function per kind, e.g. to print a value; a value with no member set counts as empty text. */
export interface ValueCases<T> {
  text(text: string): T;
  select(choices: string[]): T;
  attachment(attachmentId: string): T;
}

export function matchValue<T>(value: FieldValue, cases: ValueCases<T>): T {
  if (value.SelectChoices) return cases.select(value.SelectChoices);
  if (value.RegistrationAttachmentId) return cases.attachment(value.RegistrationAttachmentId);
  return cases.text(value.TextValue ?? '');
}
