import { RegistrationTypeCatalogEntry } from '../../lib/core/forms/types';
import type { SecretsInput } from './secrets/secrets-file';

// The options' shapes only: the state imports them, so resolving them (which reads the state file) is in resolve-options.ts.

/**
 * How CreateRegistrationVersion starts the new draft. 'empty' (the default) is what two public reports
 * describe (see README); 'copy' carries the previous version's values, for tests of callers that must not rely on it.
 */
export type NewVersionMode = 'copy' | 'empty';

export interface RegistrarOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Interface to listen on; default 127.0.0.1 so nothing outside the machine can reach it. */
  readonly host?: string;
  /** The Region of a request that carries no SigV4 Authorization header; a signed request uses its credential scope's Region. */
  readonly region?: string;
  readonly accountId?: string;
  /** Default 'empty'. */
  readonly newVersionMode?: NewVersionMode;
  /** Directory that plays S3: s3://bucket/key is read from <s3Root>/bucket/key. */
  readonly s3Root?: string;
  /** Resolves an s3:// URL to the object's bytes, or undefined when there is no such object; tried before s3Root. */
  readonly resolveS3Object?: (url: string) => Buffer | undefined;
  readonly uploadCompleteAfterMs?: number;
  /** Page size when a Describe call gives no MaxResults; small by default so callers really page. */
  readonly defaultPageSize?: number;
  /**
   * The most items one page holds, whatever MaxResults asks: the service may answer with fewer, so
   * callers must follow NextToken even when they ask for 100. Default: as many as asked.
   */
  readonly maxPageSize?: number;
  /**
   * Registration types served instead of the bundled catalog, exactly as given. `servedCatalog()` (catalog.ts) is what
   * a rehearsal serves: an app's synced forms first, and no rule the bundled catalog only assumed.
   */
  readonly catalog?: readonly RegistrationTypeCatalogEntry[];
  /** Region → the registration types served there, for Regions that serve other types than `catalog`. */
  readonly catalogByRegion?: Readonly<Record<string, readonly RegistrationTypeCatalogEntry[]>>;
  /** Makes generated ids reproducible. */
  readonly seed?: number;
  /**
   * Secrets GetSecretValue answers with (format: secrets/secrets-file.ts), in every Region. Merged over
   * `secretsFile`'s, a name given in both taking this one. Default none: every read is ResourceNotFoundException.
   */
  readonly secrets?: SecretsInput;
  /** A JSON file of secrets in the same format, read once at start. */
  readonly secretsFile?: string;
  /**
   * Where the registrar keeps its registrations between runs (state-file.ts): read at start when it exists, written
   * after every request and at close. Its account is the registrar's unless `accountId` is given (and then they must agree).
   */
  readonly stateFile?: string;
}

export interface ResolvedOptions {
  readonly port: number;
  readonly host: string;
  readonly region: string;
  readonly accountId: string;
  readonly newVersionMode: NewVersionMode;
  readonly s3Root?: string;
  readonly resolveS3Object?: (url: string) => Buffer | undefined;
  readonly uploadCompleteAfterMs: number;
  readonly defaultPageSize: number;
  readonly maxPageSize: number;
  readonly catalog: readonly RegistrationTypeCatalogEntry[];
  readonly catalogByRegion: Readonly<Record<string, readonly RegistrationTypeCatalogEntry[]>>;
  readonly seed?: number;
  readonly secrets: SecretsInput;
  readonly stateFile?: string;
}
