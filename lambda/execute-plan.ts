import { ValidationException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { withTagsSet } from '../lib/core/lifecycle/plan';
import { Operation, Plan } from '../lib/core/lifecycle/types';
import { attachAll, InvocationRecord } from './attach';
import { KnownState } from './known-state';
import { logger } from './logger';
import { causeOf } from './operation-error';
import { readExistingState, withFreshValues } from './read-state';
import { RegistrationApi } from './registration-api';
import { WorkBudget } from './work-budget';

/** What a round did; what the registration holds after it is in the KnownState the round kept up to date. */
export interface RoundOutcome {
  readonly next: 'replan' | 'out-of-time';
  readonly executed: Operation[];
}

/**
 * Run a plan's operations, applying each answer to `known`, until one needs a fresh read of the state: after
 * CreateRegistrationVersion (the new draft may start empty or as a copy) and before a submit that follows writes
 * (values are read back first, because submitting straight after filling has been seen to miss fields).
 */
export async function executeRound(
  api: RegistrationApi, known: KnownState, plan: Plan, budget: WorkBudget, made: InvocationRecord,
): Promise<RoundOutcome> {
  const executed: Operation[] = [];
  const ops = plan.operations;
  const registrationId = known.actual.registrationId;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (budget.exhausted) return { next: 'out-of-time', executed };
    if (op.kind === 'submit' && executed.length > 0) break;
    if (op.kind === 'attach') {
      // The planner lists the files together: all of them at once, since uploads proceed in parallel on
      // the service's side and one tag call records them all.
      const attaches = consecutiveAttaches(ops, i);
      known.distrust();
      const outcome = await attachAll(api, known.actual, attaches, budget, made, known);
      executed.push(...outcome.bound);
      if (!outcome.finished) return { next: 'out-of-time', executed };
      i += attaches.length - 1;
      continue;
    }
    await execute(api, known, op);
    logger.info('operation', { registrationId, operation: op.kind, fieldPath: 'fieldPath' in op ? op.fieldPath : undefined });
    executed.push(op);
    if (op.kind === 'createVersion' || op.kind === 'submit' || op.kind === 'discardVersion') return { next: 'replan', executed };
  }
  // Values written are read back (the service is the judge of what it kept); tags alone are known.
  if (executed.some((o) => o.kind === 'putField' || o.kind === 'deleteField' || o.kind === 'attach')) {
    known.readAgain(await withFreshValues(api, known.actual));
  }
  return { next: 'replan', executed };
}

type AttachOperation = Extract<Operation, { kind: 'attach' }>;

function consecutiveAttaches(ops: Operation[], start: number): AttachOperation[] {
  const attaches: AttachOperation[] = [];
  for (let j = start; j < ops.length && ops[j].kind === 'attach'; j++) attaches.push(ops[j] as AttachOperation);
  return attaches;
}

/** One operation's API call, its answer applied to `known` (with the read a version call needs). */
async function execute(api: RegistrationApi, known: KnownState, op: Exclude<Operation, { kind: 'attach' }>): Promise<void> {
  const { registrationId, registrationArn } = known.actual;
  switch (op.kind) {
    case 'putField':
      await api.putFieldValue(registrationId, op.fieldPath, op.value);
      return known.fieldWritten(op.fieldPath, op.value);
    case 'deleteField':
      await deleteField(api, registrationId, op.fieldPath);
      return known.fieldWritten(op.fieldPath, undefined);
    case 'tag':
      known.distrust();
      await api.tag(registrationArn, op.tags);
      return known.tagsAre(withTagsSet(known.actual.tags, op.tags));
    case 'untag':
      known.distrust();
      await api.untag(registrationArn, op.keys);
      return known.tagsAre(known.actual.tags.filter((t) => !op.keys.includes(t.Key)));
    case 'createVersion': {
      known.distrust();
      const change = await api.createVersion(registrationId);
      return known.readAgain(await withFreshValues(api, { ...known.actual, ...change }));
    }
    case 'submit': {
      known.distrust();
      const change = await api.submitVersion(registrationId, op.awsReview);
      // Submitting changes the version's status (in the answer) and the registration's (one read); the values stay.
      const registrationStatus = await api.registrationStatus(registrationId) ?? known.actual.registrationStatus;
      return known.summaryIs({ ...change, registrationStatus });
    }
    case 'discardVersion':
      known.distrust();
      await api.discardVersion(registrationId);
      // The version before the discarded one is the latest again: read it whole.
      return known.readAgain(await readExistingState(api, registrationId));
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
