import { ValidationException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { isPublicTextField } from '../lib/personal-data';

/**
 * Turn an error from the SMS API into a message safe for stack events: the exception name, its
 * Reason and the field paths it names. A field's message is passed on only for public fields,
 * since the service may quote the value it refused.
 */
export function describeServiceError(error: unknown): string {
  if (error instanceof ValidationException) {
    const fields = (error.Fields ?? []).map((f) => (isPublicTextField(f.Name ?? '') ? `${f.Name}: ${f.Message}` : `${f.Name}`));
    return `${error.name} (${error.Reason ?? 'no reason given'})${fields.length ? `: ${fields.join('; ')}` : ''}`;
  }
  if (error instanceof Error) {
    const reason = (error as { Reason?: string }).Reason;
    return reason ? `${error.name} (${reason}): ${error.message}` : `${error.name}: ${error.message}`;
  }
  return String(error);
}
