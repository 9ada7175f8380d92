import { PinpointSMSVoiceV2ServiceException, ThrottlingException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { desiredRegistration } from '../lib/core/lifecycle/desired-state';
import { adoptsOnCreate } from '../lib/core/lifecycle/transitions';
import { ActualRegistration } from '../lib/core/lifecycle/types';
import { InvocationRecord } from './attach';
import { converge } from './converge';
import { InvocationContext, IsCompleteResult, makesNewRegistration, OnEventResult, parseRequest, RegistrationEvent } from './events';
import { logger } from './logger';
import { adoptRegistration, checkAdoptionOnUpdate } from './on-adopt';
import { cleanUpFailedCreate, createRegistration } from './on-create';
import { deleteRegistration } from './on-delete';
import { causeOf } from './operation-error';
import { RegistrationApi } from './registration-api';
import { describeServiceError } from './service-errors';
import { RollbackDetector, stackIsRollingBack as cloudFormationRollbackDetector } from './stack-rollback';
import { validateAgainstLiveDefinitions } from './validate-live';
import { WorkBudget } from './work-budget';

/**
 * The custom resource handler behind `Custom::SenderIdRegistration`, run by the CDK Provider
 * framework: `onEvent` starts the work (validate, create, or delete) and `isComplete` carries it
 * to the end in bounded steps, one poll at a time.
 */

/** What the handler talks to; the rehearsal and tests point it at a local registrar. */
export interface HandlerDependencies {
  readonly api?: RegistrationApi;
  readonly isRollingBack?: RollbackDetector;
}

let dependencies: HandlerDependencies = {};
let defaultApi: RegistrationApi | undefined;

function api(): RegistrationApi {
  // One client per Lambda container, created lazily so the endpoint settings are read at first use.
  defaultApi ??= new RegistrationApi();
  return dependencies.api ?? defaultApi;
}

function stackIsRollingBack(stackId: string): Promise<boolean> {
  return (dependencies.isRollingBack ?? cloudFormationRollbackDetector)(stackId);
}

/** Replace what the handler talks to (the rehearsal, tests and benchmarks run it against a local registrar). */
export function configureHandler(deps: HandlerDependencies): void {
  dependencies = deps;
}

export async function onEvent(event: RegistrationEvent): Promise<OnEventResult> {
  logger.info('onEvent', { requestType: event.RequestType, logicalResourceId: event.LogicalResourceId, physicalResourceId: event.PhysicalResourceId });
  try {
    const request = parseRequest(event);
    if (request.requestType === 'Delete') return await deleteRegistration(api(), request, () => stackIsRollingBack(request.stackId));
    if (request.requestType === 'Create') {
      return adoptsOnCreate(request.props) ? await adoptRegistration(api(), request) : await createRegistration(api(), request);
    }
    // A rollback restores properties that were valid once; neither a form that has changed since nor
    // the adoption check may fail it.
    const rollingBack = await stackIsRollingBack(request.stackId);
    if (!rollingBack) checkAdoptionOnUpdate(request);
    if (makesNewRegistration(request)) return await createRegistration(api(), request);
    // Same registration type: check the new values before isComplete writes anything.
    if (!rollingBack) await validateAgainstLiveDefinitions(api(), request.props);
    return { PhysicalResourceId: request.physicalResourceId };
  } catch (error) {
    throw failure(event, error);
  }
}

export async function isComplete(event: RegistrationEvent, context?: InvocationContext): Promise<IsCompleteResult> {
  if (event.RequestType === 'Delete') return { IsComplete: true };
  const registrationId = event.PhysicalResourceId!;
  const budget = WorkBudget.forInvocation(context?.getRemainingTimeInMillis());
  const request = parseRequest(event);
  const isNew = makesNewRegistration(request);
  // Only an Update can be a rollback; a Create (adopting or not) never is.
  const rollback = request.requestType === 'Update' && !isNew && await stackIsRollingBack(request.stackId);
  const made: InvocationRecord = { attachmentIds: new Set() };
  try {
    const result = await converge(api(), registrationId, desiredRegistration(request.props), budget, { rollback }, made);
    if (!result.complete) {
      logger.info('isComplete: more work for the next poll', { registrationId });
      return { IsComplete: false };
    }
    logger.info('isComplete: done', { registrationId, versionNumber: result.actual.versionNumber, versionStatus: result.actual.versionStatus });
    return { IsComplete: true, Data: attributesOf(result.actual) };
  } catch (error) {
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
    return afterFailedCreate(event, registrationId, made, error);
  }
}

/**
 * A create that failed cleans up after itself, unless its registration was submitted: then the fee is
 * paid and the review runs, so the stack owns the registration (success, with a warning); the next
 * deploy converges whatever still differs.
 */
async function afterFailedCreate(
  event: RegistrationEvent, registrationId: string, made: InvocationRecord, error: unknown,
): Promise<IsCompleteResult> {
  let cleanUp;
  try {
    cleanUp = await cleanUpFailedCreate(api(), registrationId, made);
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

/** The custom resource's attributes (GetAtt), as of this deploy. */
export function attributesOf(actual: ActualRegistration): Record<string, string> {
  return {
    RegistrationId: actual.registrationId,
    RegistrationArn: actual.registrationArn,
    VersionNumber: String(actual.versionNumber),
    RegistrationStatus: actual.registrationStatus,
  };
}

/** An error for CloudFormation's stack events: the resource, what failed and why, without personal data. */
function failure(event: RegistrationEvent, error: unknown, epilogue = ''): Error {
  const message = `${messageOf(error)}${epilogue}`;
  logger.error('failed', { requestType: event.RequestType, logicalResourceId: event.LogicalResourceId, error: message });
  return new Error(`${event.LogicalResourceId}: ${message}`);
}

/** Our own errors (OperationError included) carry safe messages; anything straight from the service is described. */
function messageOf(error: unknown): string {
  return error instanceof Error && !(error instanceof PinpointSMSVoiceV2ServiceException) ? error.message : describeServiceError(error);
}
