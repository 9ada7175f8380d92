import { CONTENT_HASH_TAG } from '../lib/planner/plan';
import { ActualRegistration, Operation, Plan } from '../lib/planner/types';
import { AttachmentProperty } from '../lib/resource-properties';
import { clientToken } from './client-token';
import { logger } from './logger';
import { RegistrationApi } from './registration-api';
import { WorkBudget } from './work-budget';

/** What a round did: the operations it finished, and whether to read the state and plan again or stop for this invocation. */
export interface RoundOutcome {
  readonly next: 'replan' | 'out-of-time';
  readonly executed: Operation[];
}

/** How often an upload's progress is checked; the local registrar finishes uploads in milliseconds. */
function attachmentPollMs(): number {
  return Number(process.env.ATTACHMENT_POLL_MS ?? 1000);
}

/**
 * Run a plan's operations until one needs a fresh read of the state: after CreateRegistrationVersion
 * (the new draft may start empty or as a copy) and before a submit that follows writes (values are
 * read back first, because submitting straight after filling has been seen to miss fields).
 */
export async function executeRound(api: RegistrationApi, actual: ActualRegistration, plan: Plan, budget: WorkBudget): Promise<RoundOutcome> {
  const registrationId = actual.registrationId;
  const executed: Operation[] = [];
  for (const op of plan.operations) {
    if (budget.exhausted) return { next: 'out-of-time', executed };
    if (op.kind === 'submit' && executed.length > 0) break;
    const finished = await execute(api, actual, op, budget);
    logger.info('operation', { registrationId, operation: op.kind, fieldPath: 'fieldPath' in op ? op.fieldPath : undefined, finished });
    if (!finished) return { next: 'out-of-time', executed };
    executed.push(op);
    if (op.kind === 'createVersion' || op.kind === 'discardVersion' || op.kind === 'submit') break;
  }
  return { next: 'replan', executed };
}

/** Returns false when the operation must be finished by a later invocation. */
async function execute(api: RegistrationApi, actual: ActualRegistration, op: Operation, budget: WorkBudget): Promise<boolean> {
  const id = actual.registrationId;
  switch (op.kind) {
    case 'putField': await api.putFieldValue(id, op.fieldPath, op.value); return true;
    case 'deleteField': await api.deleteFieldValue(id, op.fieldPath); return true;
    case 'createVersion': await api.createVersion(id); return true;
    case 'discardVersion': await api.discardVersion(id); return true;
    case 'submit': await api.submitVersion(id, op.awsReview); return true;
    case 'tag': await api.tag(actual.registrationArn, op.tags); return true;
    case 'untag': await api.untag(actual.registrationArn, op.keys); return true;
    case 'attach': return attach(api, id, op.fieldPath, op.attachment, budget);
  }
}

/**
 * Upload a file and bind it to its field. The ClientToken is derived from the registration, the
 * field and the content, so repeating this after an interruption finds the same attachment
 * instead of uploading the file again.
 */
async function attach(
  api: RegistrationApi, registrationId: string, fieldPath: string, attachment: AttachmentProperty, budget: WorkBudget,
): Promise<boolean> {
  const token = clientToken('attachment', registrationId, fieldPath, attachment.ContentHash);
  const attachmentId = await api.createAttachment(attachment.S3Url, token, [{ Key: CONTENT_HASH_TAG, Value: attachment.ContentHash }]);
  for (;;) {
    const [status] = await api.describeAttachments([attachmentId]);
    if (status?.status === 'UPLOAD_COMPLETE') {
      await api.putFieldValue(registrationId, fieldPath, { RegistrationAttachmentId: attachmentId });
      return true;
    }
    if (status?.status === 'UPLOAD_FAILED' || status?.status === 'DELETED' || !status) {
      throw new Error(`${fieldPath}: the file ${attachment.FileName} could not be uploaded `
        + `(attachment ${attachmentId} is ${status?.status ?? 'missing'}${status?.errorReason ? `: ${status.errorReason}` : ''})`);
    }
    if (budget.remainingMs() < attachmentPollMs()) return false;
    await new Promise((resolve) => setTimeout(resolve, attachmentPollMs()));
  }
}
