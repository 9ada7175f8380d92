import { VERSION_ID_LENGTH, VERSION_STAGE_MAX_LENGTH } from '../core/contract/secret-fields';
import { closestPath } from '../core/validation/closest-path';
import { secretLocationOf, secretText } from '../secret-text';
import { RawValue, isMapping, kindOf } from './record-values';

/**
 * Secret references in fleet records: a TEXT value read from AWS Secrets Manager at deploy instead of written in the
 * record, so that an end business's personal data (a contact's email and phone, an address, a tax id) is in neither the
 * records folder, the template nor `cdk diff`.
 *
 * - A record's optional top-level `secret` names the end business's JSON secret: its name or ARN as a string, or
 *   `{ id: <name or ARN>, versionId?, versionStage?, kmsKeyArn? }` (`kmsKeyArn`: the customer-managed key it is
 *   encrypted with, so that the handler role may decrypt it through Secrets Manager).
 * - `{ secretKey: email }` is the value of key `email` of the record's secret.
 * - `{ secret: <a name, ARN or mapping as above>, secretKey?: k }` names its own secret; without `secretKey` the
 *   value is the whole secret string.
 *
 * A name becomes an ARN in the Region and account of the stack the record is placed in (secretLocationOf), so a
 * record keeps working when placement moves it. Only TEXT values may come from a secret: SELECT choices and documents
 * are not personal data the service hides, and the form's options must be checked at synth. Messages describe what
 * was given by kind and length, never by value: a mistyped reference may hold the very value it should have hidden.
 */

/** The keys of a secret given as a mapping (the record's `secret`, or a value's own `secret`). */
export const SECRET_MAPPING_KEYS = ['id', 'versionId', 'versionStage', 'kmsKeyArn'] as const;
/** The keys of a value that comes from a secret. */
export const SECRET_VALUE_KEYS = ['secret', 'secretKey'] as const;

/** A secret's name (the characters Secrets Manager allows) or a secret's ARN. */
export const SECRET_ID_PATTERN = '^(arn:[^:]+:secretsmanager:[^:]*:[^:]*:secret:.+|[A-Za-z0-9/_+=.@-]{1,512})$';
export const KMS_KEY_ARN_PATTERN = '^arn:[^:]+:kms:[^:]*:[^:]*:(key|alias)/.+$';

/** A secret as a record names it, checked. */
export interface RecordSecretSource {
  readonly id: string;
  readonly versionId?: string;
  readonly versionStage?: string;
  readonly kmsKeyArn?: string;
}

/** Reports a problem at a key path of the record; returns undefined so that callers can `return report(...)`. */
export type ProblemReporter = (where: string, what: string) => undefined;

/** Whether a value is meant as a secret reference: a mapping with `secret` or `secretKey`. */
export function isSecretReference(value: RawValue): boolean {
  return isMapping(value) && SECRET_VALUE_KEYS.some((key) => key in value);
}

function nonEmptyText(value: RawValue): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Turns a record's secret references into SecretText values, reporting every problem at its key path. */
export class RecordSecrets {
  private readonly recordSecret?: RecordSecretSource;
  /** The record's `secret` was given but is wrong: reported once there, not again at each `{ secretKey }`. */
  private readonly recordSecretBroken: boolean;
  /** Problems reported while checking a secret, so that a secret with any problem is not used. */
  private problemCount = 0;

  constructor(raw: RawValue, private readonly report: ProblemReporter) {
    if (raw === undefined || raw === null) {
      this.recordSecretBroken = false;
      return;
    }
    this.recordSecret = this.source(raw, 'secret');
    this.recordSecretBroken = this.recordSecret === undefined;
  }

  /** A TEXT value given as a mapping: the SecretText string of the field, or undefined after reporting why not. */
  public value(raw: Record<string, RawValue>, where: string, fieldPath: string): string | undefined {
    const unknown = Object.keys(raw).filter((key) => !(SECRET_VALUE_KEYS as readonly string[]).includes(key));
    for (const key of unknown) {
      const closest = closestPath(key, [...SECRET_VALUE_KEYS]);
      this.report(`${where}.${key}`, `is not a key of a secret reference${closest ? ` (did you mean ${closest}?)` : ''}; `
        + `allowed: ${SECRET_VALUE_KEYS.join(', ')} (text for ${fieldPath}, or a value from a secret)`);
    }
    if (unknown.length > 0) return undefined;
    const key = raw.secretKey;
    if (key !== undefined && !nonEmptyText(key)) {
      return this.report(`${where}.secretKey`, `${kindOf(key)} given, must be the non-empty key of a JSON secret, e.g. email`);
    }
    if (raw.secret === undefined) {
      if (key === undefined) return this.report(where, `a mapping without secret or secretKey given for ${fieldPath}, must be text or a secret reference`);
      if (this.recordSecretBroken) return undefined;
      if (!this.recordSecret) {
        return this.report(where, '{ secretKey } takes a key of the record\'s secret, but the record has no top-level secret; '
          + 'add secret: <name or ARN of the end business\'s JSON secret>, or give this value its own { secret: …, secretKey: … }');
      }
      return this.secretText(this.recordSecret, key);
    }
    const own = this.source(raw.secret, `${where}.secret`);
    return own ? this.secretText(own, key) : undefined;
  }

  private secretText(source: RecordSecretSource, jsonField: string | undefined): string {
    // Every limit secretText enforces was checked above, with the record's key path; it cannot throw here.
    return secretText(secretLocationOf(source.id, source.kmsKeyArn), {
      ...(jsonField !== undefined ? { jsonField } : {}),
      ...(source.versionId !== undefined ? { versionId: source.versionId } : {}),
      ...(source.versionStage !== undefined ? { versionStage: source.versionStage } : {}),
    });
  }

  /** A secret given as a name, an ARN or a mapping; undefined after reporting what is wrong. */
  private source(raw: RawValue, where: string): RecordSecretSource | undefined {
    if (typeof raw === 'string') return this.secretId(raw, where) ? { id: raw } : undefined;
    if (!isMapping(raw)) {
      return this.report(where, `${kindOf(raw)} given, must be a secret's name or ARN, or a mapping of ${SECRET_MAPPING_KEYS.join(', ')}`);
    }
    const before = this.problemCount;
    for (const key of Object.keys(raw).filter((k) => !(SECRET_MAPPING_KEYS as readonly string[]).includes(k))) {
      const closest = closestPath(key, [...SECRET_MAPPING_KEYS]);
      this.fail(`${where}.${key}`, `is not a key of a secret${closest ? ` (did you mean ${closest}?)` : ''}; allowed: ${SECRET_MAPPING_KEYS.join(', ')}`);
    }
    const { id, versionId, versionStage, kmsKeyArn } = raw;
    if (id === undefined) this.fail(`${where}.id`, 'is missing, the secret\'s name or ARN is required');
    else if (typeof id !== 'string') this.fail(`${where}.id`, `${kindOf(id)} given, must be the secret's name or ARN`);
    else this.secretId(id, `${where}.id`);
    if (versionId !== undefined && versionStage !== undefined) {
      this.fail(where, 'gives both versionId and versionStage; give one: a versionId pins a version, a versionStage reads the version with that label');
    }
    if (versionId !== undefined) {
      if (typeof versionId !== 'string') this.fail(`${where}.versionId`, `${kindOf(versionId)} given, must be text`);
      else if (versionId.length < VERSION_ID_LENGTH.min || versionId.length > VERSION_ID_LENGTH.max) {
        this.fail(`${where}.versionId`, `is ${versionId.length} characters; Secrets Manager version ids are `
          + `${VERSION_ID_LENGTH.min}-${VERSION_ID_LENGTH.max} characters (e.g. a UUID)`);
      }
    }
    if (versionStage !== undefined && (!nonEmptyText(versionStage) || versionStage.length > VERSION_STAGE_MAX_LENGTH)) {
      this.fail(`${where}.versionStage`, `${kindOf(versionStage)} given, must be a staging label of 1-${VERSION_STAGE_MAX_LENGTH} characters, e.g. AWSCURRENT`);
    }
    if (kmsKeyArn !== undefined && (typeof kmsKeyArn !== 'string' || !new RegExp(KMS_KEY_ARN_PATTERN).test(kmsKeyArn))) {
      this.fail(`${where}.kmsKeyArn`, `${kindOf(kmsKeyArn)} given, must be the ARN of a KMS key, e.g. arn:aws:kms:ap-south-1:111111111111:key/…`);
    }
    if (this.problemCount > before) return undefined;
    return {
      id: id as string,
      ...(versionId !== undefined ? { versionId: versionId as string } : {}),
      ...(versionStage !== undefined ? { versionStage: versionStage as string } : {}),
      ...(kmsKeyArn !== undefined ? { kmsKeyArn: kmsKeyArn as string } : {}),
    };
  }

  private secretId(id: string, where: string): boolean {
    if (new RegExp(SECRET_ID_PATTERN).test(id)) return true;
    // Only the length: text given where a secret's name belongs may be the value itself.
    this.fail(where, `text of ${id.length} characters given, must be a secret's name (letters, digits and /_+=.@-, at most 512) `
      + 'or its ARN (arn:aws:secretsmanager:…:secret:…)');
    return false;
  }

  private fail(where: string, what: string): void {
    this.problemCount += 1;
    this.report(where, what);
  }
}
