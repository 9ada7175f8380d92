import { conflictError, notFoundError, validationError } from '../errors';
import { epochSeconds } from '../lifecycle';
import { filters, optionalString, optionalStrings, paginate, requiredString } from '../params';
import { Attachment, RegionState } from '../state';
import { isS3Url, MAX_ATTACHMENT_BODY_BYTES } from '../uploads';
import { OperationHandler } from './context';
import { clientTokenOf, remember, remembered } from './idempotency';
import { applyTags, readTags, tagList } from './tags';

function attachmentOut(attachment: Attachment): Record<string, unknown> {
  return {
    RegistrationAttachmentArn: attachment.arn,
    RegistrationAttachmentId: attachment.id,
    AttachmentStatus: attachment.status,
    CreatedTimestamp: epochSeconds(attachment.createdAt),
  };
}

function describedOut(attachment: Attachment): Record<string, unknown> {
  return { ...attachmentOut(attachment), AttachmentUploadErrorReason: attachment.uploadErrorReason, AttachmentUrl: attachment.url };
}

function body(value: unknown): Buffer | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) {
    throw validationError('CANNOT_PARSE', 'AttachmentBody must be base64');
  }
  return Buffer.from(value, 'base64');
}

/** Whether a registration that still exists points at the attachment from any version. */
function inUse(state: RegionState, attachmentId: string): boolean {
  return [...state.registrations.values()].some((r) => !r.deleted
    && r.versions.some((v) => [...v.values.values()].some((value) => value.RegistrationAttachmentId === attachmentId)));
}

export const attachmentOperations: Record<string, OperationHandler> = {
  CreateRegistrationAttachment: ({ state, startUpload, quotas }, params) => {
    const token = clientTokenOf(params);
    const earlier = remembered(state, 'CreateRegistrationAttachment', token);
    if (earlier) return earlier;
    const bytes = body(params.AttachmentBody);
    const url = optionalString(params, 'AttachmentUrl');
    if (bytes && url !== undefined) {
      throw validationError('PARAMETERS_CANNOT_BE_USED_TOGETHER', 'Give either AttachmentBody or AttachmentUrl, not both');
    }
    if (!bytes && url === undefined) throw validationError('MISSING_PARAMETER', 'AttachmentBody or AttachmentUrl is required');
    if (bytes && bytes.length > MAX_ATTACHMENT_BODY_BYTES) {
      throw validationError('MAXIMUM_SIZE_EXCEEDED', `AttachmentBody is ${bytes.length} bytes, at most ${MAX_ATTACHMENT_BODY_BYTES} allowed`);
    }
    if (url !== undefined && !isS3Url(url)) throw validationError('INVALID_PARAMETER', `AttachmentUrl must be s3://bucket/key, got ${url}`);
    quotas.check(state, 'REGISTRATION_ATTACHMENTS_PER_ACCOUNT', 'REGISTRATION_ATTACHMENTS_CREATED_PER_DAY');
    const tags = readTags(params);
    const id = state.newId('attachment');
    const attachment: Attachment = {
      id, arn: state.arn('registration-attachment', id), createdAt: new Date(), status: 'UPLOAD_IN_PROGRESS',
      ...(bytes ? { body: bytes, size: bytes.length } : { url }),
    };
    state.attachments.set(id, attachment);
    applyTags(state, attachment.arn, tags);
    startUpload(attachment);
    quotas.counted('attachments');
    return remember(state, 'CreateRegistrationAttachment', token, id, { ...attachmentOut(attachment), Tags: tagList(state, attachment.arn) });
  },

  DescribeRegistrationAttachments: ({ state }, params) => {
    const ids = optionalStrings(params, 'RegistrationAttachmentIds');
    const statuses = filters(params, ['attachment-status']).get('attachment-status');
    const attachments = (ids ? ids.map((id) => state.attachments.get(id) ?? (() => { throw notFoundError('registration-attachment', id); })())
      : [...state.attachments.values()]).filter((a) => !statuses || statuses.includes(a.status));
    const page = paginate(attachments, params, state.options, 'attachments');
    return { RegistrationAttachments: page.items.map(describedOut), NextToken: page.NextToken };
  },

  DeleteRegistrationAttachment: ({ state }, params) => {
    const id = requiredString(params, 'RegistrationAttachmentId');
    const attachment = state.attachments.get(id);
    if (!attachment) throw notFoundError('registration-attachment', id);
    if (inUse(state, id)) {
      throw conflictError('RESOURCE_DELETION_NOT_ALLOWED', `Attachment ${id} is a field value of a registration`, 'registration-attachment', id);
    }
    state.attachments.delete(id);
    state.tags.delete(attachment.arn);
    return { ...attachmentOut(attachment), AttachmentStatus: 'DELETED', AttachmentUploadErrorReason: attachment.uploadErrorReason };
  },
};
