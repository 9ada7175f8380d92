import { Attachment } from '../attachment';
import { FormKey } from '../core/forms/form-keys';
import { quoted } from '../core/validation/message-values';
import { RegistrationField } from '../registration-field';

/**
 * A typed form's own values as fields, by its folder's typed keys (lib/core/forms/<form>/: each key is a prop of the
 * form's props interface, with the field path it fills), leaving out what was not given. The props module names no
 * field path: this decides how each kind of value becomes a field.
 */
export function typedKeyFields(keys: readonly FormKey[], props: object): RegistrationField[] {
  const values = props as Readonly<Record<string, unknown>>;
  return keys.flatMap((key) => {
    const value = values[key.key];
    if (value === undefined) return [];
    switch (key.kind) {
      case 'text': return [RegistrationField.text(key.fieldPath, value as string)];
      case 'choice': return [RegistrationField.select(key.fieldPath, [value as string])];
      case 'document': return [RegistrationField.attachment(key.fieldPath, value as Attachment)];
      case 'yesNo': {
        // A value the form has no spelling for (India's "No") leaves the field empty: validation then names it.
        const spelling = value === true ? key.spelled?.yes : key.spelled?.no;
        return spelling === undefined ? [] : [RegistrationField.select(key.fieldPath, [spelling])];
      }
    }
  });
}

/** What the typed values break that the field definitions cannot say: a yes/no the form accepts only as true. */
export function typedKeyProblems(keys: readonly FormKey[], props: object, registrationType: string): string[] {
  const values = props as Readonly<Record<string, unknown>>;
  return keys.filter((key) => key.mustBeTrue && values[key.key] !== true).map((key) => `${key.fieldPath}: ${key.key} is `
    + `${values[key.key] === undefined ? 'missing' : String(values[key.key])}, must be true (the form accepts only ${quoted(key.spelled?.yes ?? 'yes')}) `
    + `for ${registrationType}`);
}
