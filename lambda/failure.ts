import { PinpointSMSVoiceV2ServiceException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { RegistrationEvent } from './events';
import { logger } from './logger';
import { describeServiceError } from './service-errors';

/** An error for CloudFormation's stack events: the resource, what failed and why, without personal data. */
export function failure(event: RegistrationEvent, error: unknown, epilogue = ''): Error {
  const message = `${messageOf(error)}${epilogue}`;
  logger.error('failed', { requestType: event.RequestType, logicalResourceId: event.LogicalResourceId, error: message });
  return new Error(`${event.LogicalResourceId}: ${message}`);
}

/** Our own errors (OperationError included) carry safe messages; anything straight from the service is described. */
export function messageOf(error: unknown): string {
  return error instanceof Error && !(error instanceof PinpointSMSVoiceV2ServiceException) ? error.message : describeServiceError(error);
}
