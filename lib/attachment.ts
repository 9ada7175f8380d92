import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';
import { AttachmentProperty } from './core/contract/resource-properties';
import { isIdentityDocument } from './core/forms';
import { ATTACHMENT_FORMATS, attachmentLimitFor, formatOfContent, kilobytes, MAX_ATTACHMENT_BYTES } from './core/forms/attachment-format';
import { quoted } from './core/validation/message-values';

/** Options for an attachment that is already in S3. */
export interface S3ObjectAttachmentOptions {
  /**
   * Hex SHA-256 of the object's content. A new hash makes the next deploy upload the file again.
   *
   * @default - a hash of the bucket, key and version id: the file is uploaded again only when one of them changes
   */
  readonly contentHash?: string;

  /**
   * Version of the object this registration is meant to carry; it feeds the default content hash so
   * that pointing at a new version re-uploads the file. The service reads the object's current version.
   *
   * @default - no version id
   */
  readonly versionId?: string;
}

/** An attachment bound to one field of one registration. */
export interface BoundAttachment {
  readonly property: AttachmentProperty;
  /** What is wrong with the file (each message names the field, the file and what is allowed). */
  readonly problems: string[];
  /** What the handler's role needs to let the service read the object (AttachmentUrl). */
  readonly readStatements: iam.PolicyStatement[];
  /** Advice that does not fail synth, each with the stable id a user can acknowledge. */
  readonly warnings: Array<{ readonly id: string; readonly message: string }>;
}

/**
 * How a document that identifies a person is named in the resource properties: by its field, never by its file name
 * (which often names the person), with a hash derived from, but not equal to, the content's or location's hash.
 */
function identityDocumentProperty(fieldPath: string, extension: string, hash: string, s3Url: string): AttachmentProperty {
  return { FileName: `${fieldPath.split('.').pop()}${extension.toLowerCase()}`, ContentHash: sha256(`identity-document:${fieldPath}:${hash}`), S3Url: s3Url };
}

const IDENTITY_FROM_FILE_ID = 'sender-id-registration:identityDocumentFromFile';

/**
 * A document for an ATTACHMENT field (PDF, PNG or JPEG, at most 500 KB).
 *
 * The handler hands the service an `s3://` URL, so the document is never part of the resource
 * properties: they carry its file name and content hash only.
 */
export abstract class Attachment {
  /** The largest document any registration form accepts, in bytes (500 KB); some fields allow less. */
  public static readonly MAX_BYTES: number = MAX_ATTACHMENT_BYTES;

  /**
   * A local file, uploaded as a CDK file asset. Checked at synth: it exists, its content is a PDF, PNG
   * or JPEG (and its extension agrees), and it is at most 500 KB, or less where the form says so
   * (e.g. the UK letter of authorization: a PDF of at most 400 KB).
   *
   * @param filePath path to the file, relative to the working directory or absolute
   */
  public static fromFile(filePath: string): Attachment {
    return new FileAttachment(filePath);
  }

  /**
   * An object already in S3. The handler's role is granted read access to exactly that object
   * (and decrypt on the bucket's KMS key, if the bucket has one).
   *
   * @param bucket the bucket holding the object
   * @param key the object key
   */
  public static fromS3Object(bucket: s3.IBucket, key: string, options: S3ObjectAttachmentOptions = {}): Attachment {
    return new S3ObjectAttachment(bucket, key, options);
  }

  /**
   * An object named by bucket and key only, for a fleet record's `s3://bucket/key`: the bucket is referenced at bind time,
   * and decrypt is granted on any key through S3 in the stack's Region, as the record cannot name the bucket's key.
   *
   * @internal
   */
  public static _fromS3Url(bucketName: string, key: string): Attachment {
    return new S3UrlAttachment(bucketName, key);
  }

  /** @internal */
  public abstract _bind(scope: Construct, fieldPath: string, registrationType: string): BoundAttachment;
}

function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

function formatByExtension(fileName: string) {
  return ATTACHMENT_FORMATS.find((f) => f.extensions.includes(path.extname(fileName).toLowerCase()));
}

const ALLOWED = 'PDF (.pdf), PNG (.png) or JPEG (.jpg, .jpeg)';

function readHead(filePath: string): Buffer {
  const head = Buffer.alloc(8);
  const fd = fs.openSync(filePath, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return head;
}

/**
 * Why a local file cannot be attached to this field, or undefined when it can. The format is judged
 * by content (first bytes), not by name; the name must then agree, because the service reads the
 * file from its S3 key and the docs speak of file extensions.
 */
export function checkAttachmentFile(fieldPath: string, filePath: string, registrationType: string): string | undefined {
  const where = `${fieldPath}: attachment ${JSON.stringify(filePath)}`;
  if (!fs.existsSync(filePath) || !fs.statSync(filePath).isFile()) return `${where} does not exist or is not a file`;
  const limit = attachmentLimitFor(registrationType, fieldPath);
  const forField = limit.fieldSpecific ? ` for this field of ${registrationType}` : '';
  const size = fs.statSync(filePath).size;
  if (size > limit.maxBytes) {
    return `${where} is ${size} bytes, at most ${limit.maxBytes} bytes (${kilobytes(limit.maxBytes)}) allowed${forField}`;
  }
  const format = formatOfContent(readHead(filePath));
  if (!format) return `${where} is not a ${ALLOWED} file by its content (its first bytes), whatever its name`;
  if (!limit.formats.includes(format.name)) return `${where} is a ${format.name} file, but only ${limit.formats.join(' or ')} is allowed${forField}`;
  const extension = path.extname(filePath).toLowerCase();
  if (!format.extensions.includes(extension)) {
    return `${where} is a ${format.name} file by its content but is named ${extension || 'without an extension'}; name it ${format.extensions[0]}`;
  }
  return undefined;
}

/** Decrypt with a key this stack cannot name, limited by the condition to reads through S3 in this Region. */
function decryptThroughS3(stack: Stack): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: ['kms:Decrypt'],
    resources: [stack.formatArn({ service: 'kms', resource: 'key', resourceName: '*' })],
    conditions: { StringEquals: { 'kms:ViaService': `s3.${stack.region}.amazonaws.com` } },
  });
}

/** Construct ids must not contain '/'; field paths never do, but keep ids readable. */
function attachmentId(fieldPath: string): string {
  return `Attachment-${fieldPath}`;
}

class FileAttachment extends Attachment {
  constructor(private readonly filePath: string) {
    super();
  }

  public _bind(scope: Construct, fieldPath: string, registrationType: string): BoundAttachment {
    const fileName = path.basename(this.filePath);
    const problem = checkAttachmentFile(fieldPath, this.filePath, registrationType);
    if (problem) {
      // No asset: staging a missing file would throw before all problems could be reported together.
      return { property: { FileName: fileName, ContentHash: '', S3Url: 's3://invalid/invalid' }, problems: [problem], readStatements: [], warnings: [] };
    }
    const identity = isIdentityDocument(registrationType, fieldPath);
    // An identity document's file name often names the person: the asset is labelled by its field only.
    const asset = new Asset(scope, attachmentId(fieldPath), { path: this.filePath, displayName: identity ? fieldPath : `${fieldPath} (${fileName})` });
    const stack = Stack.of(scope);
    const s3Url = `s3://${asset.s3BucketName}/${asset.s3ObjectKey}`;
    const contentHash = sha256(fs.readFileSync(this.filePath));
    return {
      property: identity
        ? identityDocumentProperty(fieldPath, path.extname(this.filePath), contentHash, s3Url)
        : { FileName: fileName, ContentHash: contentHash, S3Url: s3Url },
      problems: [],
      warnings: identity ? [{
        id: `${IDENTITY_FROM_FILE_ID}:${fieldPath}`,
        message: `${fieldPath} holds a document that identifies a person (personal data), declared from a file: the file is copied into `
          + 'cdk.out and the CDK asset bucket, where anyone who can read them sees it. Declare it with Attachment.fromS3Object on an '
          + 'encrypted bucket (SSE-KMS), which keeps it out of the app and cdk.out',
      }] : [],
      readStatements: [
        new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [asset.bucket.arnForObjects(asset.s3ObjectKey)] }),
        // The bootstrap bucket may be SSE-KMS with a key this stack cannot name.
        decryptThroughS3(stack),
      ],
    };
  }
}

class S3ObjectAttachment extends Attachment {
  constructor(private readonly bucket: s3.IBucket, private readonly key: string, private readonly options: S3ObjectAttachmentOptions) {
    super();
  }

  public _bind(scope: Construct, fieldPath: string, registrationType: string): BoundAttachment {
    const problems: string[] = [];
    const fileName = Token.isUnresolved(this.key) ? this.key : path.posix.basename(this.key);
    // The object's content is read only by the service at deploy; at synth its key's extension is all there is.
    const formats = attachmentLimitFor(registrationType, fieldPath).formats;
    const format = formatByExtension(this.key);
    if (!Token.isUnresolved(this.key) && (!format || !formats.includes(format.name))) {
      const allowed = formats.length < ATTACHMENT_FORMATS.length ? `${formats.join(' or ')} file (for this field of ${registrationType})` : ALLOWED;
      problems.push(`${fieldPath}: attachment ${JSON.stringify(`${this.bucket.node.path}/${this.key}`)} must be a ${allowed}`);
    }
    if (this.options.contentHash !== undefined && !/^[0-9a-f]{64}$/i.test(this.options.contentHash)) {
      problems.push(`${fieldPath}: contentHash ${quoted(this.options.contentHash)} must be a hex SHA-256 (64 hex digits)`);
    }
    // Hash the resolved form of the location, not token strings, so it is the same on every synth.
    const location = JSON.stringify(Stack.of(scope).resolve([this.bucket.bucketName, this.key, this.options.versionId ?? '']));
    const statements = [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [this.bucket.arnForObjects(this.key)] })];
    if (this.bucket.encryptionKey) {
      statements.push(new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: [this.bucket.encryptionKey.keyArn] }));
    }
    const contentHash = this.options.contentHash?.toLowerCase() ?? sha256(location);
    const s3Url = `s3://${this.bucket.bucketName}/${this.key}`;
    return {
      property: isIdentityDocument(registrationType, fieldPath)
        ? identityDocumentProperty(fieldPath, Token.isUnresolved(this.key) ? '' : path.posix.extname(this.key), contentHash, s3Url)
        : { FileName: fileName, ContentHash: contentHash, S3Url: s3Url },
      problems,
      readStatements: statements,
      warnings: [],
    };
  }
}

class S3UrlAttachment extends Attachment {
  constructor(private readonly bucketName: string, private readonly key: string) {
    super();
  }

  public _bind(scope: Construct, fieldPath: string, registrationType: string): BoundAttachment {
    const bucket = s3.Bucket.fromBucketName(scope, `${attachmentId(fieldPath)}-Bucket`, this.bucketName);
    const bound = new S3ObjectAttachment(bucket, this.key, {})._bind(scope, fieldPath, registrationType);
    return { ...bound, readStatements: [...bound.readStatements, decryptThroughS3(Stack.of(scope))] };
  }
}
