import { AUSTRALIA } from './australia';
import { AUSTRIA } from './austria';
import { FINLAND } from './finland';
import { FormRules } from './form-rules';
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
