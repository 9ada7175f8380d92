import { logger } from './logger';
import { causeOf } from './operation-error';
import { RegistrationApi } from './registration-api';
import { describeServiceError } from './service-errors';

/**
 * Delete an attachment this stack made that no field of this version uses (failed, replaced, left by a failed
 * create). Whether it goes is never worth failing a deploy for: one an earlier version still uses is refused by
 * the service and stays, rightly; anything else is logged. Returns whether it is gone.
 */
export async function deleteUnboundAttachment(api: RegistrationApi, registrationId: string, attachmentId: string): Promise<boolean> {
  try {
    await api.deleteAttachment(attachmentId);
    logger.info('deleted an attachment no field uses', { registrationId, attachmentId });
    return true;
  } catch (error) {
    logger.warn('could not delete an attachment no field uses', { registrationId, attachmentId, error: describeServiceError(causeOf(error)) });
    return false;
  }
}
