import { TagProperty } from '../lib/core/contract/resource-properties';
import { attachmentIdOf, FieldValues } from '../lib/core/field-value';
import { attachmentRecords } from '../lib/core/lifecycle/attachment-records';
import { withTagsSet } from '../lib/core/lifecycle/plan';
import {
  ListedAttachment, NO_UPLOAD_MARK, sweepCandidates, sweepVerdict, UploadMark, uploadMark, uploadMarkTag,
} from '../lib/core/lifecycle/unbound-attachments';
import { deleteUnboundAttachment } from './attachment-cleanup';
import { messageOf } from './failure';
import { logger } from './logger';
import { RegistrationApi } from './registration-api';

/**
 * How much one sweep may read: the Describe and List calls share about one request per second with the deploy's real
 * work, so a sweep reads a bounded number of pages and attachment tags, and leaves the rest to the next deploy.
 */
export interface SweepLimits {
  readonly listPages: number;
  readonly tagReads: number;
}

export const SWEEP_LIMITS: SweepLimits = { listPages: 5, tagReads: 5 };

/** The registration a sweep looks after, as the deploy knows it at its end. */
export interface SweptRegistration {
  readonly registrationId: string;
  readonly registrationArn: string;
  readonly tags: readonly TagProperty[];
  /** The latest version and its values; undefined once the registration is deleted (then nothing is bound to it). */
  readonly latest?: { readonly versionNumber: number; readonly values: FieldValues };
}

export interface SweepOutcome {
  readonly deleted: string[];
  /** The registration's tags after the sweep moved or removed its mark. */
  readonly tags: TagProperty[];
}

/**
 * Attachments whose tags were read and named no registration of ours: another stack's or one made by hand. Their
 * tags never change to ours, so the container reads each once.
 */
const notOurs = new Set<string>();

/**
 * Delete the attachments uploaded for this registration that no version of it uses, when its mark says an upload may
 * have gone unrecorded. Never one without this registration's tag (another stack's, another registration's, one made
 * by hand), never one a version points at, never one this very request uploaded. The mark is removed once every
 * attachment created since it is decided, or moved to the first one left undecided.
 */
export async function sweepUnboundAttachments(
  api: RegistrationApi, registration: SweptRegistration, requestId: string, limits: SweepLimits = SWEEP_LIMITS,
): Promise<SweepOutcome> {
  const { registrationId, registrationArn } = registration;
  const mark = uploadMark(registration.tags);
  if (!mark) return { deleted: [], tags: [...registration.tags] };
  const listing = await api.listAttachments(limits.listPages);
  const candidates = sweepCandidates(listing.attachments, mark, boundIn(registration.latest?.values ?? {}));
  const orphans: ListedAttachment[] = [];
  let undecidedFrom: number | undefined;
  let reads = 0;
  for (const candidate of candidates) {
    if (notOurs.has(candidate.attachmentId)) continue;
    if (reads++ >= limits.tagReads) {
      undecidedFrom ??= candidate.createdAt;
      break;
    }
    const verdict = sweepVerdict(await api.listTags(candidate.attachmentArn), registrationId, requestId);
    if (verdict === 'not-ours') notOurs.add(candidate.attachmentId);
    if (verdict === 'in-flight') undecidedFrom ??= candidate.createdAt;
    if (verdict === 'orphan') orphans.push(candidate);
  }
  const stillBound = orphans.length && registration.latest
    ? await boundInOtherVersions(api, registrationId, registration.latest.versionNumber) : new Set<string>();
  const deleted: string[] = [];
  for (const orphan of orphans.filter((o) => !stillBound.has(o.attachmentId))) {
    if (await deleteUnboundAttachment(api, registrationId, orphan.attachmentId)) deleted.push(orphan.attachmentId);
  }
  logger.info('swept unbound attachments', { registrationId, candidates: candidates.length, tagReads: Math.min(reads, limits.tagReads), deleted: deleted.length });
  if (!registration.latest) return { deleted, tags: [...registration.tags] };
  return { deleted, tags: await moveMark(api, registrationArn, registration.tags, listing.complete ? undecidedFrom : mark.since, mark) };
}

/**
 * After DeleteRegistration (removal policy DESTROY) nothing is bound to the registration any more: the attachments
 * recorded on it go, and so do unrecorded uploads since its mark. Never worth failing a Delete for (a stack rollback
 * must not fail): a leftover is logged.
 */
export async function deleteAttachmentsOfDeleted(api: RegistrationApi, registration: SweptRegistration, requestId: string): Promise<number> {
  const { registrationId } = registration;
  let deleted = 0;
  try {
    for (const { attachmentId } of attachmentRecords(registration.tags)) {
      if (await deleteUnboundAttachment(api, registrationId, attachmentId)) deleted++;
    }
    deleted += (await sweepUnboundAttachments(api, { ...registration, latest: undefined }, requestId)).deleted.length;
  } catch (error) {
    logger.warn('the attachments of a deleted registration could not all be deleted', { registrationId, error: messageOf(error) });
  }
  return deleted;
}

/** The mark cleared when nothing is left undecided, moved forward to the first attachment that is, or kept. */
async function moveMark(
  api: RegistrationApi, registrationArn: string, tags: readonly TagProperty[], undecidedFrom: number | undefined,
  mark: UploadMark,
): Promise<TagProperty[]> {
  if (undecidedFrom !== undefined && Math.floor(undecidedFrom) <= mark.since) return [...tags];
  const moved = undecidedFrom === undefined ? NO_UPLOAD_MARK : uploadMarkTag({ since: undecidedFrom, requestId: mark.requestId });
  await api.tag(registrationArn, [moved]);
  return withTagsSet(tags, [moved]);
}

function boundIn(values: FieldValues): Set<string> {
  return new Set(Object.values(values).map(attachmentIdOf).filter((id): id is string => !!id));
}

/** Attachments that a version other than the latest points at: read only when there is an orphan to delete. */
async function boundInOtherVersions(api: RegistrationApi, registrationId: string, latest: number): Promise<Set<string>> {
  const bound = new Set<string>();
  const others = (await api.versions(registrationId)).filter((v) => v.versionNumber !== latest);
  for (const { versionNumber } of others) boundIn(await api.fieldValues(registrationId, versionNumber)).forEach((id) => bound.add(id));
  return bound;
}
