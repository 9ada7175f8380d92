import { ConflictException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { CREATE_FAILED_MARKER, OnEventResult, propertiesOf, RegistrationEvent } from './events';
import { logger } from './logger';
import { RegistrationApi } from './registration-api';

/**
 * Delete follows the removal policy. RETAIN (the default, because an approved sender ID is
 * precious) makes no call. DESTROY deletes; an id that is unknown, already deleted or the
 * framework's marker for a failed create has nothing behind it, so that is success.
 */
export async function deleteRegistration(
  api: RegistrationApi, event: RegistrationEvent, stackIsRollingBack: () => Promise<boolean> = async () => false,
): Promise<OnEventResult> {
  const registrationId = event.PhysicalResourceId!;
  const { RemovalPolicy, AdoptRegistrationId } = propertiesOf(event);
  if (RemovalPolicy === 'retain' || registrationId === CREATE_FAILED_MARKER) {
    logger.info('delete: no call', { registrationId, removalPolicy: RemovalPolicy });
    return { PhysicalResourceId: registrationId };
  }
  // A rollback undoes the stack's changes; an adopted registration existed before the stack took it
  // over (a failed adopting Create even reaches here with its id), so undoing means keeping it.
  if (AdoptRegistrationId === registrationId && await stackIsRollingBack()) {
    logger.warn('delete: an adopted registration is kept on rollback', { registrationId });
    return { PhysicalResourceId: registrationId };
  }
  try {
    const deleted = await api.deleteRegistration(registrationId);
    logger.info('delete', { registrationId, deleted });
  } catch (error) {
    if (error instanceof ConflictException) {
      const status = (await api.describe(registrationId))?.versionStatus ?? 'unknown';
      throw new Error(`Registration ${registrationId} cannot be deleted while its latest version is ${status} (${error.Reason ?? 'conflict'}): `
        + 'a registration under review '
        + 'cannot be deleted until the review ends. Wait for the review, or set removalPolicy to RETAIN to remove it from the stack '
        + 'and keep the registration.');
    }
    throw error;
  }
  return { PhysicalResourceId: registrationId };
}
