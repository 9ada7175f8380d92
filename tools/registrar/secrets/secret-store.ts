import { createHash, randomUUID } from 'node:crypto';
import { SecretEntryInput, SecretsInput, SecretValueInput, versionsOf } from './secrets-file';

/**
 * The registrar's secrets: name → versions, each with its staging labels. Every Region the registrar
 * serves holds the same secrets (a rehearsal starts one registrar per Region from the same file);
 * ARNs name the Region a request is addressed to and the registrar's account.
 */

export const CURRENT = 'AWSCURRENT';
export const PREVIOUS = 'AWSPREVIOUS';

/** Limits of the service's model (SecretsManager API reference): names, version ids, labels, values. */
const NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const VERSION_ID_LENGTH = { min: 32, max: 64 };
const STAGE_LENGTH = { min: 1, max: 256 };
const MAX_STAGES = 20;
const MAX_SECRET_STRING = 65536;

export interface StoredVersion {
  readonly versionId: string;
  readonly stages: Set<string>;
  readonly secretString: string;
  readonly createdDate: Date;
}

export interface StoredSecret {
  readonly name: string;
  /** The six characters the service appends to a secret's name in its complete ARN. */
  readonly suffix: string;
  readonly versions: StoredVersion[];
}

/** What putting a version did: never its value. */
export interface SecretVersionSummary {
  readonly name: string;
  readonly versionId: string;
  readonly stages: string[];
}

export interface PutSecretOptions {
  /** Default a random UUID. */
  readonly versionId?: string;
  /**
   * Default `["AWSCURRENT"]`. Labels move here from the version that had them, and a moved AWSCURRENT
   * leaves AWSPREVIOUS behind, as PutSecretValue does.
   */
  readonly stages?: readonly string[];
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Reproducible across runs, so a test or an app may pin a file's version id or complete ARN. */
function derivedVersionId(name: string, index: number): string {
  const hex = digest(`version\0${name}\0${index}`).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function suffixOf(name: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return [...digest(`suffix\0${name}`).subarray(0, 6)].map((b) => alphabet[b % alphabet.length]).join('');
}

function secretString(where: string, value: SecretValueInput): string {
  const text = typeof value === 'string' ? value : value !== null && typeof value === 'object' && !Array.isArray(value) ? JSON.stringify(value) : undefined;
  if (text === undefined) throw new Error(`${where}: the value must be a string or a JSON object`);
  if (text.length < 1 || text.length > MAX_SECRET_STRING) throw new Error(`${where}: the value must be 1–${MAX_SECRET_STRING} characters`);
  return text;
}

function checkName(name: string): void {
  if (!NAME.test(name)) throw new Error(`secret ${JSON.stringify(name)}: a name is 1–512 letters, digits or /_+=.@-`);
}

function checkVersionId(where: string, versionId: string): void {
  if (typeof versionId !== 'string' || versionId.length < VERSION_ID_LENGTH.min || versionId.length > VERSION_ID_LENGTH.max) {
    throw new Error(`${where}: versionId must be ${VERSION_ID_LENGTH.min}–${VERSION_ID_LENGTH.max} characters`);
  }
}

function checkStages(where: string, stages: readonly string[]): void {
  if (!Array.isArray(stages) || stages.length > MAX_STAGES) throw new Error(`${where}: stages must be a list of at most ${MAX_STAGES} labels`);
  for (const stage of stages) {
    if (typeof stage !== 'string' || stage.length < STAGE_LENGTH.min || stage.length > STAGE_LENGTH.max) {
      throw new Error(`${where}: each stage must be ${STAGE_LENGTH.min}–${STAGE_LENGTH.max} characters`);
    }
  }
}

/** One file entry as stored versions; a label on two versions, or two versions with one id, is refused. */
function storedVersions(name: string, entry: SecretEntryInput, createdDate: Date): StoredVersion[] {
  const inputs = versionsOf(entry);
  if (inputs.length === 0) throw new Error(`secret ${name}: "versions" is empty`);
  const versions = inputs.map((input, index) => {
    const where = `secret ${name} version ${index + 1}`;
    if (!input || typeof input !== 'object' || !('value' in input)) throw new Error(`${where}: needs a "value"`);
    const versionId = input.versionId ?? derivedVersionId(name, index);
    checkVersionId(where, versionId);
    const stages = input.stages ?? (inputs.length === 1 ? [CURRENT] : []);
    checkStages(where, stages);
    return { versionId, stages: new Set(stages), secretString: secretString(where, input.value), createdDate };
  });
  const ids = new Set<string>();
  const labelled = new Set<string>();
  for (const version of versions) {
    if (ids.has(version.versionId)) throw new Error(`secret ${name}: version id ${version.versionId} is given twice`);
    ids.add(version.versionId);
    for (const stage of version.stages) {
      if (labelled.has(stage)) throw new Error(`secret ${name}: stage ${stage} is on two versions; a label is on one version at a time`);
      labelled.add(stage);
    }
  }
  if (!labelled.has(CURRENT)) throw new Error(`secret ${name}: no version has the stage ${CURRENT}`);
  return versions;
}

export class SecretStore {
  private secrets = new Map<string, StoredSecret>();

  /** `initial` is what reset() returns to (the secrets file). */
  constructor(private readonly initial: SecretsInput = {}) {
    this.reset();
  }

  reset(): void {
    const createdDate = new Date();
    const secrets = new Map<string, StoredSecret>();
    for (const [name, entry] of Object.entries(this.initial)) {
      checkName(name);
      secrets.set(name, { name, suffix: suffixOf(name), versions: storedVersions(name, entry, createdDate) });
    }
    this.secrets = secrets;
  }

  /** Adds a version (creating the secret if need be), as PutSecretValue would. */
  put(name: string, value: SecretValueInput, options: PutSecretOptions = {}): SecretVersionSummary {
    checkName(name);
    const where = `secret ${name}`;
    const versionId = options.versionId ?? randomUUID();
    checkVersionId(where, versionId);
    const stages = options.stages ?? [CURRENT];
    checkStages(where, stages);
    const text = secretString(where, value);
    let secret = this.secrets.get(name);
    if (!secret) {
      secret = { name, suffix: suffixOf(name), versions: [] };
      this.secrets.set(name, secret);
    }
    if (secret.versions.some((v) => v.versionId === versionId)) throw new Error(`${where}: version id ${versionId} exists already`);
    const previousCurrent = stages.includes(CURRENT) ? secret.versions.find((v) => v.stages.has(CURRENT)) : undefined;
    for (const version of secret.versions) for (const stage of stages) version.stages.delete(stage);
    if (previousCurrent && !stages.includes(PREVIOUS)) {
      for (const version of secret.versions) version.stages.delete(PREVIOUS);
      previousCurrent.stages.add(PREVIOUS);
    }
    secret.versions.push({ versionId, stages: new Set(stages), secretString: text, createdDate: new Date() });
    return { name, versionId, stages: [...stages] };
  }

  byName(name: string): StoredSecret | undefined {
    return this.secrets.get(name);
  }

  /** Names and versions (ids and labels), never values. */
  list(): Array<{ name: string; versions: Array<{ versionId: string; stages: string[] }> }> {
    return [...this.secrets.values()].map((s) => ({
      name: s.name,
      versions: s.versions.map((v) => ({ versionId: v.versionId, stages: [...v.stages] })),
    }));
  }
}

/** The secret's complete ARN in `region` of `accountId`. */
export function secretArn(secret: StoredSecret, region: string, accountId: string): string {
  return `arn:aws:secretsmanager:${region}:${accountId}:secret:${secret.name}-${secret.suffix}`;
}

const SECRET_ARN = /^arn:(aws[a-z-]*):secretsmanager:([^:]*):([^:]*):secret:(.+)$/;

/**
 * The secret a SecretId names: its name, a partial ARN (the name, without the suffix) or a complete ARN,
 * in the Region the request is addressed to and the registrar's account; otherwise none, as the service
 * finds no secret of another Region or account through this Region's endpoint.
 */
export function findSecret(store: SecretStore, secretId: string, region: string, accountId: string): StoredSecret | undefined {
  const arn = SECRET_ARN.exec(secretId);
  if (!arn) return secretId.startsWith('arn:') ? undefined : store.byName(secretId);
  const [, , arnRegion, arnAccount, resource] = arn;
  if (arnRegion !== region || arnAccount !== accountId) return undefined;
  const complete = /^(.+)-([A-Za-z0-9]{6})$/.exec(resource);
  if (complete) {
    const secret = store.byName(complete[1]);
    if (secret && secret.suffix === complete[2]) return secret;
  }
  return store.byName(resource);
}
