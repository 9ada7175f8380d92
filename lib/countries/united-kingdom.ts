import { Attachment } from '../attachment';
import { UNITED_KINGDOM } from '../core/forms/uk';
import { RegistrationForm } from '../registration-form';
import { CompanyInfoLayoutProps } from './company-info-layout';

/**
 * What the UK form asks beyond the shared props: the layout it shares with Singapore (`CompanyInfoLayoutProps`) and its
 * letter. Its address sits in "Company info" (`companyInfo.address1` ...) and its use case is "Use case details"
 * (`messagingUseCase.useCaseDetails`): the shared props are placed there. It has no area of business and no opt-in
 * description; those props are not sent. The sender ID must keep the casing registered with MEF.
 */
export interface UnitedKingdomSenderIdProps extends CompanyInfoLayoutProps {
  /**
   * The MEF letter of authorization (`senderIdInfo.letterOfAuthorization`): a PDF of at most 400 KB, dated within the
   * last 30 days, naming the sender ID with the casing registered with MEF.
   *
   * @default - none; required when the sender ID is protected by MEF
   */
  readonly letterOfAuthorization?: Attachment;
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
