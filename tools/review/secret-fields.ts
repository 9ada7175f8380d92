import { desiredFieldValues, RegistrationResourceProperties } from '../../lib/core/contract/resource-properties';
import { FieldValue, FieldValues, shownFieldValue } from '../../lib/core/field-value';

/**
 * Fields as the review sees them: values, and fields whose values come from secrets by their reference only.
 * The review never reads a secret; a changed reference is a changed field (the handler then writes it only if
 * the secret's value differs from the registration's).
 */

/** Every text, choice and secret-backed field of the properties (documents are reviewed as attachments). */
export function reviewedFields(props: RegistrationResourceProperties): FieldValues {
  return desiredFieldValues({ ...props, Attachments: {} });
}

/** A field as the report may show it: choices as a plain list, a secret by where it comes from, text as lib/core/personal-data.ts allows. */
export function shownField(path: string, value: FieldValue): string {
  return shownFieldValue(path, value, { choices: (choices) => choices.join(', ') });
}

/**
 * The properties with each secret-backed field's value stood in for by its reference, for the lifecycle's rules
 * (what a deploy would do): equal references compare equal, a changed reference is a changed field. Only the
 * review's consequences use them; nothing is ever written with them.
 */
export function referencesAsValues(props: RegistrationResourceProperties): RegistrationResourceProperties {
  if (!props.SecretFields) return props;
  const { SecretFields: secretFields, ...rest } = props;
  const fields = reviewedFields(props);
  const standIns = Object.fromEntries(Object.keys(secretFields).map((path) => [path, shownField(path, fields[path])]));
  return { ...rest, Fields: { ...props.Fields, ...standIns } };
}
