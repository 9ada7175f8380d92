import { Operation } from '../lib/core/lifecycle/types';
import { RegistrationApi } from './registration-api';
import { WorkBudget } from './work-budget';

type AttachOperation = Extract<Operation, { kind: 'attach' }>;

/** One file of an attach round and the attachment that holds it (replaced when an earlier upload of it failed). */
export interface FileUpload {
  readonly op: AttachOperation;
  attachmentId: string;
  /** Whether this deploy uploaded it; false when an earlier deploy's record is reused. */
  uploadedNow: boolean;
}

/** Uploads that end failed or vanish: UPLOAD_FAILED is the service's, DELETED or missing means someone removed it. */
const FAILED = new Set(['UPLOAD_FAILED', 'DELETED']);

/**
 * Whether every file is uploaded, polling (5 ids a call) within the budget. A failed file goes to `retry`, which
 * answers the attachment that replaces it, or undefined when this deploy's own upload failed: then the deploy
 * fails, naming the field and the file.
 */
export async function waitForUploads(
  api: RegistrationApi, files: FileUpload[], budget: WorkBudget, retry: (failed: FileUpload) => Promise<string | undefined>,
): Promise<boolean> {
  let waiting = files;
  for (;;) {
    const statuses = new Map((await api.describeAttachments(waiting.map((f) => f.attachmentId))).map((a) => [a.attachmentId, a]));
    for (const file of waiting) {
      const status = statuses.get(file.attachmentId);
      if (status && !FAILED.has(status.status)) continue;
      const failedId = file.attachmentId;
      const replacement = await retry(file);
      if (!replacement) {
        throw new Error(`${file.op.fieldPath}: the file ${file.op.attachment.FileName} could not be uploaded `
          + `(attachment ${failedId} is ${status?.status ?? 'missing'}${status?.errorReason ? `: ${status.errorReason}` : ''}; it was deleted, `
          + 'and the next deploy uploads the file again)');
      }
      file.attachmentId = replacement;
      file.uploadedNow = true;
      statuses.delete(failedId);
    }
    waiting = waiting.filter((f) => statuses.get(f.attachmentId)?.status !== 'UPLOAD_COMPLETE');
    if (waiting.length === 0) return true;
    if (budget.remainingMs() < budget.uploadPollMs) return false;
    await new Promise((resolve) => setTimeout(resolve, budget.uploadPollMs));
  }
}
