import { PinpointSMSVoiceV2ServiceException, ServiceQuotaExceededException, ValidationException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
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
  if (error instanceof ServiceQuotaExceededException) {
    return `${error.name} (${error.Reason ?? 'no reason given'}): ${quotaAdvice(error.Reason)}`;
  }
  if (error instanceof PinpointSMSVoiceV2ServiceException) {
    const { Reason, ResourceType, ResourceId } = error as { Reason?: string; ResourceType?: string; ResourceId?: string };
    return `${error.name}${Reason ? ` (${Reason})` : ''}${ResourceType ? ` on ${ResourceType} ${ResourceId ?? ''}`.trimEnd() : ''}`;
  }
  // Our own errors, and the SDK's network errors: their messages hold no values.
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** What to do about a registration quota the service refused a creation for (see docs/quotas.md). */
function quotaAdvice(reason: string | undefined): string {
  switch (reason) {
    case 'REGISTRATION_VERSIONS_CREATED_PER_DAY':
    case 'REGISTRATION_ATTACHMENTS_CREATED_PER_DAY':
      return 'the daily quota is used up; deploy again tomorrow, or deploy fewer changed registrations at once';
    case 'REGISTRATIONS_PER_ACCOUNT':
    case 'REGISTRATION_ATTACHMENTS_PER_ACCOUNT':
      return 'the account holds as many as it may; delete unused ones or ask for a quota increase (Service Quotas console), '
        + 'and check a deploy first with `sender-id-registration plan`, which compares it with DescribeAccountLimits';
    default:
      return 'a service quota is reached; see the Service Quotas console for End User Messaging SMS';
  }
}
