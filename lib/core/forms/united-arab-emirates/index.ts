import { FormRules } from '../form-rules';

/** The United Arab Emirates: transactional sender IDs only; no typed props, its fields are given by path. */
export const UNITED_ARAB_EMIRATES: FormRules = {
  registrationType: 'AE_SENDER_ID_REGISTRATION',
  transactionalOnly: {
    idWord: 'unitedArabEmirates',
    name: 'the United Arab Emirates',
    acknowledgementPath: 'aeSidSpecificInfo.transactionalContentAcknowledgement',
    page: 'AWS End User Messaging SMS user guide, "United Arab Emirates sender ID registration", '
      + 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-united-arab-emirates.html (read 2026-12-07)',
  },
};
