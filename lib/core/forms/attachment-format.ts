import { formRules } from './index';

/**
 * The one place that decides what an attachment may be: the construct checks files at synth with it
 * and the local registrar checks uploads and field values with it, so the two can never disagree.
 */

/** The API reference's limit ("The maximum file size is 500KB"); a field may have a smaller one (its form's attachmentLimits). */
export const MAX_ATTACHMENT_BYTES = 500 * 1024;

export interface AttachmentFormat {
  readonly name: string;
  readonly extensions: readonly string[];
  /** The first bytes every file of this format starts with. */
  readonly magic: readonly number[];
}

export const ATTACHMENT_FORMATS: readonly AttachmentFormat[] = [
  { name: 'PDF', extensions: ['.pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'PNG', extensions: ['.png'], magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG', extensions: ['.jpg', '.jpeg'], magic: [0xff, 0xd8, 0xff] },
];

/** Whether content starts like a file of this format. */
export function hasFormat(format: AttachmentFormat, head: Uint8Array): boolean {
  return format.magic.every((byte, i) => head[i] === byte);
}

/** The format the content is, judged by its first bytes, or undefined when it is none of them. */
export function formatOfContent(head: Uint8Array): AttachmentFormat | undefined {
  return ATTACHMENT_FORMATS.find((f) => hasFormat(f, head));
}

/** What one ATTACHMENT field of one registration type accepts. */
export interface AttachmentLimit {
  readonly maxBytes: number;
  /** Names of the accepted formats (PDF, PNG, JPEG). */
  readonly formats: readonly string[];
  /** Where the limit comes from, for whoever updates this table. */
  readonly source: string;
  /** True when the limit is this field's own (stricter than the API's), so a message can say so. */
  readonly fieldSpecific: boolean;
}

const API_LIMIT: AttachmentLimit = {
  maxBytes: MAX_ATTACHMENT_BYTES,
  formats: ATTACHMENT_FORMATS.map((f) => f.name),
  source: 'CreateRegistrationAttachment docs: "The maximum file size is 500KB and valid file extensions are PDF, JPEG, and PNG"',
  fieldSpecific: false,
};

/**
 * What the field accepts: its form's own limit where one is known (in the form's folder, e.g. uk/), else the API's.
 * Looked up by registration type and field path, because the same path (senderIdInfo.letterOfAuthorization) has
 * different rules on different forms.
 */
export function attachmentLimitFor(registrationType: string, fieldPath: string): AttachmentLimit {
  const own = formRules(registrationType)?.attachmentLimits?.find((l) => l.fieldPath === fieldPath);
  return own ? { maxBytes: own.maxBytes, formats: own.formats, source: own.source, fieldSpecific: true } : API_LIMIT;
}

/** A byte count as the forms write it: 409600 → "400 KB". */
export function kilobytes(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}
