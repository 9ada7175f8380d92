import { TagProperty } from '../contract/resource-properties';

/**
 * Finding the attachments a registration's deploys made that no field uses any more, without one read per
 * attachment of the account.
 *
 * An upload and its record on the registration (attachment-records.ts) are two calls: a crash between them, or a
 * record that fails, leaves an attachment nothing points at, and the deploy that made it may never run again. So
 * a registration is marked before its files are uploaded and unmarked once they are all recorded: a mark that
 * survives says "something uploaded since <time> may be unrecorded", and only then does a deploy look for it, among
 * the attachments created since that time, reading the tags of unbound ones only.
 */

/**
 * Tag on the registration: epoch seconds of the first upload that may not be recorded yet, then the request that made
 * it. An empty value is no mark: it is cleared in the same call that writes the records, which cannot remove a tag.
 */
export const UPLOADS_SINCE_TAG = 'sender-id-registration:uploads-since';
export const NO_UPLOAD_MARK: TagProperty = { Key: UPLOADS_SINCE_TAG, Value: '' };

/** Tag on every attachment we upload: the registration it was uploaded for, then the CloudFormation request that uploaded it. */
export const UPLOADED_FOR_TAG = 'sender-id-registration:uploaded-for';

/**
 * The service's clock stamps an attachment's creation, the handler's clock the mark: attachments created up to this
 * long before the mark are looked at too.
 */
export const CLOCK_SKEW_SECONDS = 300;

export interface UploadMark {
  /** Epoch seconds. */
  readonly since: number;
  readonly requestId: string;
}

export function uploadMarkTag(mark: UploadMark): TagProperty {
  return { Key: UPLOADS_SINCE_TAG, Value: `${Math.floor(mark.since)} ${mark.requestId}` };
}

/** The mark among a registration's tags; a malformed one reads as a mark from the beginning of time (look at everything). */
export function uploadMark(tags: readonly TagProperty[]): UploadMark | undefined {
  const tag = tags.find((t) => t.Key === UPLOADS_SINCE_TAG);
  if (!tag?.Value) return undefined;
  const [since, requestId = ''] = tag.Value.split(' ');
  const seconds = Number(since);
  return { since: Number.isFinite(seconds) ? seconds : 0, requestId };
}

export function uploadedForTag(registrationId: string, requestId: string): TagProperty {
  return { Key: UPLOADED_FOR_TAG, Value: `${registrationId} ${requestId}` };
}

/** An attachment as the account's listing shows it: enough to decide whose tags are worth a read. */
export interface ListedAttachment {
  readonly attachmentId: string;
  readonly attachmentArn: string;
  /** Epoch seconds. */
  readonly createdAt: number;
}

/**
 * The attachments that may be an unrecorded upload of this registration: created since the mark (less the clock
 * skew), and not a value of the registration's latest version. Oldest first, so that a sweep cut short by its cap
 * leaves a contiguous rest for the next deploy.
 */
export function sweepCandidates(listed: readonly ListedAttachment[], mark: UploadMark, boundIds: ReadonlySet<string>): ListedAttachment[] {
  return listed
    .filter((a) => a.createdAt >= mark.since - CLOCK_SKEW_SECONDS && !boundIds.has(a.attachmentId))
    .sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * What an attachment's own tags say about it, for the registration swept by `requestId`:
 * - `orphan`: uploaded for this registration by another request (a deploy that ended or was abandoned);
 * - `in-flight`: uploaded by this very request, which may still be about to record or bind it;
 * - `not-ours`: no tag, or another registration's (another stack's, or one made by hand): never touched.
 */
export type SweepVerdict = 'orphan' | 'in-flight' | 'not-ours';

export function sweepVerdict(attachmentTags: readonly TagProperty[], registrationId: string, requestId: string): SweepVerdict {
  const value = attachmentTags.find((t) => t.Key === UPLOADED_FOR_TAG)?.Value;
  const [forRegistration, byRequest] = value?.split(' ') ?? [];
  if (forRegistration !== registrationId) return 'not-ours';
  return byRequest === requestId ? 'in-flight' : 'orphan';
}

/** Both are the handler's bookkeeping, not the user's tags: a deploy never removes them as undeclared. */
export function isUploadBookkeepingTag(key: string): boolean {
  return key === UPLOADS_SINCE_TAG || key === UPLOADED_FOR_TAG;
}
