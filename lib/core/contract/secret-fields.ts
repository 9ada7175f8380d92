/**
 * TEXT values that live in AWS Secrets Manager, as the resource properties carry them: a reference,
 * never the value. CloudFormation does not resolve secure dynamic references in custom resources, and
 * whatever the properties hold is in the template, `cdk diff`, the staging bucket and the waiter's
 * execution history; so the handler reads the secret itself, at deploy.
 */

/** The staging label read when a reference pins neither a version id nor a stage. */
export const DEFAULT_VERSION_STAGE = 'AWSCURRENT';

/** GetSecretValue's own limits on a version reference: a version id is 32-64 characters (a UUID is 36). */
export const VERSION_ID_LENGTH = { min: 32, max: 64 } as const;
export const VERSION_STAGE_MAX_LENGTH = 256;

/** One field's value from a secret. */
export interface SecretFieldProperty {
  /** The secret's ARN (complete, or partial for a secret referenced by name). */
  readonly SecretArn: string;
  /** The key of a JSON secret whose value is the field's text; absent: the whole secret string. */
  readonly JsonKey?: string;
  /**
   * A pinned version id. A new id is a changed property, so CloudFormation sends an Update and the new
   * value reaches the registration.
   */
  readonly VersionId?: string;
  /** A staging label (AWSCURRENT unless a version id is pinned). A value rotated under the same label reaches the registration at its next Update. */
  readonly VersionStage?: string;
}

/** The secret's name as people know it: the ARN's resource part, without the six-character suffix of a complete ARN. */
export function secretNameOf(secretArn: string): string {
  const match = /^arn:[^:]+:secretsmanager:[^:]*:[^:]*:secret:(.+)$/.exec(secretArn);
  if (!match) return secretArn;
  return match[1].replace(/-[A-Za-z0-9]{6}$/, '');
}

/** Which version a reference reads, in words: `version <id>` or `stage <label>`. */
export function versionOf(ref: SecretFieldProperty): string {
  return ref.VersionId !== undefined ? `version ${ref.VersionId}` : `stage ${ref.VersionStage ?? DEFAULT_VERSION_STAGE}`;
}

/** How messages, reviews and plans name a secret-backed value: never the value, only where it comes from. */
export function describeSecretSource(ref: SecretFieldProperty, secretName: string = secretNameOf(ref.SecretArn)): string {
  return `from secret ${secretName}${ref.JsonKey !== undefined ? ` key ${JSON.stringify(ref.JsonKey)}` : ''} (${versionOf(ref)})`;
}

/** The same reference, written the same way: two references read the same value exactly when these are equal. */
export function secretReadKey(ref: SecretFieldProperty): string {
  return JSON.stringify([ref.SecretArn, ref.VersionId ?? null, ref.VersionId !== undefined ? null : (ref.VersionStage ?? DEFAULT_VERSION_STAGE)]);
}

function optionalString(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value) throw new Error(`${name}: must be a non-empty string when set`);
  return value;
}

/** Parse the SecretFields property; a malformed entry throws, naming it. */
export function parseSecretFields(raw: unknown): Record<string, SecretFieldProperty> {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('SecretFields: must be a map of field path to secret reference');
  const parsed: Record<string, SecretFieldProperty> = {};
  for (const [path, value] of Object.entries(raw as Record<string, unknown>)) {
    const entry = (value ?? {}) as Record<string, unknown>;
    if (typeof entry.SecretArn !== 'string' || !entry.SecretArn) throw new Error(`SecretFields.${path}.SecretArn: must be a non-empty string`);
    const jsonKey = optionalString(`SecretFields.${path}.JsonKey`, entry.JsonKey);
    const versionId = optionalString(`SecretFields.${path}.VersionId`, entry.VersionId);
    const versionStage = optionalString(`SecretFields.${path}.VersionStage`, entry.VersionStage);
    if (versionId !== undefined && versionStage !== undefined) {
      throw new Error(`SecretFields.${path}: give VersionId or VersionStage, not both`);
    }
    parsed[path] = {
      SecretArn: entry.SecretArn,
      ...(jsonKey !== undefined ? { JsonKey: jsonKey } : {}),
      ...(versionId !== undefined ? { VersionId: versionId } : {}),
      ...(versionStage !== undefined ? { VersionStage: versionStage } : {}),
    };
  }
  return parsed;
}
