import { CONTENT_HASH_TAG } from '../lib/planner/plan';
import { ActualRegistration } from '../lib/planner/types';
import { RegistrationApi } from './registration-api';

/**
 * Content hashes already read, by attachment id. An attachment's content never changes after upload
 * (a changed file is a new attachment), so the hash can be remembered for the life of the container:
 * every poll re-reads the state, and these reads share the ~1 request/second quota with the writes.
 */
const knownContentHashes = new Map<string, string>();

/**
 * The reads `readActualState` needs, and nothing else: the tools (plan, status) pass a read-only view
 * of the API here, so what they show is read exactly as the handler reads it, and they cannot write.
 */
export type RegistrationReads = Pick<RegistrationApi, 'describe' | 'fieldValues' | 'describeAttachments' | 'listTags'>;

/**
 * Read what a registration really holds: its latest version's status and values, the content hash
 * of each attachment those values point at, and its tags. Undefined when it does not exist.
 */
export async function readActualState(api: RegistrationReads, registrationId: string): Promise<ActualRegistration | undefined> {
  const summary = await api.describe(registrationId);
  if (!summary) return undefined;
  const values = await api.fieldValues(registrationId, summary.versionNumber);
  const attachmentIds = Object.values(values).map((v) => v.RegistrationAttachmentId).filter((id): id is string => !!id);
  const unknown = attachmentIds.filter((id) => !knownContentHashes.has(id));
  for (const attachment of await api.describeAttachments(unknown)) {
    const hash = (await api.listTags(attachment.attachmentArn)).find((t) => t.Key === CONTENT_HASH_TAG)?.Value;
    if (hash !== undefined) knownContentHashes.set(attachment.attachmentId, hash);
  }
  const attachmentContentHashes = Object.fromEntries(attachmentIds.map((id) => [id, knownContentHashes.get(id)]));
  return {
    ...summary,
    values,
    attachmentContentHashes,
    tags: await api.listTags(summary.registrationArn),
  };
}
