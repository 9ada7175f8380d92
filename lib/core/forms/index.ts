import { FORMS } from './all-forms';
import { AfterSubmitRule, FormRules, OutsideStep } from './form-rules';

/** Every form's folder, one line each in all-forms.ts; the functions below are how the rest of the code asks about a form. */
export { FORMS };

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
