import { FORMS } from './forms';

/**
 * The one place that decides which registration values may be shown in messages and logs.
 *
 * Contact details, addresses, tax ids and documents are personal data: they never appear in logs,
 * error messages, stack events or outputs. Everything is hidden unless listed here as public: the
 * sender ID, the company's public face and the messaging use case, which reviewers must be able to read, plus what a
 * form's own folder lists (India's DLT ids, lib/core/forms/india).
 */
const PUBLIC_TEXT_FIELDS: readonly RegExp[] = [
  /^senderIdInfo\.senderId$/,
  /^senderIdInfo\.senderIdDescription$/,
  /^companyInfo\.companyName$/,
  /^companyInfo\.website$/,
  /^messagingUseCase\./,
  /^messageSamples\./,
  // What a form's own folder adds (India's DLT ids): a field path means the same on every form that has it.
  ...FORMS.flatMap((form) => form.publicTextFields ?? []),
];

/** Whether a text field's value may be shown; select choices are public enumerations and always may. */
export function isPublicTextField(fieldPath: string): boolean {
  return PUBLIC_TEXT_FIELDS.some((p) => p.test(fieldPath));
}

/** A text value as it may be shown: quoted when public, otherwise only its length. */
export function showText(fieldPath: string, value: string): string {
  return isPublicTextField(fieldPath) ? JSON.stringify(value) : `(hidden personal data, ${value.length} characters)`;
}
