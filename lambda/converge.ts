import { ConflictException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { planRegistration } from '../lib/core/lifecycle/plan';
import { ActualRegistration, DesiredRegistration, Operation, PlanOptions } from '../lib/core/lifecycle/types';
import { InvocationRecord } from './attach';
import { executeRound } from './execute-plan';
import { logger } from './logger';
import { causeOf, OperationError } from './operation-error';
import { readExistingState } from './read-state';
import { RegistrationApi } from './registration-api';
import { WorkBudget } from './work-budget';

export type ConvergeResult =
  | { readonly complete: true; readonly actual: ActualRegistration }
  | { readonly complete: false };

/**
 * A ConflictException answers a call the state no longer allows: a repeated call whose first answer
 * was lost (already submitted, the new version already made, already discarded) or another delivery
 * of the same event that got there first. Each is read as what it is, by reading the state again;
 * more conflicts than this in one invocation mean something else is changing the registration.
 */
const MAX_CONFLICTS_PER_INVOCATION = 3;

/**
 * Read, plan, act, until the registration holds what is desired or this invocation's budget is
 * spent. The registration's real state is the checkpoint, so a later invocation (or one that follows
 * a killed invocation) resumes where the work stopped, without repeating anything. The state is read
 * whole once; after that each round reads only what its own writes may have changed.
 */
export async function converge(
  api: RegistrationApi, registrationId: string, desired: DesiredRegistration, budget: WorkBudget, options: PlanOptions = {},
  made: InvocationRecord = { attachmentIds: new Set() },
): Promise<ConvergeResult> {
  let actual = await readExistingState(api, registrationId);
  let justWritten = '';
  let conflicts = 0;
  while (!budget.exhausted) {
    const plan = planRegistration(desired, actual, options);
    logger.info('plan', {
      registrationId, versionNumber: actual.versionNumber, versionStatus: actual.versionStatus,
      operations: plan.operations.map((o) => o.kind), rollback: options.rollback ?? false,
    });
    if (plan.blockedReason) throw new Error(plan.blockedReason);
    if (plan.rollbackWarning) logger.warn(plan.rollbackWarning, { registrationId });
    if (plan.operations.length === 0) return { complete: true, actual };

    // Needing the very fields just written means the service did not keep them: stop rather than loop.
    const needed = fieldsOf(plan.operations);
    if (justWritten && needed === justWritten) {
      throw new Error(`Registration ${registrationId} did not keep the values written to: ${needed}`);
    }
    let round;
    try {
      round = await executeRound(api, actual, plan, budget, made);
    } catch (error) {
      const cause = causeOf(error);
      if (!(cause instanceof ConflictException) || ++conflicts > MAX_CONFLICTS_PER_INVOCATION) throw error;
      logger.warn('conflict: reading the registration again', { registrationId, reason: cause.Reason });
      const before = actual;
      actual = await readExistingState(api, registrationId);
      // Nothing moved: the service refuses the call in this very state, and repeating it would be refused again.
      if (sameStatus(before, actual)) throw refusal(actual, error, cause);
      justWritten = '';
      continue;
    }
    if (round.next === 'out-of-time') break;
    justWritten = fieldsOf(round.executed);
    actual = round.actual;
  }
  return { complete: false };
}

function sameStatus(a: ActualRegistration, b: ActualRegistration): boolean {
  return a.registrationStatus === b.registrationStatus && a.versionNumber === b.versionNumber && a.versionStatus === b.versionStatus;
}

/** A refusal read as what it is: the call, the service's reason, and the status that explains it. */
function refusal(actual: ActualRegistration, error: unknown, cause: ConflictException): Error {
  const operation = error instanceof OperationError ? error.operation : 'the call';
  return new Error(`Registration ${actual.registrationId} refused ${operation} (${cause.Reason ?? 'ConflictException'}) while it is `
    + `${actual.registrationStatus} and its version ${actual.versionNumber} is ${actual.versionStatus}; nothing more was written. `
    + 'The library expected this status to allow the call; check the registration in the console, and report the reason above '
    + 'with the statuses so the status model can learn it.');
}

function fieldsOf(operations: Operation[]): string {
  return operations.filter((o) => 'fieldPath' in o).map((o) => (o as { fieldPath: string }).fieldPath).join(', ');
}
