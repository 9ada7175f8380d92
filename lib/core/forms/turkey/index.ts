import { FormRules } from '../form-rules';

/** Turkey: transactional sender IDs only; no typed props, its fields are given by path. */
export const TURKEY: FormRules = {
  registrationType: 'TR_SENDER_ID_REGISTRATION',
  transactionalOnly: {
    idWord: 'turkey',
    name: 'Turkey',
    acknowledgementPath: 'trSidSpecificInfo.transactionalContentAcknowledgement',
    page: 'AWS End User Messaging SMS user guide, "Turkey sender ID registration", '
      + 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-turkey.html (read 2026-12-07)',
  },
};
