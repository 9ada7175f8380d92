import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { DEFAULT_VERSION_STAGE, SecretFieldProperty } from '../lib/core/contract/secret-fields';
import { assertTimeLeft } from './call-budget';

/** What one read of a secret version returned: its text, or that it holds only binary. */
export type SecretContent = { readonly text: string } | { readonly binary: true };

/** Reads secrets; the handler's only Secrets Manager caller. Tests and the rehearsal point it at the local registrar. */
export interface SecretReader {
  read(ref: SecretFieldProperty): Promise<SecretContent>;
}

/**
 * GetSecretValue through the SDK's client, pinned in the bundle like the SMS client. Its endpoint,
 * Region and credentials come from the environment (AWS_ENDPOINT_URL_SECRETS_MANAGER in a rehearsal);
 * standard retries, since the handler runs beside many others.
 */
export class SecretsManagerReader implements SecretReader {
  constructor(private readonly client: SecretsManagerClient) {}

  static fromEnvironment(maxAttempts: number): SecretsManagerReader {
    return new SecretsManagerReader(new SecretsManagerClient({ retryMode: 'standard', maxAttempts }));
  }

  async read(ref: SecretFieldProperty): Promise<SecretContent> {
    assertTimeLeft('GetSecretValue');
    const out = await this.client.send(new GetSecretValueCommand({
      SecretId: ref.SecretArn,
      ...(ref.VersionId !== undefined ? { VersionId: ref.VersionId } : { VersionStage: ref.VersionStage ?? DEFAULT_VERSION_STAGE }),
    }));
    return out.SecretString !== undefined ? { text: out.SecretString } : { binary: true };
  }
}
