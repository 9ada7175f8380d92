import { Attachment } from '../attachment';
import { SINGAPORE } from '../core/forms/singapore';
import { RegistrationForm } from '../registration-form';
import { CompanyInfoLayoutProps } from './company-info-layout';

/**
 * What the Singapore form asks beyond the shared props: the layout it shares with the UK form (`CompanyInfoLayoutProps`:
 * the address in "Company info", "Use case details"; no area of business or opt-in), a support email and phone
 * (`contact`), and its own questions below. `company.registrationNumber` is the UEN. After the deploy submits, register
 * the sender ID with SGNIC naming AMCS SG Private Limited as aggregator.
 */
export interface SingaporeSenderIdProps extends CompanyInfoLayoutProps {
  /** Whether you register on behalf of another brand or entity (`senderIdInfo.registeringOnBehalf`, path unconfirmed). */
  readonly registeringOnBehalf: boolean;

  /**
   * The complete letter of authorization (`senderIdInfo.letterOfAuthorization`): a PNG of at most 400 KB.
   *
   * @default - none; required when registering on behalf of another entity
   */
  readonly letterOfAuthorization?: Attachment;
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
