import { FormRules } from '../form-rules';

/** The Philippines: transactional sender IDs only; no typed props, its fields are given by path. */
export const PHILIPPINES: FormRules = {
  registrationType: 'PH_SENDER_ID_REGISTRATION',
  transactionalOnly: {
    idWord: 'philippines',
    name: 'the Philippines',
    acknowledgementPath: 'phSidSpecificInfo.transactionalContentAcknowledgement',
    page: 'AWS End User Messaging SMS user guide, "Philippines sender ID registration", '
      + 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-philippines.html (read 2026-12-07)',
  },
};
