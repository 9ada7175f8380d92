import { RegistrationResourceProperties } from '../../lib/core/contract/resource-properties';
import { describeSecretSource, SecretFieldProperty, secretNameOf } from '../../lib/core/contract/secret-fields';
import { isShowable, shownValue } from './field-labels';

/**
 * Fields whose values come from secrets, as the review sees them: by their reference only. The review
 * never reads a secret; a changed reference is a changed field (the handler then writes it only if
 * the secret's value differs from the registration's).
 */

/** One field of a registration as the review compares and shows it. */
export type ReviewedField =
  | { readonly kind: 'value'; readonly value: string | string[] }
  | { readonly kind: 'secret'; readonly ref: SecretFieldProperty };

/** Every field of the properties, values and secret references alike. */
export function reviewedFields(props: RegistrationResourceProperties): Record<string, ReviewedField> {
  const fields: Record<string, ReviewedField> = {};
  for (const [path, value] of Object.entries(props.Fields)) fields[path] = { kind: 'value', value };
  for (const [path, ref] of Object.entries(props.SecretFields ?? {})) fields[path] = { kind: 'secret', ref };
  return fields;
}

/** A reference as people read it: `from secret NAME key "k" (stage AWSCURRENT)`. */
export function shownSecret(ref: SecretFieldProperty): string {
  return describeSecretSource(ref, secretNameOf(ref.SecretArn));
}

/** A field as the report may show it: a secret by where it comes from, a value as lib/core/personal-data.ts allows. */
export function shownField(path: string, field: ReviewedField): string {
  return field.kind === 'secret' ? shownSecret(field.ref) : shownValue(path, field.value);
}

/** Whether a changed field may be shown before and after: references always may, values as isShowable says. */
export function isShownWhenChanged(path: string, field: ReviewedField): boolean {
  return field.kind === 'secret' || isShowable(path, field.value);
}

/** The same reference (secret, key and version), or the same value; choices are a set, as the planner compares them. */
export function sameField(a: ReviewedField, b: ReviewedField): boolean {
  if (a.kind === 'secret' || b.kind === 'secret') {
    return a.kind === 'secret' && b.kind === 'secret' && JSON.stringify(a.ref) === JSON.stringify(b.ref);
  }
  if (Array.isArray(a.value) && Array.isArray(b.value)) return JSON.stringify([...a.value].sort()) === JSON.stringify([...b.value].sort());
  return a.value === b.value;
}

/**
 * The properties with each secret-backed field's value stood in for by its reference, for the lifecycle's rules
 * (what a deploy would do): equal references compare equal, a changed reference is a changed field. Only the
 * review's consequences use them; nothing is ever written with them.
 */
export function referencesAsValues(props: RegistrationResourceProperties): RegistrationResourceProperties {
  if (!props.SecretFields) return props;
  const { SecretFields: secretFields, ...rest } = props;
  const standIns = Object.fromEntries(Object.entries(secretFields).map(([path, ref]) => [path, shownSecret(ref)]));
  return { ...rest, Fields: { ...props.Fields, ...standIns } };
}
