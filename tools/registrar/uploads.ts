import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

import { formatOfContent, kilobytes, MAX_ATTACHMENT_BYTES } from '../../lib/core/forms/attachment-format';
import { ResolvedOptions } from './options';
import { Attachment } from './state';

/** What happens to an attachment between UPLOAD_IN_PROGRESS and its final status. */

export const MAX_ATTACHMENT_BODY_BYTES = 1_572_864;

const S3_URL = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/;

export function isS3Url(url: string): boolean {
  return S3_URL.test(url);
}

/** The object's bytes, from resolveS3Object first, then <s3Root>/bucket/key; undefined when there is none. */
export function readS3Object(options: ResolvedOptions, url: string): Buffer | undefined {
  const fromResolver = options.resolveS3Object?.(url);
  if (fromResolver) return fromResolver;
  const match = S3_URL.exec(url);
  if (!match || !options.s3Root) return undefined;
  const root = resolve(options.s3Root);
  const file = resolve(join(root, match[1], match[2]));
  // A key with ../ must not read outside the fake bucket.
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return readFileSync(file);
}

/** Why an upload fails, or undefined when it completes. */
export function uploadFailure(options: ResolvedOptions, attachment: Attachment): string | undefined {
  const bytes = attachment.body ?? (attachment.url ? readS3Object(options, attachment.url) : undefined);
  if (!bytes) return `S3 object ${attachment.url} was not found or is not readable`;
  attachment.size = bytes.length;
  if (bytes.length > MAX_ATTACHMENT_BYTES) return `file is ${bytes.length} bytes, more than the ${MAX_ATTACHMENT_BYTES}-byte (${kilobytes(MAX_ATTACHMENT_BYTES)}) limit`;
  if (!formatOfContent(bytes)) return 'file is not a PDF, PNG or JPEG (checked by its first bytes)';
  return undefined;
}

/** Finishes uploads after a delay, like the service does in the background; close() stops pending ones. */
export class UploadScheduler {
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly options: ResolvedOptions) {}

  start(attachment: Attachment): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (attachment.status !== 'UPLOAD_IN_PROGRESS') return;
      const failure = uploadFailure(this.options, attachment);
      if (failure) {
        attachment.status = 'UPLOAD_FAILED';
        // INTERNAL_ERROR is the only AttachmentUploadErrorReason the service defines; the detail is for the state dump.
        attachment.uploadErrorReason = 'INTERNAL_ERROR';
        attachment.failureDetail = failure;
      } else {
        attachment.status = 'UPLOAD_COMPLETE';
      }
    }, this.options.uploadCompleteAfterMs);
    timer.unref();
    this.timers.add(timer);
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
