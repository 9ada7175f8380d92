import { STACK_TAG_KEY, TagProperty } from '../lib/core/contract/resource-properties';
import { AttachmentRecord, attachmentRecords, attachmentRecordTag, CONTENT_HASH_TAG } from '../lib/core/lifecycle/attachment-records';
import { withTagsSet } from '../lib/core/lifecycle/plan';
import { ActualRegistration, Operation } from '../lib/core/lifecycle/types';
import { clientToken } from './client-token';
import { logger } from './logger';
import { OperationError } from './operation-error';
import { RegistrationApi } from './registration-api';
import { WorkBudget } from './work-budget';

type AttachOperation = Extract<Operation, { kind: 'attach' }>;

/** What this invocation made that a failed create must remove, even before it is recorded anywhere. */
export interface InvocationRecord {
  readonly attachmentIds: Set<string>;
}

export interface AttachOutcome {
  /** False when the rest is left to the next poll (the budget ran out). */
  readonly finished: boolean;
  /** The attach operations whose field now points at its file. */
  readonly bound: AttachOperation[];
  /** The registration's tags, with the records of the attachments made. */
  readonly tags: TagProperty[];
}

/**
 * Upload the files, record them on the registration, wait until the service has them, and bind each
 * to its field. A file already recorded for its field with the same content hash is bound again
 * without a new upload (a new version starts empty). Each upload's ClientToken comes from the
 * registration, the field and the content, so repeating this after an interruption or a lost answer
 * finds the same attachment.
 */
export async function attachAll(
  api: RegistrationApi, actual: ActualRegistration, attaches: AttachOperation[], budget: WorkBudget, made: InvocationRecord,
): Promise<AttachOutcome> {
  const recorded = new Map(attachmentRecords(actual.tags).map((r) => [r.fieldPath, r]));
  // The registration's stack tag (set at create, or by the tag operations planned before any attach) goes on
  // each attachment too: the role may create attachments only with it and delete only attachments that carry it.
  const stackTag = actual.tags.filter((t) => t.Key === STACK_TAG_KEY);
  const files: { op: AttachOperation; attachmentId: string }[] = [];
  const newRecords: AttachmentRecord[] = [];
  for (const op of attaches) {
    if (budget.exhausted) break;
    const known = recorded.get(op.fieldPath);
    if (known?.contentHash === op.attachment.ContentHash) {
      files.push({ op, attachmentId: known.attachmentId });
      continue;
    }
    const attachmentId = await upload(api, actual.registrationId, op, stackTag);
    made.attachmentIds.add(attachmentId);
    files.push({ op, attachmentId });
    newRecords.push({ fieldPath: op.fieldPath, attachmentId, contentHash: op.attachment.ContentHash });
  }
  const tags = await record(api, actual, newRecords);
  if (files.length < attaches.length || !await uploadsComplete(api, files, budget)) return { finished: false, bound: [], tags };

  const bound: AttachOperation[] = [];
  for (const { op, attachmentId } of files) {
    if (budget.exhausted) return { finished: false, bound, tags };
    await api.putFieldValue(actual.registrationId, op.fieldPath, { RegistrationAttachmentId: attachmentId });
    logger.info('operation', { registrationId: actual.registrationId, operation: 'attach', fieldPath: op.fieldPath });
    bound.push(op);
  }
  return { finished: true, bound, tags };
}

async function upload(api: RegistrationApi, registrationId: string, op: AttachOperation, stackTag: TagProperty[]): Promise<string> {
  const token = clientToken('attachment', registrationId, op.fieldPath, op.attachment.ContentHash);
  try {
    return await api.createAttachment(op.attachment.S3Url, token, [{ Key: CONTENT_HASH_TAG, Value: op.attachment.ContentHash }, ...stackTag]);
  } catch (error) {
    throw error instanceof OperationError ? error.about(`${op.fieldPath}, file ${op.attachment.FileName}`) : error;
  }
}

/** One TagResource call records every attachment just made, before anything can fail for want of it. */
async function record(api: RegistrationApi, actual: ActualRegistration, records: AttachmentRecord[]): Promise<TagProperty[]> {
  if (records.length === 0) return actual.tags;
  const recordTags = records.map(attachmentRecordTag);
  await api.tag(actual.registrationArn, recordTags);
  return withTagsSet(actual.tags, recordTags);
}

/** Whether every file is uploaded, polling (5 ids a call) within the budget; a failed upload fails naming its field and file. */
async function uploadsComplete(api: RegistrationApi, files: { op: AttachOperation; attachmentId: string }[], budget: WorkBudget): Promise<boolean> {
  let waiting = files;
  for (;;) {
    const statuses = new Map((await api.describeAttachments(waiting.map((f) => f.attachmentId))).map((a) => [a.attachmentId, a]));
    for (const { op, attachmentId } of waiting) {
      const status = statuses.get(attachmentId);
      if (!status || status.status === 'UPLOAD_FAILED' || status.status === 'DELETED') {
        throw new Error(`${op.fieldPath}: the file ${op.attachment.FileName} could not be uploaded `
          + `(attachment ${attachmentId} is ${status?.status ?? 'missing'}${status?.errorReason ? `: ${status.errorReason}` : ''})`);
      }
    }
    waiting = waiting.filter((f) => statuses.get(f.attachmentId)!.status !== 'UPLOAD_COMPLETE');
    if (waiting.length === 0) return true;
    if (budget.remainingMs() < budget.uploadPollMs) return false;
    await new Promise((resolve) => setTimeout(resolve, budget.uploadPollMs));
  }
}
