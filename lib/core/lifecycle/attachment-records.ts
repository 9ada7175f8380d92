import { TagProperty } from '../contract/resource-properties';
import { ATTACHMENT_RECORD_TAG_PREFIX, CONTENT_HASH_TAG } from '../contract/tag-keys';

/**
 * Per attachment field, a tag on the registration records the attachment we uploaded for it and the file's content
 * hash. Every poll reads the registration's tags anyway, so this tells whether a bound file changed without one read
 * per attachment (the Describe calls share the ~1 request/second quota with the writes), lets a new empty version
 * reuse the uploaded file, and lets the clean-up of a failed create find attachments that were never bound to a field.
 */
export { ATTACHMENT_RECORD_TAG_PREFIX, CONTENT_HASH_TAG };

export interface AttachmentRecord {
  readonly fieldPath: string;
  readonly attachmentId: string;
  readonly contentHash: string;
}

export function attachmentRecordTag(record: AttachmentRecord): TagProperty {
  return { Key: `${ATTACHMENT_RECORD_TAG_PREFIX}${record.fieldPath}`, Value: `${record.attachmentId} ${record.contentHash}` };
}

/** The records among a registration's tags; malformed ones are ignored (the file is then uploaded again). */
export function attachmentRecords(tags: readonly TagProperty[]): AttachmentRecord[] {
  const records: AttachmentRecord[] = [];
  for (const tag of tags) {
    if (!isAttachmentRecordTag(tag.Key)) continue;
    const [attachmentId, contentHash, ...rest] = tag.Value.split(' ');
    if (attachmentId && contentHash && rest.length === 0) {
      records.push({ fieldPath: tag.Key.slice(ATTACHMENT_RECORD_TAG_PREFIX.length), attachmentId, contentHash });
    }
  }
  return records;
}

/** Records are the handler's bookkeeping, not the user's tags: a deploy never removes them as undeclared. */
export function isAttachmentRecordTag(key: string): boolean {
  return key.startsWith(ATTACHMENT_RECORD_TAG_PREFIX);
}
