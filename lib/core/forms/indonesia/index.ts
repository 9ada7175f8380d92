import { FormRules } from '../form-rules';

/**
 * Indonesia: any Region, the API's attachment limits for its letters of authorization and documents, and
 * nothing shown beyond the fields every form shares (its NPWP and NIB are tax and business ids).
 */
export const INDONESIA: FormRules = {
  registrationType: 'ID_SENDER_ID_REGISTRATION',
};
