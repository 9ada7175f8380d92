import { describeSecretSource, SecretFieldProperty, secretReadKey } from './contract/secret-fields';
import { FieldType, ServiceFieldValue } from './forms/types';
import { isPublicTextField, showText } from './personal-data';

/**
 * What a field value is, once: text, chosen options, an uploaded document, or text that lives in a secret
 * and is read only at deploy. Everything that compares, checks, renders or shows a value takes this type;
 * the API's own shape (one of three optional members) is converted to and from it only where the SMS API
 * is called (fromServiceValue, toServiceValue), and the resource properties' shape only in the contract.
 * Each operation below is one exhaustive switch, so a new kind fails to compile until every one handles it.
 */
export type FieldValue =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'select'; readonly choices: readonly string[] }
  | { readonly kind: 'attachment'; readonly attachmentId: string }
  | { readonly kind: 'secret'; readonly ref: SecretFieldProperty };

/** Field values keyed by field path. */
export type FieldValues = Record<string, FieldValue>;

export type FieldValueKind = FieldValue['kind'];

export function textValue(text: string): FieldValue {
  return { kind: 'text', text };
}

export function selectValue(choices: readonly string[]): FieldValue {
  return { kind: 'select', choices: [...choices] };
}

export function attachmentValue(attachmentId: string): FieldValue {
  return { kind: 'attachment', attachmentId };
}

export function secretValue(ref: SecretFieldProperty): FieldValue {
  return { kind: 'secret', ref };
}

function unknownKind(value: never): never {
  throw new Error(`unknown field value kind: ${JSON.stringify(value)}`);
}

/** The field type a value fills: a secret holds the text of a TEXT field. */
export function fieldTypeOf(value: FieldValue): FieldType {
  switch (value.kind) {
    case 'text': case 'secret': return 'TEXT';
    case 'select': return 'SELECT';
    case 'attachment': return 'ATTACHMENT';
    default: return unknownKind(value);
  }
}

/**
 * Whether the actual value is the desired one. Choices are a set: the service may return them in another order.
 * Two secret references are the same when they read the same version of the same key.
 */
export function sameFieldValue(desired: FieldValue, actual: FieldValue | undefined): boolean {
  if (!actual || actual.kind !== desired.kind) return false;
  switch (desired.kind) {
    case 'text': return desired.text === (actual as typeof desired).text;
    case 'select': {
      const a = [...(actual as typeof desired).choices].sort();
      const d = [...desired.choices].sort();
      return a.length === d.length && a.every((c, i) => c === d[i]);
    }
    case 'attachment': return desired.attachmentId === (actual as typeof desired).attachmentId;
    case 'secret': {
      const other = (actual as typeof desired).ref;
      return secretReadKey(desired.ref) === secretReadKey(other) && desired.ref.JsonKey === other.JsonKey;
    }
    default: return unknownKind(desired);
  }
}

/**
 * A value as the strings a ConditionalBehavior condition compares against. A secret's text is unknown until
 * deploy: it equals nothing here (hasValue still counts it as a value).
 */
export function valueStrings(value: FieldValue | undefined): readonly string[] {
  if (!value) return [];
  switch (value.kind) {
    case 'text': return [value.text];
    case 'select': return value.choices;
    case 'attachment': return [value.attachmentId];
    case 'secret': return [];
    default: return unknownKind(value);
  }
}

/** Whether a field has a value, as HAS_VALUE / NO_VALUE see it: an empty choice list is no value. */
export function hasValue(value: FieldValue | undefined): boolean {
  if (!value) return false;
  switch (value.kind) {
    case 'text': case 'attachment': case 'secret': return true;
    case 'select': return value.choices.length > 0;
    default: return unknownKind(value);
  }
}

/** The value as PutRegistrationFieldValue takes it. A secret must have been read first: its reference is never sent. */
export function toServiceValue(value: FieldValue): ServiceFieldValue {
  switch (value.kind) {
    case 'text': return { TextValue: value.text };
    case 'select': return { SelectChoices: [...value.choices] };
    case 'attachment': return { RegistrationAttachmentId: value.attachmentId };
    case 'secret': throw new Error(`a value ${describeSecretSource(value.ref)} must be read before it is written`);
    default: return unknownKind(value);
  }
}

/**
 * One string per value, equal exactly when sameFieldValue says the values are the same (choices sorted). Digests of
 * written values are made from it and recorded on deployed registrations: the strings must never change.
 */
export function canonicalValue(value: FieldValue): string {
  switch (value.kind) {
    case 'text': return `text:${value.text}`;
    case 'select': return `select:${JSON.stringify([...value.choices].sort())}`;
    case 'attachment': return `attachment:${value.attachmentId}`;
    case 'secret': return `secret:${secretReadKey(value.ref)}:${value.ref.JsonKey ?? ''}`;
    default: return unknownKind(value);
  }
}

/** The member of the API's value each field type sets. */
export const SERVICE_MEMBER = { TEXT: 'TextValue', SELECT: 'SelectChoices', ATTACHMENT: 'RegistrationAttachmentId' } as const satisfies
  Record<FieldType, keyof ServiceFieldValue>;

/** A value the service returned (the SDK types every member optional); undefined when it sets none. */
export function fromServiceValue(value: ServiceFieldValue): FieldValue | undefined {
  if (value.TextValue !== undefined) return textValue(value.TextValue);
  if (value.SelectChoices !== undefined) return selectValue(value.SelectChoices);
  if (value.RegistrationAttachmentId !== undefined) return attachmentValue(value.RegistrationAttachmentId);
  return undefined;
}

/** The text of a TEXT value (e.g. the sender ID a registration holds); undefined for any other kind. */
export function textOf(value: FieldValue | undefined): string | undefined {
  return value?.kind === 'text' ? value.text : undefined;
}

/** The id of the document an ATTACHMENT value points at, for code that follows documents. */
export function attachmentIdOf(value: FieldValue | undefined): string | undefined {
  return value?.kind === 'attachment' ? value.attachmentId : undefined;
}

/** How a caller words the kinds that have more than one good wording; text is always worded by lib/core/personal-data.ts. */
export interface ValueWording {
  /** Chosen options; default: a JSON list, unambiguous when an option holds a comma ("10,000"). */
  readonly choices?: (choices: readonly string[]) => string;
  /** A document; default: "a document". */
  readonly attachment?: (attachmentId: string) => string;
}

/**
 * A value as it may be shown in a review, a plan, a rehearsal or a message: personal text hidden (only its
 * length), a secret only by where it comes from, never by its value.
 */
export function shownFieldValue(fieldPath: string, value: FieldValue, wording: ValueWording = {}): string {
  switch (value.kind) {
    case 'text': return showText(fieldPath, value.text);
    case 'select': return (wording.choices ?? ((c) => `[${c.map((x) => JSON.stringify(x)).join(', ')}]`))(value.choices);
    case 'attachment': return (wording.attachment ?? (() => 'a document'))(value.attachmentId);
    case 'secret': return describeSecretSource(value.ref);
    default: return unknownKind(value);
  }
}

/** Whether a changed value may be shown before and after: choices and secret references always, text only when public. */
export function isShowableValue(fieldPath: string, value: FieldValue): boolean {
  switch (value.kind) {
    case 'text': return isPublicTextField(fieldPath);
    case 'select': case 'secret': return true;
    case 'attachment': return false;
    default: return unknownKind(value);
  }
}
