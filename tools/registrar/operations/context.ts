import type { AccountQuotas } from '../account-quotas';
import { Params } from '../params';
import { Attachment, RegionState } from '../state';

/** What every operation handler gets: the state, a way to start an attachment's upload, and the account's quotas. */
export interface OperationContext {
  readonly state: RegionState;
  readonly startUpload: (attachment: Attachment) => void;
  /** The account's registration quotas: what is enforced, and what the daily ones have counted. */
  readonly quotas: AccountQuotas;
}

export type OperationHandler = (ctx: OperationContext, params: Params) => Record<string, unknown>;
