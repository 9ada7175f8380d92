import { AUSTRIA } from './austria';
import { AfterSubmitRule, FormRules } from './form-rules';
import { INDIA } from './india';
import { INDONESIA } from './indonesia';
import { SINGAPORE } from './singapore';
import { UNITED_KINGDOM } from './uk';

/**
 * Every form's own rules, one folder each (region rule, attachment limits, which text fields may be
 * shown). A new form's folder is listed here; its field definitions are catalog/<TYPE>.json.
 */
export const FORMS: readonly FormRules[] = [INDIA, INDONESIA, UNITED_KINGDOM, SINGAPORE, AUSTRIA];

/** The rules of a registration type's form, or undefined when we know none beyond its fields. */
export function formRules(registrationType: string): FormRules | undefined {
  return FORMS.find((f) => f.registrationType === registrationType);
}

/** The one place that says whether a submitted registration of this type cannot be amended (undefined: it can). */
export function unamendableAfterSubmit(registrationType: string): AfterSubmitRule | undefined {
  return formRules(registrationType)?.afterSubmit;
}
