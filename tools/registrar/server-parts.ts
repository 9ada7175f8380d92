import type { RegistrarAdmin } from './admin';
import type { CallLog } from './call-log';
import type { Faults } from './faults';
import type { SecretStore } from './secrets/secret-store';
import type { Attachment, RegistrarState } from './state';

/**
 * What the server's endpoints share: the state and the registrar's parts. Its own module, so the endpoints
 * (the SMS API's in server.ts, Secrets Manager's in secrets/) depend on it and never on one another.
 */
export interface ServerParts {
  readonly state: RegistrarState;
  readonly startUpload: (attachment: Attachment) => void;
  readonly faults: Faults;
  readonly calls: CallLog;
  readonly admin: RegistrarAdmin;
  readonly secrets: SecretStore;
}
