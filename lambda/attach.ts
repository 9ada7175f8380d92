import { STACK_TAG_KEY, TagProperty } from '../lib/core/contract/resource-properties';
import { attachmentIdOf, attachmentValue } from '../lib/core/field-value';
import { AttachmentRecord, attachmentRecords, attachmentRecordTag, CONTENT_HASH_TAG } from '../lib/core/lifecycle/attachment-records';
import { withTagsSet } from '../lib/core/lifecycle/plan';
import { ActualRegistration, Operation } from '../lib/core/lifecycle/types';
import { NO_UPLOAD_MARK, uploadedForTag, uploadMark, uploadMarkTag } from '../lib/core/lifecycle/unbound-attachments';
import { deleteUnboundAttachment } from './attachment-cleanup';
import { clientToken } from './client-token';
import { KnownState } from './known-state';
import { logger } from './logger';
import { OperationError } from './operation-error';
import { RegistrationApi } from './registration-api';
import { FileUpload, waitForUploads } from './upload-status';
import { WorkBudget } from './work-budget';

type AttachOperation = Extract<Operation, { kind: 'attach' }>;

/** What this invocation made that a failed create must remove, even before it is recorded anywhere. */
export interface InvocationRecord {
  readonly attachmentIds: Set<string>;
  /**
   * The CloudFormation request being served (one deploy of this resource, over all its polls). An upload's
   * ClientToken includes it: a repeated call of the same deploy finds the same attachment, and the next
   * deploy uploads anew instead of being answered with an attachment whose upload failed.
   */
  readonly requestId: string;
}

export interface AttachOutcome {
  /** False when the rest is left to the next poll (the budget ran out). */
  readonly finished: boolean;
  /** The attach operations whose field now points at its file. */
  readonly bound: AttachOperation[];
}

/** Where each answered call of an attach round is applied as it happens, so a round cut short keeps what it did. */
export type AttachProgress = Pick<KnownState, 'tagsAre' | 'fieldWritten'>;

/**
 * Upload the files, record them on the registration, wait until the service has them, and bind each
 * to its field. A file already recorded for its field with the same content hash is bound again
 * without a new upload (a new version starts empty), unless that earlier upload failed or is gone: then
 * it is uploaded again. A file this deploy uploaded that fails is deleted before the deploy fails, so
 * the next deploy starts clean; an attachment a field pointed at before is deleted once it is replaced.
 */
export async function attachAll(
  api: RegistrationApi, actual: ActualRegistration, attaches: AttachOperation[], budget: WorkBudget, made: InvocationRecord,
  progress: AttachProgress,
): Promise<AttachOutcome> {
  const uploads = new Uploads(api, actual, made, progress);
  const recorded = new Map(attachmentRecords(actual.tags).map((r) => [r.fieldPath, r]));
  const files: FileUpload[] = [];
  try {
    for (const op of attaches) {
      if (budget.exhausted) break;
      const known = recorded.get(op.fieldPath);
      files.push(known?.contentHash === op.attachment.ContentHash
        ? { op, attachmentId: known.attachmentId, uploadedNow: false }
        : { op, attachmentId: await uploads.upload(op), uploadedNow: true });
    }
  } finally {
    // What was uploaded is recorded even when a later upload fails, so that no attachment is lost track of.
    await uploads.recordNew(files.length === attaches.length);
  }
  if (files.length < attaches.length) return { finished: false, bound: [] };
  let settled;
  try {
    settled = await waitForUploads(api, files, budget, (failed) => uploads.retry(failed));
  } finally {
    await uploads.recordNew(true);
  }
  if (!settled) return { finished: false, bound: [] };

  const bound: AttachOperation[] = [];
  for (const { op, attachmentId } of files) {
    if (budget.exhausted) return { finished: false, bound };
    const value = attachmentValue(attachmentId);
    await api.putFieldValue(actual.registrationId, op.fieldPath, value);
    progress.fieldWritten(op.fieldPath, value, op.attachment.ContentHash);
    logger.info('operation', { registrationId: actual.registrationId, operation: 'attach', fieldPath: op.fieldPath });
    bound.push(op);
    await deleteReplaced(api, actual, op.fieldPath, attachmentId);
  }
  return { finished: true, bound };
}

/** The uploads of one attach round and their records on the registration. */
class Uploads {
  tags: TagProperty[];
  private readonly unrecorded: AttachmentRecord[] = [];
  /** The registration's stack tag goes on each attachment: the role may create and delete only attachments that carry it. */
  private readonly stackTag: TagProperty[];

  constructor(
    private readonly api: RegistrationApi, private readonly actual: ActualRegistration, private readonly made: InvocationRecord,
    private readonly progress: AttachProgress,
  ) {
    this.tags = actual.tags;
    this.stackTag = actual.tags.filter((t) => t.Key === STACK_TAG_KEY);
  }

  async upload(op: AttachOperation): Promise<string> {
    const { registrationId } = this.actual;
    const { requestId } = this.made;
    const token = clientToken('attachment', registrationId, op.fieldPath, op.attachment.ContentHash, requestId);
    await this.mark();
    let attachmentId: string;
    try {
      const tags = [{ Key: CONTENT_HASH_TAG, Value: op.attachment.ContentHash }, uploadedForTag(registrationId, requestId), ...this.stackTag];
      attachmentId = await this.api.createAttachment(op.attachment.S3Url, token, tags);
    } catch (error) {
      throw error instanceof OperationError ? error.about(`${op.fieldPath}, file ${op.attachment.FileName}`) : error;
    }
    this.made.attachmentIds.add(attachmentId);
    this.unrecorded.push({ fieldPath: op.fieldPath, attachmentId, contentHash: op.attachment.ContentHash });
    return attachmentId;
  }

  /**
   * A failed upload recorded by an earlier deploy is uploaded again under this deploy's ClientToken. The service
   * answers a repeated token with the same attachment: then it is this deploy's own upload that failed, and the
   * deploy fails (the failed attachment deleted first). Returns the new attachment's id.
   */
  async retry(failed: FileUpload): Promise<string | undefined> {
    const again = failed.uploadedNow ? failed.attachmentId : await this.upload(failed.op);
    await deleteUnboundAttachment(this.api, this.actual.registrationId, failed.attachmentId);
    if (again !== failed.attachmentId) {
      logger.warn('an earlier upload had failed: uploaded again', { registrationId: this.actual.registrationId, fieldPath: failed.op.fieldPath });
      return again;
    }
    return undefined;
  }

  /**
   * Before the first upload, the registration is marked (unbound-attachments.ts): should the upload's record never be
   * written, a later deploy finds the attachment by the mark's time and its own tag, and deletes it.
   */
  private async mark(): Promise<void> {
    if (uploadMark(this.tags)) return;
    const mark = uploadMarkTag({ since: Date.now() / 1000, requestId: this.made.requestId });
    await this.api.tag(this.actual.registrationArn, [mark]);
    this.tags = withTagsSet(this.tags, [mark]);
    this.progress.tagsAre(this.tags);
  }

  /**
   * One TagResource call records every attachment made since the last one, before anything can fail for want of it.
   * Once every file of the round is uploaded (`roundUploaded`), the same call clears this request's mark: within one
   * request an upload whose record was lost is made again under the same ClientToken, so it is the same attachment,
   * recorded now. A mark another request left stays for the sweep at the end of the deploy (unbound-sweep.ts).
   */
  async recordNew(roundUploaded: boolean): Promise<void> {
    const clearMark = roundUploaded && uploadMark(this.tags)?.requestId === this.made.requestId;
    if (this.unrecorded.length > 0 || clearMark) {
      const recordTags = [...this.unrecorded.map(attachmentRecordTag), ...(clearMark ? [NO_UPLOAD_MARK] : [])];
      await this.api.tag(this.actual.registrationArn, recordTags);
      this.unrecorded.length = 0;
      this.tags = withTagsSet(this.tags, recordTags);
    }
    this.progress.tagsAre(this.tags);
  }
}

/**
 * The attachment the field pointed at before, when this stack uploaded it (its content hash is known) and
 * it is not the new one: deleted now that nothing uses it. Only in a registration's first version: a later
 * version's files are usually still bound to an earlier version, which the service would refuse to let go,
 * at the price of a write for nothing; they go with the registration.
 */
async function deleteReplaced(api: RegistrationApi, actual: ActualRegistration, fieldPath: string, attachmentId: string): Promise<void> {
  const before = attachmentIdOf(actual.values[fieldPath]);
  if (actual.versionNumber !== 1 || !before || before === attachmentId || actual.attachmentContentHashes[before] === undefined) return;
  await deleteUnboundAttachment(api, actual.registrationId, before);
}
