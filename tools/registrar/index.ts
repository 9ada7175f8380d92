import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';

import { createAdmin, RegistrarAdmin } from './admin';
import { CallLog } from './call-log';
import { Faults } from './faults';
import { OPERATION_NAMES } from './operations';
import { RegistrarOptions } from './options';
import { resolveOptions } from './resolve-options';
import { SECRETS_OPERATIONS } from './secrets/get-secret-value';
import { SecretStore } from './secrets/secret-store';
import { requestHandler } from './server';
import { RegistrarState } from './state';
import { loadStateFile, saveStateFile } from './state-file';
import { UploadScheduler } from './uploads';

export { RegistrarAdmin, RegionDump, StateDump, ADMIN_ROUTES } from './admin';
export { CallLogEntry } from './call-log';
export { FaultSettings } from './faults';
export { NewVersionMode, RegistrarOptions } from './options';
export { Denial, VersionSummary } from './reviewer';
export { DeniedReason } from './state';
export { OPERATION_NAMES } from './operations';
export { SecretsInput, SecretEntryInput, SecretValueInput, SecretVersionInput, readSecretsFile } from './secrets/secrets-file';
export { PutSecretOptions, SecretVersionSummary } from './secrets/secret-store';
export { connectRegistrarAdmin, RemoteRegistrarAdmin } from './admin-client';

export interface RunningRegistrar {
  /** http://127.0.0.1:<port>: the SDK client's `endpoint`, or AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2 (and AWS_ENDPOINT_URL_SECRETS_MANAGER). */
  readonly url: string;
  readonly port: number;
  readonly admin: RegistrarAdmin;
  close(): Promise<void>;
}

/** Starts a local stand-in for the SMS registration API (and Secrets Manager's GetSecretValue); resolves once it is listening. */
export async function startRegistrar(options: RegistrarOptions = {}): Promise<RunningRegistrar> {
  const resolved = resolveOptions(options);
  const state = new RegistrarState(resolved);
  const stateFile = resolved.stateFile;
  if (stateFile !== undefined) loadStateFile(state, stateFile);
  const save = () => {
    if (stateFile !== undefined) saveStateFile(state, stateFile);
  };
  const uploads = new UploadScheduler(resolved);
  const faults = new Faults([...OPERATION_NAMES, ...Object.keys(SECRETS_OPERATIONS)]);
  const calls = new CallLog();
  const secrets = new SecretStore(resolved.secrets);
  const admin = createAdmin(state, faults, calls, secrets);
  const server = createServer(requestHandler({ state, startUpload: (a) => uploads.start(a), faults, calls, admin, secrets }));
  // Saved after every answered request, so another process (or a registrar killed without a goodbye) finds what it did.
  server.on('request', (_req, res) => res.once('finish', save));
  // SDK clients keep connections alive; without this, close() would wait for them to time out.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  return {
    url: `http://${host}:${port}`,
    port,
    admin,
    close: () => new Promise<void>((resolve, reject) => {
      uploads.stop();
      save();
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    }),
  };
}
