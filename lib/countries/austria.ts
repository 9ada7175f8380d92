import { Attachment } from '../attachment';
import { AUSTRIA } from '../core/forms/austria';
import { RegistrationForm } from '../registration-form';

/**
 * The Austria-specific part of an Austria sender ID registration. The form has no structured address, phone, area of
 * business, monthly volume or opt-in: `address`, `contact.phone`, `company.registrationNumber`, `company.website`,
 * `company.areaOfBusiness`, `useCase.monthlyVolume` and `useCase.optInDescription` are not sent.
 *
 * Sender IDs are case-sensitive in Austria ("MyBrand" does not cover "MYBRAND"), and a submitted registration cannot be
 * amended: a change after submit is a new registration with a 14-day activation period.
 */
export interface AustriaSenderIdProps {
  /** How the sender ID relates to the company (`senderIdInfo.senderIdDescription`); required on this form. */
  readonly senderIdDescription: string;

  /** The company's registered address on one line, postal code included (`companyInfo.companyAddress`, path unconfirmed). */
  readonly registeredAddress: string;

  /** The Austria letter of authorization, completed (`senderIdInfo.letterOfAuthorization`, path unconfirmed). */
  readonly letterOfAuthorization: Attachment;

  /**
   * Proof such as a trademark certificate (`senderIdInfo.proofOfSenderIdConnection`).
   *
   * @default - none; needed when the sender ID does not obviously match the company name
   */
  readonly proofOfSenderIdConnection?: Attachment;
}

/**
 * The Austria sender ID form (`AT_SENDER_ID_REGISTRATION`, type name unconfirmed), for RTR. Case-sensitive; a submitted
 * registration cannot be amended, so a change after submit makes a new registration.
 */
export class AustriaSenderIdForm {
  /** The form filled with `props`; the shared props and the sender ID come from `SenderIdRegistrationProps`. */
  public static of(props: AustriaSenderIdProps): RegistrationForm {
    return RegistrationForm._typed(AUSTRIA, props);
  }

  private constructor() {}
}
