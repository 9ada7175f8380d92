import { Attachment } from '../attachment';
import { RegistrationField } from '../registration-field';
import { givenChoice, givenFields } from './form-fields';

/** The Australia sender ID form (ACMA SMS Sender ID Register). The type name follows the <ISO2>_SENDER_ID_REGISTRATION pattern. */
export const AUSTRALIA_REGISTRATION_TYPE = 'AU_SENDER_ID_REGISTRATION';

/**
 * The Australia-specific part of an Australia sender ID registration (`auSidSpecificInfo.*`, paths unconfirmed) and its
 * sender ID documents. Australian sender IDs are case-insensitive.
 */
export interface AustraliaSenderIdProps {
  /**
   * The 11-digit Australian Business Number (`auSidSpecificInfo.australianBusinessNumber`); without an ABN, the
   * international business registration number.
   */
  readonly australianBusinessNumber: string;

  /**
   * The entity type of the ACMA registration (`auSidSpecificInfo.entityType`): Individual, Body corporate, Corporation sole,
   * Body politic, Government entity, Partnership, Unincorporated association, Trust or Superannuation fund.
   */
  readonly entityType: string;

  /**
   * First name of the authorized representative, a director or officer on the company extract
   * (`auSidSpecificInfo.authorizedRepresentativeFirstName`).
   */
  readonly representativeFirstName: string;

  /** Last name of the authorized representative (`auSidSpecificInfo.authorizedRepresentativeLastName`). */
  readonly representativeLastName: string;

  /** The representative's corporate email (`auSidSpecificInfo.authorizedRepresentativeEmail`); free-mail addresses are refused. */
  readonly representativeEmail: string;

  /** The representative's phone number in E.164 format (`auSidSpecificInfo.authorizedRepresentativePhoneNumber`). */
  readonly representativePhone: string;

  /**
   * Two-letter ISO country code of the global headquarters (`auSidSpecificInfo.globalHeadquartersCountry`).
   *
   * @default - none; give it when the headquarters is not at the business address
   */
  readonly globalHeadquartersCountry?: string;

  /**
   * The representative's current government-issued photo ID, both sides (`auSidSpecificInfo.governmentIssuedPhotoId`).
   * It identifies a person: declare it with `Attachment.fromS3Object` on an encrypted bucket. From a file it warns at
   * synth, because the file would be copied into `cdk.out` and the CDK asset bucket.
   */
  readonly governmentPhotoId: Attachment;

  /**
   * Letter of authorization on the current template, naming the sender ID (`auSidSpecificInfo.letterOfAuthorization`).
   *
   * @default - none; needed only when the representative is not on the company registration documentation
   */
  readonly letterOfAuthorization?: Attachment;

  /** The full company extract listing directors and officers, e.g. from ASIC (`auSidSpecificInfo.companyRegistrationDocumentation`). */
  readonly companyRegistrationDocument: Attachment;

  /** Evidence that the sender ID is the business's name, brand or trademark (`senderIdInfo.proofOfSenderIdConnection`). */
  readonly proofOfSenderIdConnection: Attachment;

  /**
   * How the sender ID relates to the company name (`senderIdInfo.senderIdDescription`).
   *
   * @default - none
   */
  readonly senderIdDescription?: string;

  /**
   * Doing-business-as or brand name, if not the legal name (`companyInfo.doingBusinessAs`, path unconfirmed).
   *
   * @default - none
   */
  readonly doingBusinessAs?: string;
}

/** The Australia-specific fields: only what was given. */
export function australiaFields(props: AustraliaSenderIdProps): RegistrationField[] {
  const own = 'auSidSpecificInfo';
  return [
    ...givenFields([
      [`${own}.australianBusinessNumber`, props.australianBusinessNumber],
      [`${own}.authorizedRepresentativeFirstName`, props.representativeFirstName],
      [`${own}.authorizedRepresentativeLastName`, props.representativeLastName],
      [`${own}.authorizedRepresentativeEmail`, props.representativeEmail],
      [`${own}.authorizedRepresentativePhoneNumber`, props.representativePhone],
      [`${own}.globalHeadquartersCountry`, props.globalHeadquartersCountry],
      [`${own}.governmentIssuedPhotoId`, props.governmentPhotoId],
      [`${own}.letterOfAuthorization`, props.letterOfAuthorization],
      [`${own}.companyRegistrationDocumentation`, props.companyRegistrationDocument],
      ['senderIdInfo.proofOfSenderIdConnection', props.proofOfSenderIdConnection],
      ['senderIdInfo.senderIdDescription', props.senderIdDescription],
      ['companyInfo.doingBusinessAs', props.doingBusinessAs],
    ]),
    ...givenChoice(`${own}.entityType`, props.entityType),
  ];
}
