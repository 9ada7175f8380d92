import { Attachment } from '../attachment';
import { SINGAPORE } from '../core/forms/singapore';
import { RegistrationForm } from '../registration-form';

/**
 * What only the Singapore form asks. Laid out as the UK's: the address in "Company info", a support email and phone
 * (`contact`), "Use case details"; no area of business or opt-in. `company.registrationNumber` is the UEN. After the
 * deploy submits, register the sender ID with SGNIC naming AMCS SG Private Limited as aggregator.
 */
export interface SingaporeSenderIdProps {
  /** First name of the business's point of contact (`contactInfo.firstName`, path unconfirmed). */
  readonly contactFirstName: string;

  /** Last name of the business's point of contact (`contactInfo.lastName`, path unconfirmed). */
  readonly contactLastName: string;

  /**
   * The use case category as the Singapore form spells it (`messagingUseCase.useCaseCategory`): Two-factor authentication,
   * One-time passwords, Notifications, Polling and surveys, Info on demand, Promotions and Marketing or Other.
   */
  readonly useCaseCategory: string;

  /** Whether you register on behalf of another brand or entity (`senderIdInfo.registeringOnBehalf`, path unconfirmed). */
  readonly registeringOnBehalf: boolean;

  /**
   * The complete letter of authorization (`senderIdInfo.letterOfAuthorization`): a PNG of at most 400 KB.
   *
   * @default - none; required when registering on behalf of another entity
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
 * The Singapore sender ID form (`SG_SENDER_ID_REGISTRATION`, SGNIC's SMS Sender ID Registry). After the deploy submits,
 * register the sender ID with SGNIC.
 */
export class SingaporeSenderIdForm {
  /** The form filled with `props`; the shared props and the sender ID come from `SenderIdRegistrationProps`. */
  public static of(props: SingaporeSenderIdProps): RegistrationForm {
    return RegistrationForm._typed(SINGAPORE, props);
  }

  private constructor() {}
}
