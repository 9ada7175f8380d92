import { Attachment } from '../attachment';
import { UNITED_KINGDOM } from '../core/forms/uk';
import { RegistrationForm } from '../registration-form';

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

/**
 * The United Kingdom sender ID form (`GB_SENDER_ID_REGISTRATION`, type name unconfirmed). A sender ID protected by MEF
 * needs the letter of authorization, and keeps the casing registered with MEF.
 */
export class UnitedKingdomSenderIdForm {
  /** The form filled with `props`; the shared props and the sender ID come from `SenderIdRegistrationProps`. */
  public static of(props: UnitedKingdomSenderIdProps): RegistrationForm {
    return RegistrationForm._typed(UNITED_KINGDOM, props);
  }

  private constructor() {}
}
