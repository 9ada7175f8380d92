import { ConflictException, ThrottlingException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { planRegistration } from '../lib/core/lifecycle/plan';
import { ActualRegistration, DesiredRegistration, Operation, PlanOptions } from '../lib/core/lifecycle/types';
import { InvocationRecord } from './attach';
import { OutOfTime } from './call-budget';
import { executeRound } from './execute-plan';
import { KnownState } from './known-state';
import { logger } from './logger';
import { causeOf, OperationError } from './operation-error';
import { keepCheckpoint, takeCheckpoint } from './poll-checkpoint';
import { readExistingState, withFreshValues } from './read-state';
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
 * whole once, or not at all after a poll of this container that stopped for the write quotas (poll-checkpoint.ts);
 * after that each round reads only what its own writes may have changed, and the values are read again before a
 * submit or the end whenever this invocation has not read them since its last write.
 */
export async function converge(
  api: RegistrationApi, registrationId: string, desired: DesiredRegistration, budget: WorkBudget, options: PlanOptions,
  made: InvocationRecord,
): Promise<ConvergeResult> {
  const known = await startingState(api, registrationId, made.requestId);
  let justWritten = '';
  let conflicts = 0;
  // What this poll knew is left to the next one only when it stopped for the quotas or its time: a call that failed
  // otherwise may have been applied unanswered, so the next poll reads everything.
  let keep = true;
  try {
    const result = await convergeFrom();
    keep = !result.complete;
    return result;
  } catch (error) {
    keep = error instanceof OutOfTime || causeOf(error) instanceof ThrottlingException;
    throw error;
  } finally {
    if (keep && known.trusted) keepCheckpoint(registrationId, made.requestId, known.actual);
  }

  async function convergeFrom(): Promise<ConvergeResult> {
    while (!budget.exhausted) {
      const plan = planRegistration(desired, known.actual, options);
      // A submit, or the end of the work, only on values read after the last write: a resumed poll knows them from our own writes.
      if (!known.valuesRead && (plan.operations.length === 0 || plan.operations[0].kind === 'submit')) {
        known.readAgain(await withFreshValues(api, known.actual));
        continue;
      }
      const actual = known.actual;
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
        round = await executeRound(api, known, plan, budget, made);
      } catch (error) {
        const cause = causeOf(error);
        if (!(cause instanceof ConflictException) || ++conflicts > MAX_CONFLICTS_PER_INVOCATION) throw error;
        logger.warn('conflict: reading the registration again', { registrationId, reason: cause.Reason });
        known.distrust();
        known.readAgain(await readExistingState(api, registrationId));
        // Nothing moved: the service refuses the call in this very state, and repeating it would be refused again.
        if (sameStatus(actual, known.actual)) throw refusal(known.actual, error, cause);
        justWritten = '';
        continue;
      }
      if (round.next === 'out-of-time') break;
      justWritten = fieldsOf(round.executed);
    }
    return { complete: false };
  }
}

/** A poll's start: what this container's previous poll of the request knew when it stopped, or else the whole state, read. */
async function startingState(api: RegistrationApi, registrationId: string, requestId: string): Promise<KnownState> {
  const resumed = takeCheckpoint(registrationId, requestId);
  return resumed ? KnownState.resumed(resumed) : KnownState.read(await readExistingState(api, registrationId));
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
