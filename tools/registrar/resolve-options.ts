import { catalogEntries } from '../../lib/core/forms/catalog';
import { RegistrarOptions, ResolvedOptions } from './options';
import { readSecretsFile } from './secrets/secrets-file';
import { stateFileAccount } from './state-file';

/** Defaults filled in and every option checked, before the registrar starts; a state file's account is the default account. */
export function resolveOptions(options: RegistrarOptions = {}): ResolvedOptions {
  const mode = options.newVersionMode ?? 'empty';
  if (mode !== 'copy' && mode !== 'empty') throw new Error(`newVersionMode must be 'copy' or 'empty', got ${String(mode)}`);
  const pageSize = options.defaultPageSize ?? 10;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) throw new Error(`defaultPageSize must be 1..100, got ${pageSize}`);
  const savedAccount = options.stateFile === undefined ? undefined : stateFileAccount(options.stateFile);
  if (savedAccount !== undefined && options.accountId !== undefined && savedAccount !== options.accountId) {
    throw new Error(`the state file ${options.stateFile} holds the registrations of account ${savedAccount}, not ${options.accountId}: `
      + 'give another state file for that account');
  }
  return {
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    region: options.region ?? 'us-east-1',
    accountId: options.accountId ?? savedAccount ?? '123456789012',
    newVersionMode: mode,
    s3Root: options.s3Root,
    resolveS3Object: options.resolveS3Object,
    uploadCompleteAfterMs: options.uploadCompleteAfterMs ?? 20,
    defaultPageSize: pageSize,
    maxPageSize: options.maxPageSize ?? 100,
    catalog: options.catalog ?? catalogEntries(),
    catalogByRegion: options.catalogByRegion ?? {},
    seed: options.seed,
    stateFile: options.stateFile,
    secrets: { ...(options.secretsFile !== undefined ? readSecretsFile(options.secretsFile) : {}), ...options.secrets },
  };
}
