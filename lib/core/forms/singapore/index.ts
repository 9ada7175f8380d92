import { FormRules } from '../form-rules';

/** Singapore: no catalog entry yet. Its field paths are not public; the UK path is assumed for the same "Letter of authorization image" field. */
export const SINGAPORE: FormRules = {
  registrationType: 'SG_SENDER_ID_REGISTRATION',
  attachmentLimits: [{
    fieldPath: 'senderIdInfo.letterOfAuthorization',
    maxBytes: 400 * 1024,
    formats: ['PNG'],
    source: 'Singapore registration form docs: "The supported file type is PNG and the maximum file size is 400KB"',
  }],
};
