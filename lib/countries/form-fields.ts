import { Attachment } from '../attachment';
import { RegistrationField } from '../registration-field';

/**
 * A country's own values as fields, leaving out what was not given: each typed props module lists its keys once,
 * as [field path, value] pairs, and this decides how each kind of value becomes a field.
 */
export function givenFields(values: ReadonlyArray<readonly [string, string | Attachment | undefined]>): RegistrationField[] {
  return values.flatMap(([path, value]) => {
    if (value === undefined) return [];
    return [typeof value === 'string' ? RegistrationField.text(path, value) : RegistrationField.attachment(path, value)];
  });
}

/** A SELECT field of one choice, or nothing when no choice was given. */
export function givenChoice(path: string, choice: string | undefined): RegistrationField[] {
  return choice === undefined ? [] : [RegistrationField.select(path, [choice])];
}
