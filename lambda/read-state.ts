import { TagProperty } from '../lib/core/contract/resource-properties';
import { attachmentIdOf, FieldValues } from '../lib/core/field-value';
import { attachmentRecords, CONTENT_HASH_TAG } from '../lib/core/lifecycle/attachment-records';
import { registrationGoneReason } from '../lib/core/lifecycle/status-behaviour';
import { ActualRegistration, RegistrationSummary } from '../lib/core/lifecycle/types';
import { RegistrationApi } from './registration-api';

/**
 * Content hashes read from attachments that have no record on their registration (uploaded before
 * records existed, or bound by hand), by attachment id; undefined when the attachment has none. An
 * attachment's content never changes after upload, so this holds for the life of the container.
 */
const unrecordedContentHashes = new Map<string, string | undefined>();

/**
 * The reads `readActualState` needs, and nothing else: the tools (plan, status) pass a read-only view
 * of the API here, so what they show is read exactly as the handler reads it, and they cannot write.
 */
export type RegistrationReads = Pick<RegistrationApi, 'describe' | 'fieldValues' | 'describeAttachments' | 'listTags'>;

/**
 * Read what a registration really holds: its latest version's status and values, its tags, and the
 * content hash of each attachment those values point at. Undefined when it does not exist.
 * Four reads (registration, versions, values, tags); every Describe call shares a ~1 request/second quota.
 */
export async function readActualState(api: RegistrationReads, registrationId: string): Promise<ActualRegistration | undefined> {
  const summary = await api.describe(registrationId);
  if (!summary) return undefined;
  return withFreshValues(api, { ...summary, tags: await api.listTags(summary.registrationArn) });
}

/** The state of a registration this stack holds; that it no longer exists is an error. */
export async function readExistingState(api: RegistrationReads, registrationId: string): Promise<ActualRegistration> {
  const actual = await readActualState(api, registrationId);
  if (!actual) throw new Error(registrationGoneReason(registrationId));
  return actual;
}

/**
 * The same registration with its latest version's values read again (one read), when this invocation
 * already knows the rest: what it wrote, the version it created or submitted, the tags it set.
 */
export async function withFreshValues(
  api: RegistrationReads, known: RegistrationSummary & { readonly tags: TagProperty[] },
): Promise<ActualRegistration> {
  const values = await api.fieldValues(known.registrationId, known.versionNumber);
  return {
    registrationId: known.registrationId,
    registrationArn: known.registrationArn,
    registrationType: known.registrationType,
    registrationStatus: known.registrationStatus,
    versionNumber: known.versionNumber,
    versionStatus: known.versionStatus,
    tags: known.tags,
    values,
    attachmentContentHashes: await contentHashes(api, values, known.tags),
  };
}

/** The content hash of every attachment the values point at: from the registration's records, else from the attachment's own tag. */
async function contentHashes(api: RegistrationReads, values: FieldValues, tags: TagProperty[]): Promise<Record<string, string | undefined>> {
  const recorded = new Map(attachmentRecords(tags).map((r) => [r.attachmentId, r.contentHash]));
  const ids = Object.values(values).map(attachmentIdOf).filter((id): id is string => !!id);
  const unrecorded = ids.filter((id) => !recorded.has(id) && !unrecordedContentHashes.has(id));
  for (const attachment of await api.describeAttachments(unrecorded)) {
    const hash = (await api.listTags(attachment.attachmentArn)).find((t) => t.Key === CONTENT_HASH_TAG)?.Value;
    unrecordedContentHashes.set(attachment.attachmentId, hash);
  }
  return Object.fromEntries(ids.map((id) => [id, recorded.get(id) ?? unrecordedContentHashes.get(id)]));
}
