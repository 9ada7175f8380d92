import { PinpointSMSVoiceV2ServiceException, ValidationException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { isPublicTextField } from '../lib/core/personal-data';

/**
 * Turn an error from the SMS API into a message safe for stack events and logs: the exception name,
 * its Reason and the resource or field paths it names. The service's own message is not passed on,
 * since it may quote a value; a field's message only for public fields.
 */
export function describeServiceError(error: unknown): string {
  if (error instanceof ValidationException) {
    const fields = (error.Fields ?? []).map((f) => (isPublicTextField(f.Name ?? '') ? `${f.Name}: ${f.Message}` : `${f.Name}`));
    return `${error.name} (${error.Reason ?? 'no reason given'})${fields.length ? `: ${fields.join('; ')}` : ''}`;
  }
  if (error instanceof PinpointSMSVoiceV2ServiceException) {
    const { Reason, ResourceType, ResourceId } = error as { Reason?: string; ResourceType?: string; ResourceId?: string };
    return `${error.name}${Reason ? ` (${Reason})` : ''}${ResourceType ? ` on ${ResourceType} ${ResourceId ?? ''}`.trimEnd() : ''}`;
  }
  // Our own errors, and the SDK's network errors: their messages hold no values.
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
