import { accountLimitOperations } from './account-limits';
import { attachmentOperations } from './attachments';
import { OperationHandler } from './context';
import { definitionOperations } from './definitions';
import { fieldOperations } from './fields';
import { registrationOperations } from './registrations';
import { senderIdOperations } from './sender-ids';
import { tagOperations } from './tags';
import { versionOperations } from './versions';

export { OperationContext, OperationHandler } from './context';

/** Every operation the registrar answers, by the name in `X-Amz-Target: PinpointSMSVoiceV2.<name>`. */
export const OPERATIONS: Readonly<Record<string, OperationHandler>> = {
  ...registrationOperations,
  ...versionOperations,
  ...definitionOperations,
  ...fieldOperations,
  ...attachmentOperations,
  ...tagOperations,
  ...senderIdOperations,
  ...accountLimitOperations,
};

export const OPERATION_NAMES: readonly string[] = Object.keys(OPERATIONS);
