import { RegistrationApi } from './registration-api';
import { SecretReader } from './secrets-api';
import { HandlerSettings } from './settings';
import { RollbackDetector } from './stack-rollback';

/** The dependencies as the request modules use them. */
export interface HandlerContext {
  api(): RegistrationApi;
  secrets(): SecretReader;
  readonly isRollingBack: RollbackDetector;
  readonly settings: HandlerSettings;
}
