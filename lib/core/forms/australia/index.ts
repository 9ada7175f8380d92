import { FormRules } from '../form-rules';

const PAGE = 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-country-reg-au.html (read 2026-12-07)';

/**
 * Australia (ACMA SMS Sender ID Register): the shared fields at their usual paths, and the authorized representative's
 * government-issued photo ID, a document that identifies a person.
 */
export const AUSTRALIA: FormRules = {
  registrationType: 'AU_SENDER_ID_REGISTRATION',
  // The ABN and the entity type are public registry facts reviewers check; the representative's name, email and phone stay hidden.
  publicTextFields: [/^auSidSpecificInfo\.australianBusinessNumber$/, /^auSidSpecificInfo\.globalHeadquartersCountry$/],
  identityDocuments: ['auSidSpecificInfo.governmentIssuedPhotoId'],
  senderIdCasing: { caseSensitive: false, source: `Australia page, FAQ "Are Australia sender IDs case-sensitive?": "No", ${PAGE}` },
};
