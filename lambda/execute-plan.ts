import { ValidationException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { withTagsSet } from '../lib/core/lifecycle/plan';
import { ActualRegistration, Operation, Plan } from '../lib/core/lifecycle/types';
import { attachAll, InvocationRecord } from './attach';
import { logger } from './logger';
import { causeOf } from './operation-error';
import { readExistingState, withFreshValues } from './read-state';
import { RegistrationApi, VersionChange } from './registration-api';
import { WorkBudget } from './work-budget';

/** What a round did, and what the registration holds after it (read with as few calls as the round allows). */
export type RoundOutcome =
  | { readonly next: 'replan'; readonly executed: Operation[]; readonly actual: ActualRegistration }
  | { readonly next: 'out-of-time'; readonly executed: Operation[] };

/**
 * Run a plan's operations until one needs a fresh read of the state: after CreateRegistrationVersion
 * (the new draft may start empty or as a copy) and before a submit that follows writes (values are
 * read back first, because submitting straight after filling has been seen to miss fields).
 */
export async function executeRound(
  api: RegistrationApi, actual: ActualRegistration, plan: Plan, budget: WorkBudget, made: InvocationRecord,
): Promise<RoundOutcome> {
  const executed: Operation[] = [];
  let tags = actual.tags;
  const ops = plan.operations;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (budget.exhausted) return { next: 'out-of-time', executed };
    if (op.kind === 'submit' && executed.length > 0) break;
    if (op.kind === 'attach') {
      // The planner lists the files together: all of them at once, since uploads proceed in parallel on
      // the service's side and one tag call records them all.
      const attaches = consecutiveAttaches(ops, i);
      const outcome = await attachAll(api, { ...actual, tags }, attaches, budget, made);
      executed.push(...outcome.bound);
      tags = outcome.tags;
      if (!outcome.finished) return { next: 'out-of-time', executed };
      i += attaches.length - 1;
      continue;
    }
    const change = await execute(api, actual.registrationId, actual.registrationArn, op);
    logger.info('operation', { registrationId: actual.registrationId, operation: op.kind, fieldPath: 'fieldPath' in op ? op.fieldPath : undefined });
    executed.push(op);
    if (op.kind === 'tag') tags = withTagsSet(tags, op.tags);
    if (op.kind === 'untag') tags = tags.filter((t) => !op.keys.includes(t.Key));
    if (op.kind === 'createVersion') {
      return { next: 'replan', executed, actual: await withFreshValues(api, { ...actual, ...change!, tags }) };
    }
    if (op.kind === 'submit') {
      // Submitting changes the version's status (in the answer) and the registration's (one read); the values stay.
      const registrationStatus = await api.registrationStatus(actual.registrationId) ?? actual.registrationStatus;
      return { next: 'replan', executed, actual: { ...actual, ...change!, registrationStatus, tags } };
    }
    if (op.kind === 'discardVersion') {
      // The version before the discarded one is the latest again: read it whole.
      return { next: 'replan', executed, actual: await readExistingState(api, actual.registrationId) };
    }
  }
  const wroteValues = executed.some((o) => o.kind === 'putField' || o.kind === 'deleteField' || o.kind === 'attach');
  // Values written are read back (the service is the judge of what it kept); tags alone are known.
  return { next: 'replan', executed, actual: wroteValues ? await withFreshValues(api, { ...actual, tags }) : { ...actual, tags } };
}

type AttachOperation = Extract<Operation, { kind: 'attach' }>;

function consecutiveAttaches(ops: Operation[], start: number): AttachOperation[] {
  const attaches: AttachOperation[] = [];
  for (let j = start; j < ops.length && ops[j].kind === 'attach'; j++) attaches.push(ops[j] as AttachOperation);
  return attaches;
}

/** One operation's API call; what a version call answered, for the state that follows. */
async function execute(
  api: RegistrationApi, registrationId: string, registrationArn: string, op: Exclude<Operation, { kind: 'attach' }>,
): Promise<VersionChange | undefined> {
  switch (op.kind) {
    case 'putField': await api.putFieldValue(registrationId, op.fieldPath, op.value); return undefined;
    case 'deleteField': await deleteField(api, registrationId, op.fieldPath); return undefined;
    case 'createVersion': return api.createVersion(registrationId);
    case 'discardVersion': await api.discardVersion(registrationId); return undefined;
    case 'submit': return api.submitVersion(registrationId, op.awsReview);
    case 'tag': await api.tag(registrationArn, op.tags); return undefined;
    case 'untag': await api.untag(registrationArn, op.keys); return undefined;
  }
}

/**
 * A repeated DeleteRegistrationFieldValue (its first answer was lost) finds no value to delete:
 * the service says so with REGISTRATION_FIELD_CANNOT_BE_DELETED, and the goal is reached.
 */
async function deleteField(api: RegistrationApi, registrationId: string, fieldPath: string): Promise<void> {
  try {
    await api.deleteFieldValue(registrationId, fieldPath);
  } catch (error) {
    const cause = causeOf(error);
    if (cause instanceof ValidationException && cause.Reason === 'REGISTRATION_FIELD_CANNOT_BE_DELETED') return;
    throw error;
  }
}
