import { FormRules } from '../form-rules';
import REGION_RULE from './region-rule.json';

/** India (TRAI DLT): created only where AWS offers the local routes; the DLT ids are what reviewers check, so they are shown. */
export const INDIA: FormRules = {
  registrationType: 'IN_SENDER_ID_REGISTRATION',
  regionRule: REGION_RULE,
  // TRAI DLT ids of the business and its telemarketer chain: what India's reviewers check.
  publicTextFields: [/^inSidSpecificInfo\./],
};
