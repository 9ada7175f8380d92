import { AUSTRALIA } from './australia';
import { AUSTRIA } from './austria';
import { FINLAND } from './finland';
import { AfterSubmitRule, FormRules, OutsideStep } from './form-rules';
import { INDIA } from './india';
import { INDONESIA } from './indonesia';
import { PHILIPPINES } from './philippines';
import { SINGAPORE } from './singapore';
import { TURKEY } from './turkey';
import { UNITED_KINGDOM } from './uk';
import { UNITED_ARAB_EMIRATES } from './united-arab-emirates';

/**
 * Every form's own knowledge, one folder each: its rules (region, attachment limits, which text fields may be shown), its
 * typed keys, its lint facts. A new form's folder is imported and listed here, one line each; everything else that
 * knows forms (the typed props, the fleet's records, the record schema, lint, the handler) reads this list. Its field
 * definitions are catalog/<TYPE>.json.
 */
export const FORMS: readonly FormRules[] = [
  INDIA, INDONESIA, AUSTRALIA, AUSTRIA, FINLAND, UNITED_KINGDOM, SINGAPORE, PHILIPPINES, TURKEY, UNITED_ARAB_EMIRATES,
];

/** The rules of a registration type's form, or undefined when we know none beyond its fields. */
export function formRules(registrationType: string): FormRules | undefined {
  return FORMS.find((f) => f.registrationType === registrationType);
}

/** Where the form keeps a shared field (by its usual path), or undefined when the form has no such field. */
export function sharedFieldPath(registrationType: string, usualPath: string): string | undefined {
  const placement = formRules(registrationType)?.sharedFields;
  return placement ? placement[usualPath] : usualPath;
}

/** Whether the ATTACHMENT field holds a document that identifies a person (lib/core/forms/form-rules.ts identityDocuments). */
export function isIdentityDocument(registrationType: string, fieldPath: string): boolean {
  return formRules(registrationType)?.identityDocuments?.includes(fieldPath) ?? false;
}

/** The one place that says whether a submitted registration of this type cannot be amended (undefined: it can). */
export function unamendableAfterSubmit(registrationType: string): AfterSubmitRule | undefined {
  return formRules(registrationType)?.afterSubmit;
}

/** The step outside AWS a submitted registration of this type still needs (Singapore's SGNIC), if any. */
export function outsideStep(registrationType: string): OutsideStep | undefined {
  return formRules(registrationType)?.outsideStep;
}
