import { ConflictException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { isUnderReview } from '../lib/core/lifecycle/statuses';
import { CREATE_FAILED_MARKER, OnEventResult, RegistrationRequest } from './events';
import { logger } from './logger';
import { causeOf } from './operation-error';
import { RegistrationApi } from './registration-api';
import { keptForReplacement } from './replacement';
import { deleteAttachmentsOfDeleted } from './unbound-sweep';

/**
 * Delete follows the removal policy. RETAIN (the default, because an approved sender ID is
 * precious) makes no call. DESTROY deletes; an id that is unknown, already deleted or the
 * framework's marker for a failed create has nothing behind it, so that is success.
 */
export async function deleteRegistration(
  api: RegistrationApi, request: RegistrationRequest & { readonly requestType: 'Delete' }, stackIsRollingBack: () => Promise<boolean> = async () => false,
): Promise<OnEventResult> {
  const registrationId = request.physicalResourceId;
  const { RemovalPolicy, AdoptRegistrationId } = request.props;
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
  // Read first: a registration under review cannot be deleted, and the service's refusal would say less.
  const summary = await api.describe(registrationId);
  // A registration that cannot be amended stays until the one replacing it is COMPLETE (docs/statuses.md).
  const replacement = summary && await keptForReplacement(api, summary.registrationArn);
  if (replacement) {
    logger.warn('delete: kept until its replacement is COMPLETE', { registrationId, replacement });
    return { PhysicalResourceId: registrationId };
  }
  if (summary && isUnderReview(summary.versionStatus)) {
    throw new Error(`Registration ${registrationId} cannot be deleted while its latest version is ${summary.versionStatus} `
      + `(version ${summary.versionNumber}): a registration under review cannot be deleted until the review ends. Nothing was deleted. `
      + 'Wait for the review, or set removalPolicy to RETAIN to remove it from the stack and keep the registration.');
  }
  // Read before the registration goes: its tags say which attachments were made for it.
  const tags = summary ? await api.listTags(summary.registrationArn) : [];
  const deleted = summary ? await deleteUnlessRefused(api, registrationId) : false;
  const attachmentsDeleted = deleted ? await deleteAttachmentsOfDeleted(api, { ...summary!, tags }, request.requestId) : 0;
  logger.info('delete', { registrationId, deleted, attachmentsDeleted });
  return { PhysicalResourceId: registrationId };
}

/** The review may have started between the read and the delete: the service refuses then, and says why. */
async function deleteUnlessRefused(api: RegistrationApi, registrationId: string): Promise<boolean> {
  try {
    return await api.deleteRegistration(registrationId);
  } catch (error) {
    const cause = causeOf(error);
    if (cause instanceof ConflictException) {
      throw new Error(`Registration ${registrationId} cannot be deleted (${cause.Reason ?? 'conflict'}): a registration under review `
        + 'cannot be deleted until the review ends. Wait for the review, or set removalPolicy to RETAIN to remove it from the stack '
        + 'and keep the registration.');
    }
    throw error;
  }
}
