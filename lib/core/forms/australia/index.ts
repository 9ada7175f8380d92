import { choiceKey, documentKey, optionalTextKey, textKey } from '../form-keys';
import { FormRules } from '../form-rules';
import { AUSTRALIA_LINT_RULES } from './lint';

/** The section of the fields only Australia's form has. */
const OWN = 'auSidSpecificInfo';
const PAGE = 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-country-reg-au.html (read 2026-12-07)';

/**
 * Australia (ACMA SMS Sender ID Register): the shared fields at their usual paths, and the authorized representative's
 * government-issued photo ID, a document that identifies a person.
 */
export const AUSTRALIA: FormRules = {
  registrationType: 'AU_SENDER_ID_REGISTRATION',
  // The ABN and the entity type are public registry facts reviewers check; the representative's name, email and phone stay hidden.
  publicTextFields: [/^auSidSpecificInfo\.australianBusinessNumber$/, /^auSidSpecificInfo\.globalHeadquartersCountry$/],
  identityDocuments: [`${OWN}.governmentIssuedPhotoId`],
  senderIdCasing: { caseSensitive: false, source: `Australia page, FAQ "Are Australia sender IDs case-sensitive?": "No", ${PAGE}` },
  typedKeys: [
    textKey('australianBusinessNumber', `${OWN}.australianBusinessNumber`),
    choiceKey('entityType', `${OWN}.entityType`, ['Individual', 'Body corporate', 'Corporation sole', 'Body politic', 'Government entity',
      'Partnership', 'Unincorporated association', 'Trust', 'Superannuation fund']),
    textKey('representativeFirstName', `${OWN}.authorizedRepresentativeFirstName`),
    textKey('representativeLastName', `${OWN}.authorizedRepresentativeLastName`),
    textKey('representativeEmail', `${OWN}.authorizedRepresentativeEmail`),
    textKey('representativePhone', `${OWN}.authorizedRepresentativePhoneNumber`),
    optionalTextKey('globalHeadquartersCountry', `${OWN}.globalHeadquartersCountry`),
    documentKey('governmentPhotoId', `${OWN}.governmentIssuedPhotoId`, true),
    documentKey('letterOfAuthorization', `${OWN}.letterOfAuthorization`),
    documentKey('companyRegistrationDocument', `${OWN}.companyRegistrationDocumentation`, true),
    documentKey('proofOfSenderIdConnection', 'senderIdInfo.proofOfSenderIdConnection', true),
    optionalTextKey('senderIdDescription', 'senderIdInfo.senderIdDescription'),
    optionalTextKey('doingBusinessAs', 'companyInfo.doingBusinessAs'),
  ],
  lintRules: AUSTRALIA_LINT_RULES,
};
