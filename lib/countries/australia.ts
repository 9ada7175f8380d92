import { Attachment } from '../attachment';
import { AUSTRALIA } from '../core/forms/australia';
import { RegistrationForm } from '../registration-form';

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

/**
 * The Australia sender ID form (`AU_SENDER_ID_REGISTRATION`, type name unconfirmed), for the ACMA SMS Sender ID Register.
 * The representative's photo ID identifies a person: declare it from an encrypted S3 object (`Attachment.fromS3Object`).
 */
export class AustraliaSenderIdForm {
  /** The form filled with `props`; the shared props and the sender ID come from `SenderIdRegistrationProps`. */
  public static of(props: AustraliaSenderIdProps): RegistrationForm {
    return RegistrationForm._typed(AUSTRALIA, props);
  }

  private constructor() {}
}
