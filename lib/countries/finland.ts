import { RegistrationField } from '../registration-field';
import { givenChoice } from './form-fields';

/** The Finland sender ID form (Traficom order 28 L/2025 M). The type name follows the <ISO2>_SENDER_ID_REGISTRATION pattern. */
export const FINLAND_REGISTRATION_TYPE = 'FI_SENDER_ID_REGISTRATION';

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

/** The Finland-specific fields: only what was given. */
export function finlandFields(props: FinlandSenderIdProps): RegistrationField[] {
  return givenChoice('messagingUseCase.useCaseCategory', props.useCaseCategory);
}
