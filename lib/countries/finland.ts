import { FINLAND } from '../core/forms/finland';
import { RegistrationForm } from '../registration-form';

/**
 * What only the Finland form asks. It has no documents, address, contact, area of business, monthly volume or opt-in:
 * of the shared props only the company's name, registration number and website, the use case's category and
 * description, and the samples are sent.
 */
export interface FinlandSenderIdProps {
  /**
   * The use case category as Finland's form spells it (`messagingUseCase.useCaseCategory`), e.g. "One-time passwords";
   * it replaces `useCase.category`.
   *
   * @default - `useCase.category`
   */
  readonly useCaseCategory?: string;
}

/**
 * The Finland sender ID form (`FI_SENDER_ID_REGISTRATION`, type name unconfirmed), for Traficom order 28 L/2025 M: no
 * documents, no address.
 */
export class FinlandSenderIdForm {
  /** The form filled with `props`; the shared props and the sender ID come from `SenderIdRegistrationProps`. */
  public static of(props: FinlandSenderIdProps = {}): RegistrationForm {
    return RegistrationForm._typed(FINLAND, props);
  }

  private constructor() {}
}
