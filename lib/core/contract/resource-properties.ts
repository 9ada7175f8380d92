import { attachmentValue, FieldValues, secretValue, selectValue, textValue } from '../field-value';
import { parseSecretFields, SecretFieldProperty } from './secret-fields';

/**
 * The contract between the construct and the handler: the properties of a
 * `Custom::SenderIdRegistration` resource. Flat and readable, so that `cdk diff` of one changed
 * field shows exactly that field. The construct renders them; the handler parses them back
 * (CloudFormation delivers every scalar as a string).
 */
export const RESOURCE_TYPE = 'Custom::SenderIdRegistration';

/** Re-exported for the modules that know tag keys as part of the contract. */
export { RESOURCE_TAG_KEY, STACK_TAG_KEY } from './tag-keys';

/** An attachment as the resource properties carry it: a name and a content hash, never content. */
export interface AttachmentProperty {
  /** File name shown to people (diffs, logs, errors). */
  readonly FileName: string;
  /** Hex SHA-256 of the file content (or, for an existing S3 object, of its location and version): a changed file changes this. */
  readonly ContentHash: string;
  /** `s3://bucket/key` the service reads the file from (CreateRegistrationAttachment AttachmentUrl). */
  readonly S3Url: string;
}

export interface TagProperty {
  readonly Key: string;
  readonly Value: string;
}

export type RemovalBehavior = 'retain' | 'destroy';

export interface RegistrationResourceProperties {
  /** e.g. IN_SENDER_ID_REGISTRATION */
  readonly RegistrationType: string;
  /** Field path to value: a string for TEXT fields, a list of choices for SELECT fields. */
  readonly Fields: Record<string, string | string[]>;
  /** Field path to the attachment bound to it (ATTACHMENT fields). */
  readonly Attachments: Record<string, AttachmentProperty>;
  /** Submit for review after filling; false leaves a draft. */
  readonly Submit: boolean;
  /** SubmitRegistrationVersion's AwsReview flag. */
  readonly AwsReview: boolean;
  /** What Delete does with the registration. */
  readonly RemovalPolicy: RemovalBehavior;
  readonly Tags: TagProperty[];
  /**
   * An existing registration (e.g. made in the console) the Create converges instead of creating one.
   * Absent unless set, so templates without adoption do not change.
   */
  readonly AdoptRegistrationId?: string;
  /**
   * Field path to the secret its TEXT value is read from at deploy (lib/core/contract/secret-fields.ts).
   * Absent unless a value comes from a secret, so other templates do not change. The handler resolves
   * these into Fields before it validates or plans anything.
   */
  readonly SecretFields?: Record<string, SecretFieldProperty>;
}

/**
 * What a registration declares, before it is rendered. The contract's defaults apply here (submit, no AWS
 * review), as parsing applies them to what CloudFormation delivers.
 */
export interface DeclaredRegistration {
  readonly registrationType: string;
  /** Text, choices and secret references by field path; documents are declared as files, in `attachments`. */
  readonly values: FieldValues;
  readonly attachments: Record<string, AttachmentProperty>;
  readonly submit?: boolean;
  readonly awsReview?: boolean;
  readonly removal: RemovalBehavior;
  /** The construct passes a token resolved at synth, after Tags.of() aspects have run. */
  readonly tags: TagProperty[];
  readonly adoptRegistrationId?: string;
}

/** The resource's properties, in the order a template shows them; AdoptRegistrationId only when set, so other templates do not change. */
export function renderResourceProperties(declared: DeclaredRegistration): RegistrationResourceProperties {
  const { fields, secretFields } = renderValues(declared.values);
  return {
    RegistrationType: declared.registrationType,
    Fields: fields,
    Attachments: declared.attachments,
    Submit: declared.submit ?? true,
    AwsReview: declared.awsReview ?? false,
    RemovalPolicy: declared.removal,
    Tags: declared.tags,
    ...(declared.adoptRegistrationId !== undefined ? { AdoptRegistrationId: declared.adoptRegistrationId } : {}),
    ...(Object.keys(secretFields).length > 0 ? { SecretFields: secretFields } : {}),
  };
}

/** Values as the properties carry them: text and choices in Fields, a secret's reference (never its value) in SecretFields. */
function renderValues(values: FieldValues): { fields: Record<string, string | string[]>; secretFields: Record<string, SecretFieldProperty> } {
  const fields: Record<string, string | string[]> = {};
  const secretFields: Record<string, SecretFieldProperty> = {};
  for (const [path, value] of Object.entries(values)) {
    switch (value.kind) {
      case 'text': fields[path] = value.text; break;
      case 'select': fields[path] = [...value.choices]; break;
      case 'secret': secretFields[path] = value.ref; break;
      case 'attachment': throw new Error(`${path}: a document is declared as a file (Attachments), not by an attachment id`);
      default: throw new Error(`${path}: unknown field value kind ${JSON.stringify(value satisfies never)}`);
    }
  }
  return { fields, secretFields };
}

/** Field paths whose value comes from a secret. */
export function secretFieldPaths(props: RegistrationResourceProperties): string[] {
  return Object.keys(props.SecretFields ?? {});
}

/**
 * Secret-backed fields whose value has not been read: nothing may plan or validate values with them
 * missing (a required field would look empty, and a plan would delete the value).
 */
export function unresolvedSecretPaths(props: RegistrationResourceProperties): string[] {
  return secretFieldPaths(props).filter((path) => props.Fields[path] === undefined);
}

/**
 * The field values these properties ask for: Fields as text or choices, a secret-backed field as its reference
 * until the handler has read it into Fields, and attachments with a placeholder id until uploaded.
 */
export function desiredFieldValues(props: RegistrationResourceProperties, attachmentIds: Record<string, string> = {}): FieldValues {
  const values: FieldValues = {};
  for (const [path, ref] of Object.entries(props.SecretFields ?? {})) values[path] = secretValue(ref);
  for (const [path, value] of Object.entries(props.Fields)) {
    values[path] = Array.isArray(value) ? selectValue(value) : textValue(value);
  }
  for (const [path, attachment] of Object.entries(props.Attachments)) {
    values[path] = attachmentValue(attachmentIds[path] ?? pendingAttachmentId(attachment));
  }
  return values;
}

/** Stands in for an attachment's id before it exists, so validation can see the field has a value. */
export function pendingAttachmentId(attachment: AttachmentProperty): string {
  return `pending:${attachment.FileName}`;
}

function asBoolean(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new Error(`${name}: ${JSON.stringify(value)} must be "true" or "false"`);
}

function asRecord(name: string, value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${name}: must be a map of field path to value`);
  return value as Record<string, unknown>;
}

/** Parse raw CloudFormation ResourceProperties (all scalars strings) into the typed shape. */
export function parseResourceProperties(raw: Record<string, unknown>): RegistrationResourceProperties {
  const registrationType = raw.RegistrationType;
  if (typeof registrationType !== 'string' || !registrationType) throw new Error('RegistrationType: must be a non-empty string');

  const fields: Record<string, string | string[]> = {};
  for (const [path, value] of Object.entries(asRecord('Fields', raw.Fields))) {
    if (typeof value === 'string') fields[path] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) fields[path] = value as string[];
    else throw new Error(`Fields.${path}: must be a string (TEXT) or a list of strings (SELECT)`);
  }

  const attachments: Record<string, AttachmentProperty> = {};
  for (const [path, value] of Object.entries(asRecord('Attachments', raw.Attachments))) {
    const a = value as Partial<AttachmentProperty>;
    if (!a || typeof a.FileName !== 'string' || typeof a.ContentHash !== 'string' || typeof a.S3Url !== 'string' || !a.S3Url.startsWith('s3://')) {
      throw new Error(`Attachments.${path}: must have FileName, ContentHash and an s3:// S3Url`);
    }
    attachments[path] = { FileName: a.FileName, ContentHash: a.ContentHash, S3Url: a.S3Url };
  }

  const removal = raw.RemovalPolicy ?? 'retain';
  if (removal !== 'retain' && removal !== 'destroy') throw new Error(`RemovalPolicy: ${JSON.stringify(removal)} must be "retain" or "destroy"`);

  const adopt = raw.AdoptRegistrationId;
  if (adopt !== undefined && (typeof adopt !== 'string' || !adopt)) throw new Error('AdoptRegistrationId: must be a non-empty string when set');

  const secretFields = parseSecretFields(raw.SecretFields);
  for (const path of Object.keys(secretFields)) {
    if (fields[path] !== undefined) throw new Error(`SecretFields.${path}: is also in Fields; a field's value comes from one place`);
  }

  const tags = Array.isArray(raw.Tags) ? (raw.Tags as TagProperty[]).map((t) => ({ Key: String(t.Key), Value: String(t.Value) })) : [];

  return {
    RegistrationType: registrationType,
    Fields: fields,
    Attachments: attachments,
    Submit: asBoolean('Submit', raw.Submit, true),
    AwsReview: asBoolean('AwsReview', raw.AwsReview, false),
    RemovalPolicy: removal,
    Tags: tags,
    ...(adopt ? { AdoptRegistrationId: adopt } : {}),
    ...(Object.keys(secretFields).length > 0 ? { SecretFields: secretFields } : {}),
  };
}
