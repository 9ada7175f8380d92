import { RegistrationField } from '../registration-field';

/** The India sender ID form; it must be created in ap-south-1 or ap-south-2. */
export const INDIA_REGISTRATION_TYPE = 'IN_SENDER_ID_REGISTRATION';

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

/** The acknowledgement's field path, for the construct's own "must be true" message. */
export const INDIA_ACKNOWLEDGEMENT_FIELD = 'inSidSpecificInfo.sendingParametersAcknowledgement';

/** The India-specific fields. Without the acknowledgement the field stays empty and validation says so. */
export function indiaFields(props: IndiaSenderIdProps): RegistrationField[] {
  return [
    RegistrationField.text('inSidSpecificInfo.principalEntityId', props.principalEntityId),
    RegistrationField.text('inSidSpecificInfo.chainId1', props.chainId1),
    RegistrationField.text('inSidSpecificInfo.chainId2', props.chainId2),
    RegistrationField.text('inSidSpecificInfo.chainId3', props.chainId3),
    RegistrationField.text('inSidSpecificInfo.chainId5', props.chainId5),
    ...(props.acknowledgeSendingParameters ? [RegistrationField.select(INDIA_ACKNOWLEDGEMENT_FIELD, ['Yes'])] : []),
  ];
}
