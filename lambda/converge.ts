import { planRegistration } from '../lib/planner/plan';
import { ActualRegistration, DesiredRegistration, Operation, PlanOptions } from '../lib/planner/types';
import { executeRound } from './execute-plan';
import { logger } from './logger';
import { readActualState } from './read-state';
import { RegistrationApi } from './registration-api';
import { WorkBudget } from './work-budget';

export type ConvergeResult =
  | { readonly complete: true; readonly actual: ActualRegistration }
  | { readonly complete: false };

/**
 * Read, plan, act, until the registration holds what is desired or this invocation's budget is
 * spent. Every round starts from the registration's real state, so a later invocation (or one that
 * follows a killed invocation) resumes where the work stopped, without repeating anything.
 */
export async function converge(
  api: RegistrationApi, registrationId: string, desired: DesiredRegistration, budget: WorkBudget, options: PlanOptions = {},
): Promise<ConvergeResult> {
  let justWritten = '';
  while (!budget.exhausted) {
    const actual = await readActualState(api, registrationId);
    if (!actual) throw new Error(`Registration ${registrationId} does not exist (deleted outside this stack?)`);
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
    const round = await executeRound(api, actual, plan, budget);
    justWritten = fieldsOf(round.executed);
    if (round.next === 'out-of-time') break;
  }
  return { complete: false };
}

function fieldsOf(operations: Operation[]): string {
  return operations.filter((o) => 'fieldPath' in o).map((o) => (o as { fieldPath: string }).fieldPath).join(', ');
}
