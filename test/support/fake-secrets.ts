import { SecretContent, SecretReader } from '../../lambda/secrets-api';
import { DEFAULT_VERSION_STAGE, SecretFieldProperty } from '../../lib/core/contract/secret-fields';

/** One version of a secret held by FakeSecrets. */
interface FakeVersion {
  readonly versionId: string;
  readonly stages: string[];
  readonly value: string | Record<string, unknown>;
}

/** A service error as the SDK raises it: only its name matters to the handler. */
function serviceError(name: string): Error {
  const error = new Error(`${name} (fake)`);
  error.name = name;
  return error;
}

/**
 * Secrets Manager for handler tests: secrets by ARN, each with versions and staging labels, read as
 * GetSecretValue reads them. Counts reads, so a test can see each secret version is read once.
 */
export class FakeSecrets implements SecretReader {
  private readonly secrets = new Map<string, FakeVersion[]>();
  public reads = 0;

  /** Puts a new version and moves AWSCURRENT to it (as PutSecretValue does). */
  put(secretArn: string, versionId: string, value: string | Record<string, unknown>): void {
    const versions = (this.secrets.get(secretArn) ?? []).map((v) => ({ ...v, stages: v.stages.filter((s) => s !== DEFAULT_VERSION_STAGE) }));
    versions.push({ versionId, stages: [DEFAULT_VERSION_STAGE], value });
    this.secrets.set(secretArn, versions);
  }

  async read(ref: SecretFieldProperty): Promise<SecretContent> {
    this.reads++;
    const versions = this.secrets.get(ref.SecretArn);
    if (!versions) throw serviceError('ResourceNotFoundException');
    const version = ref.VersionId !== undefined
      ? versions.find((v) => v.versionId === ref.VersionId)
      : versions.find((v) => v.stages.includes(ref.VersionStage ?? DEFAULT_VERSION_STAGE));
    if (!version) throw serviceError('ResourceNotFoundException');
    return { text: typeof version.value === 'string' ? version.value : JSON.stringify(version.value) };
  }
}
