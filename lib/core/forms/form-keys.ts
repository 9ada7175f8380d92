/**
 * The typed keys of a form: each key of its typed props (lib/countries/<country>.ts) and of the `form` section of its
 * fleet records, with the field path it fills and the kind of value it takes. A form's folder lists them once; the props
 * module, the fleet's record loader and the record schema all read that list, so a field path is written once.
 */

/**
 * text: a string · choice: one of `choices`, sent as a SELECT of one · yesNo: true or false, sent as the form spells it ·
 * document: an attachment (in a fleet record, a file path relative to the record or an `s3://bucket/key` reference).
 */
export type FormKeyKind = 'text' | 'choice' | 'yesNo' | 'document';

export interface FormKey {
  /** The typed prop and the record key, e.g. `principalEntityId`. */
  readonly key: string;
  readonly fieldPath: string;
  readonly kind: FormKeyKind;
  readonly required: boolean;
  /** The options of a `choice` key, as the form spells them. */
  readonly choices?: readonly string[];
  /** How the form spells a `yesNo` key's true and false; a spelling left out leaves the field empty for that value. */
  readonly spelled?: { readonly yes?: string; readonly no?: string };
  /** A `yesNo` key the form accepts only as true (India's acknowledgement): false is refused at synth. */
  readonly mustBeTrue?: boolean;
}

export const textKey = (key: string, fieldPath: string, required = true): FormKey => ({ key, fieldPath, kind: 'text', required });
export const optionalTextKey = (key: string, fieldPath: string): FormKey => textKey(key, fieldPath, false);
export const choiceKey = (key: string, fieldPath: string, choices: readonly string[], required = true): FormKey => (
  { key, fieldPath, kind: 'choice', required, choices });
export const documentKey = (key: string, fieldPath: string, required = false): FormKey => ({ key, fieldPath, kind: 'document', required });
export const yesNoKey = (key: string, fieldPath: string, spelled: FormKey['spelled'], mustBeTrue = false): FormKey => (
  { key, fieldPath, kind: 'yesNo', required: true, spelled, mustBeTrue });
