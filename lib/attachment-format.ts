/**
 * The one place that decides what an attachment may be: the construct checks files at synth with it
 * and the local registrar checks uploads with it, so the two can never disagree.
 */

/** The API reference's limit; some country forms say 400 KB, so smaller is safer. */
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
