import { FormRules } from '../form-rules';

/**
 * The United Kingdom. The type name is unconfirmed (<ISO2>_SENDER_ID_REGISTRATION pattern); the field path is verbatim
 * API output (AWS blog, 2026-01-07).
 */
export const UNITED_KINGDOM: FormRules = {
  registrationType: 'GB_SENDER_ID_REGISTRATION',
  attachmentLimits: [{
    fieldPath: 'senderIdInfo.letterOfAuthorization',
    maxBytes: 400 * 1024,
    formats: ['PDF'],
    source: 'UK registration form docs: "Create a PDF of the LOA ... The maximum file size is 400 KB"',
  }],
};
