import { CONTENT_HASH_TAG } from '../lib/planner/plan';
import { ActualRegistration } from '../lib/planner/types';
import { RegistrationApi } from './registration-api';

/**
 * Read what a registration really holds: its latest version's status and values, the content hash
 * of each attachment those values point at, and its tags. Undefined when it does not exist.
 */
export async function readActualState(api: RegistrationApi, registrationId: string): Promise<ActualRegistration | undefined> {
  const summary = await api.describe(registrationId);
  if (!summary) return undefined;
  const values = await api.fieldValues(registrationId, summary.versionNumber);
  const attachmentIds = Object.values(values).map((v) => v.RegistrationAttachmentId).filter((id): id is string => !!id);
  const attachments = await api.describeAttachments(attachmentIds);
  const attachmentContentHashes: Record<string, string | undefined> = {};
  for (const attachment of attachments) {
    const tags = await api.listTags(attachment.attachmentArn);
    attachmentContentHashes[attachment.attachmentId] = tags.find((t) => t.Key === CONTENT_HASH_TAG)?.Value;
  }
  return {
    ...summary,
    values,
    attachmentContentHashes,
    tags: await api.listTags(summary.registrationArn),
  };
}
