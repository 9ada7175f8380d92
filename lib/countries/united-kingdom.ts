import { Attachment } from '../attachment';
import { RegistrationField } from '../registration-field';
import { givenChoice, givenFields } from './form-fields';

/** The United Kingdom sender ID form. The type name follows the <ISO2>_SENDER_ID_REGISTRATION pattern (unconfirmed). */
export const UNITED_KINGDOM_REGISTRATION_TYPE = 'GB_SENDER_ID_REGISTRATION';

/**
 * What only the UK form asks. Its address sits in "Company info" (`companyInfo.address1` ...) and its use case is
 * "Use case details" (`messagingUseCase.useCaseDetails`): the shared props are placed there. It has no area of
 * business and no opt-in description; those props are not sent. The sender ID must keep the casing registered with MEF.
 */
export interface UnitedKingdomSenderIdProps {
  /** First name of the business's point of contact (`contactInfo.firstName`, path unconfirmed). */
  readonly contactFirstName: string;

  /** Last name of the business's point of contact (`contactInfo.lastName`, path unconfirmed). */
  readonly contactLastName: string;

  /**
   * The use case category as the UK form spells it (`messagingUseCase.useCaseCategory`): Two-factor authentication,
   * One-time passwords, Notifications, Polling and surveys, Info on demand, Promotions and Marketing or Other.
   */
  readonly useCaseCategory: string;

  /**
   * The MEF letter of authorization (`senderIdInfo.letterOfAuthorization`): a PDF of at most 400 KB, dated within the
   * last 30 days, naming the sender ID with the casing registered with MEF.
   *
   * @default - none; required when the sender ID is protected by MEF
   */
  readonly letterOfAuthorization?: Attachment;

  /**
   * How the sender ID relates to the company name (`senderIdInfo.senderIdDescription`).
   *
   * @default - none
   */
  readonly senderIdDescription?: string;
}

/** The UK-specific fields: only what was given. */
export function unitedKingdomFields(props: UnitedKingdomSenderIdProps): RegistrationField[] {
  return companyInfoFormFields(props);
}

/** The fields the UK and Singapore forms both ask beyond the shared ones (Singapore's props have the same members). */
export function companyInfoFormFields(props: UnitedKingdomSenderIdProps): RegistrationField[] {
  return [
    ...givenFields([
      ['contactInfo.firstName', props.contactFirstName],
      ['contactInfo.lastName', props.contactLastName],
      ['senderIdInfo.letterOfAuthorization', props.letterOfAuthorization],
      ['senderIdInfo.senderIdDescription', props.senderIdDescription],
    ]),
    ...givenChoice('messagingUseCase.useCaseCategory', props.useCaseCategory),
  ];
}
