import { CURRENT, findSecret, secretArn, SecretStore, StoredVersion } from './secret-store';
import { SecretsError, secretNotFound, secretValueNotFound, validationErrors } from './secrets-errors';

/**
 * GetSecretValue as the service answers it (SecretsManager API reference): SecretId 1–2048 characters,
 * VersionId 32–64, VersionStage 1–256; neither version member means AWSCURRENT; both must name the same
 * version. The SDK checks none of these, so without them a caller could pass here and fail there.
 */

const MEMBERS: Record<string, { readonly min: number; readonly max: number; readonly required?: true }> = {
  SecretId: { min: 1, max: 2048, required: true },
  VersionId: { min: 32, max: 64 },
  VersionStage: { min: 1, max: 256 },
};

export interface SecretsRequestContext {
  readonly region: string;
  readonly accountId: string;
}

/** The JSON members, checked: the wrong JSON type is SerializationException; a length or a missing SecretId is ValidationException. */
function checkedMembers(params: Record<string, unknown>): { SecretId: string; VersionId?: string; VersionStage?: string } {
  const unknown = Object.keys(params).filter((name) => !(name in MEMBERS));
  if (unknown.length > 0) throw new SecretsError('SerializationException', `Unknown member ${unknown[0]} in GetSecretValueRequest`);
  const breaches: string[] = [];
  for (const [name, rule] of Object.entries(MEMBERS)) {
    const value = params[name];
    // The model's member names are camelCase in its messages: `secretId`, `versionId`.
    const member = `'${name[0].toLowerCase()}${name.slice(1)}'`;
    if (value === undefined || value === null) {
      if (rule.required) breaches.push(`Value null at ${member} failed to satisfy constraint: Member must not be null`);
      continue;
    }
    if (typeof value !== 'string') throw new SecretsError('SerializationException', `${name} must be a string`);
    if (value.length < rule.min) breaches.push(`Value at ${member} failed to satisfy constraint: Member must have length greater than or equal to ${rule.min}`);
    if (value.length > rule.max) breaches.push(`Value at ${member} failed to satisfy constraint: Member must have length less than or equal to ${rule.max}`);
  }
  if (breaches.length > 0) throw validationErrors(breaches);
  return params as { SecretId: string; VersionId?: string; VersionStage?: string };
}

function selectedVersion(versions: readonly StoredVersion[], versionId: string | undefined, versionStage: string | undefined): StoredVersion {
  if (versionId !== undefined) {
    const version = versions.find((v) => v.versionId === versionId);
    if (!version) throw secretValueNotFound(`VersionId: ${versionId}`);
    if (versionStage !== undefined && !version.stages.has(versionStage)) {
      throw new SecretsError('InvalidRequestException', 'You provided a VersionStage that is not associated to the provided VersionId.');
    }
    return version;
  }
  const stage = versionStage ?? CURRENT;
  const version = versions.find((v) => v.stages.has(stage));
  if (!version) throw secretValueNotFound(`staging label: ${stage}`);
  return version;
}

export function getSecretValue(store: SecretStore, params: Record<string, unknown>, context: SecretsRequestContext): Record<string, unknown> {
  const { SecretId, VersionId, VersionStage } = checkedMembers(params);
  const secret = findSecret(store, SecretId, context.region, context.accountId);
  if (!secret) throw secretNotFound();
  const version = selectedVersion(secret.versions, VersionId, VersionStage);
  return {
    ARN: secretArn(secret, context.region, context.accountId),
    Name: secret.name,
    VersionId: version.versionId,
    SecretString: version.secretString,
    VersionStages: [...version.stages],
    // AWS JSON 1.1 timestamps are epoch seconds.
    CreatedDate: version.createdDate.getTime() / 1000,
  };
}

/** Every Secrets Manager operation the registrar answers, by the name in `X-Amz-Target: secretsmanager.<name>`. */
export const SECRETS_OPERATIONS: Readonly<Record<string, typeof getSecretValue>> = {
  GetSecretValue: getSecretValue,
};
