import { INDIA } from '../core/forms/india';
import { RegistrationForm } from '../registration-form';

/** The India-specific part of an India sender ID registration (`inSidSpecificInfo.*`). */
export interface IndiaSenderIdProps {
  /**
   * Principal Entity ID (PEID) received after registering with TRAI DLT (`inSidSpecificInfo.principalEntityId`).
   */
  readonly principalEntityId: string;

  /** Chain ID for ROUTE LEDGER TECHNOLOGIES PRIVATE LIMITED (`inSidSpecificInfo.chainId1`). */
  readonly chainId1: string;

  /** Chain ID for Karix Mobile Pvt Ltd (`inSidSpecificInfo.chainId2`). */
  readonly chainId2: string;

  /** Chain ID for Sinch Cloud Communication Services India Private Limited (`inSidSpecificInfo.chainId3`). */
  readonly chainId3: string;

  /** Chain ID for Infobip India Private Limited (`inSidSpecificInfo.chainId5`); the form has no chain ID 4. */
  readonly chainId5: string;

  /**
   * You will pass IN_ENTITY_ID and IN_TEMPLATE_ID with every message to India
   * (`inSidSpecificInfo.sendingParametersAcknowledgement`). Must be true: the form accepts only "Yes".
   */
  readonly acknowledgeSendingParameters: boolean;
}

/**
 * The India sender ID form (`IN_SENDER_ID_REGISTRATION`). The stack must be in ap-south-1 or ap-south-2.
 */
export class IndiaSenderIdForm {
  /** The form filled with `props`; the shared props and the sender ID come from `SenderIdRegistrationProps`. */
  public static of(props: IndiaSenderIdProps): RegistrationForm {
    return RegistrationForm._typed(INDIA, props);
  }

  private constructor() {}
}
