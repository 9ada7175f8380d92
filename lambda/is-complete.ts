import { ThrottlingException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { desiredRegistration } from '../lib/core/lifecycle/desired-state';
import { ActualRegistration } from '../lib/core/lifecycle/types';
import { InvocationRecord } from './attach';
import { OutOfTime, withinBudget } from './call-budget';
import { converge } from './converge';
import { InvocationContext, IsCompleteResult, makesNewRegistration, parseRequest, RegistrationEvent } from './events';
import { failure, messageOf } from './failure';
import type { HandlerContext } from './handler-context';
import { logger } from './logger';
import { cleanUpFailedCreate } from './on-create';
import { causeOf } from './operation-error';
import { REPLACED_REGISTRATION_ID, retireReplaced } from './replacement';
import { withSecretValues } from './secret-values';
import { sweepUnboundAttachments } from './unbound-sweep';
import { WorkBudget } from './work-budget';
import { recordWrittenValues } from './written-values';

/**
 * Carry the work on, one poll at a time: read the registration's real state, plan, and act until this
 * invocation's budget is spent.
 */
export async function isComplete(handler: HandlerContext, event: RegistrationEvent, context?: InvocationContext): Promise<IsCompleteResult> {
  if (event.RequestType === 'Delete') return { IsComplete: true };
  const registrationId = event.PhysicalResourceId!;
  const budget = WorkBudget.forInvocation(context?.getRemainingTimeInMillis(), handler.settings);
  const request = parseRequest(event);
  const isNew = makesNewRegistration(request) || event.Data?.[REPLACED_REGISTRATION_ID] !== undefined;
  // Only an Update can be a rollback; a Create (adopting or not) never is.
  const rollback = request.requestType === 'Update' && !isNew && await handler.isRollingBack(request.stackId);
  const made: InvocationRecord = { attachmentIds: new Set(), requestId: request.requestId };
  try {
    const result = await withinBudget(budget, async () => {
      const { props } = await withSecretValues(handler.secrets(), request);
      return converge(handler.api(), registrationId, desiredRegistration(props), budget, { rollback }, made);
    });
    if (!result.complete) {
      logger.info('isComplete: more work for the next poll', { registrationId });
      return { IsComplete: false };
    }
    await retireReplaced(handler.api(), result.actual, request.props.RemovalPolicy);
    await recordWrittenValues(handler.api(), result.actual);
    await sweepWithinBudget(handler, result.actual, request.requestId, budget);
    logger.info('isComplete: done', { registrationId, versionNumber: result.actual.versionNumber, versionStatus: result.actual.versionStatus });
    return { IsComplete: true, Data: attributesOf(result.actual) };
  } catch (error) {
    if (error instanceof OutOfTime) {
      logger.info('isComplete: time spent; the next poll resumes', { registrationId });
      return { IsComplete: false };
    }
    if (causeOf(error) instanceof ThrottlingException) {
      // The SDK's retries ran out while many registrations share the quota. Nothing is lost: the
      // registration's state is the checkpoint, and the next poll resumes from it.
      logger.warn('isComplete: throttled beyond the SDK retries; resuming on the next poll', { registrationId });
      return { IsComplete: false };
    }
    if (rollback) {
      // Failing here would leave the stack in UPDATE_ROLLBACK_FAILED: keep the registration as it is and say so.
      logger.warn('the registration could not follow the rollback and is left as it is', { registrationId, error: messageOf(error) });
      return { IsComplete: true };
    }
    if (!isNew) throw failure(event, error);
    return afterFailedCreate(handler, event, registrationId, made, error);
  }
}

/**
 * A create that failed cleans up after itself, unless its registration was submitted: then the fee is
 * paid and the review runs, so the stack owns the registration (success, with a warning); the next
 * deploy converges whatever still differs.
 */
async function afterFailedCreate(
  handler: HandlerContext, event: RegistrationEvent, registrationId: string, made: InvocationRecord, error: unknown,
): Promise<IsCompleteResult> {
  let cleanUp;
  try {
    cleanUp = await cleanUpFailedCreate(handler.api(), registrationId, made);
  } catch (cleanUpError) {
    logger.error('the clean-up of a failed create failed', { registrationId, error: messageOf(cleanUpError) });
    throw failure(event, error, `; registration ${registrationId} could not be cleaned up (${messageOf(cleanUpError)})`);
  }
  if (cleanUp.kept) {
    logger.warn('the create failed after its registration was submitted; the stack keeps the registration', {
      registrationId, versionNumber: cleanUp.actual.versionNumber, versionStatus: cleanUp.actual.versionStatus, error: messageOf(error),
    });
    return { IsComplete: true, Data: attributesOf(cleanUp.actual) };
  }
  throw failure(event, error, `; registration ${registrationId} and the ${cleanUp.deletedAttachments} attachment`
    + `${cleanUp.deletedAttachments === 1 ? '' : 's'} it made were deleted`);
}

/**
 * At the end of a deploy, the attachments an earlier deploy of this registration uploaded and never recorded are
 * deleted (unbound-sweep.ts). Never worth failing or prolonging a deploy for: out of time, or on any error, what is
 * left stays marked for the next deploy.
 */
async function sweepWithinBudget(handler: HandlerContext, actual: ActualRegistration, requestId: string, budget: WorkBudget): Promise<void> {
  if (budget.exhausted) return;
  const latest = { versionNumber: actual.versionNumber, values: actual.values };
  try {
    await withinBudget(budget, () => sweepUnboundAttachments(handler.api(), { ...actual, latest }, requestId));
  } catch (error) {
    logger.warn('the sweep of unbound attachments stopped; the next deploy goes on with it', {
      registrationId: actual.registrationId, error: messageOf(error),
    });
  }
}

/** The custom resource's attributes (GetAtt), as of this deploy. */
export function attributesOf(actual: ActualRegistration): Record<string, string> {
  return {
    RegistrationId: actual.registrationId,
    RegistrationArn: actual.registrationArn,
    VersionNumber: String(actual.versionNumber),
    RegistrationStatus: actual.registrationStatus,
  };
}
