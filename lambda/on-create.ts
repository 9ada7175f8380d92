import { attachmentIdOf } from '../lib/core/field-value';
import { attachmentRecords } from '../lib/core/lifecycle/attachment-records';
import { isDraft } from '../lib/core/lifecycle/statuses';
import { ActualRegistration } from '../lib/core/lifecycle/types';
import { InvocationRecord } from './attach';
import { deleteUnboundAttachment } from './attachment-cleanup';
import { clientToken } from './client-token';
import { OnEventResult, RegistrationRequest } from './events';
import { logger } from './logger';
import { readActualState } from './read-state';
import { refuseOutsideRegionRule } from './region-rule';
import { RegistrationApi } from './registration-api';
import { validateAgainstLiveDefinitions } from './validate-live';

/**
 * Validate, then create the registration. Filling, attaching and submitting follow in isComplete.
 * The ClientToken comes from StackId + LogicalResourceId + RequestId: CloudFormation and the
 * Provider framework retry events, and a retried event must find the same registration.
 */
export async function createRegistration(api: RegistrationApi, request: RegistrationRequest): Promise<OnEventResult> {
  const { props } = request;
  await refuseOutsideRegionRule(api, props.RegistrationType);
  await validateAgainstLiveDefinitions(api, props);
  const token = clientToken(request.stackId, request.logicalResourceId, request.requestId);
  const registrationId = await api.createRegistration(props.RegistrationType, token, props.Tags);
  logger.info('created registration', { registrationId, registrationType: props.RegistrationType, logicalResourceId: request.logicalResourceId });
  return { PhysicalResourceId: registrationId };
}

/** What the clean-up of a failed create found and did. */
export type CleanUpOutcome =
  /** The registration holds a submitted version: the fee is paid and the review runs, so the stack keeps it. */
  | { readonly kept: true; readonly actual: ActualRegistration }
  | { readonly kept: false; readonly deletedAttachments: number };

/**
 * Remove what a failed Create made: the registration, then every attachment it made, whether bound to
 * a field, recorded on the registration, or made by this invocation and not yet recorded. The
 * Provider framework does not pass the rollback Delete of a failed Create to us in every case, so the
 * handler cleans up itself before it reports the failure. A registration that was submitted is never
 * deleted: that would throw away the review fee, and the service refuses it while under review anyway.
 */
export async function cleanUpFailedCreate(api: RegistrationApi, registrationId: string, made: InvocationRecord): Promise<CleanUpOutcome> {
  const actual = await readActualState(api, registrationId);
  if (actual && wasSubmitted(actual)) return { kept: true, actual };
  const attachmentIds = new Set(made.attachmentIds);
  if (actual) {
    attachmentRecords(actual.tags).forEach((r) => attachmentIds.add(r.attachmentId));
    Object.values(actual.values).map(attachmentIdOf).forEach((id) => id && attachmentIds.add(id));
    // The service refuses to delete an attachment that a live registration still uses: the registration goes first.
    await api.deleteRegistration(registrationId);
  }
  let deletedAttachments = 0;
  // The create's own failure is what the stack must report; a leftover file is only logged.
  for (const attachmentId of attachmentIds) if (await deleteUnboundAttachment(api, registrationId, attachmentId)) deletedAttachments++;
  logger.warn('deleted the registration of a failed create', { registrationId, deletedAttachments });
  return { kept: false, deletedAttachments };
}

/** Whether any version of the registration went to review: its status leaves CREATED once it is submitted. */
function wasSubmitted(actual: ActualRegistration): boolean {
  return actual.registrationStatus !== 'CREATED' || !(isDraft(actual.versionStatus) || actual.versionStatus === 'DISCARDED');
}
