import { Params } from '../params';
import { Attachment, RegionState } from '../state';

/** What every operation handler gets: the state, and a way to start an attachment's upload. */
export interface OperationContext {
  readonly state: RegionState;
  readonly startUpload: (attachment: Attachment) => void;
}

export type OperationHandler = (ctx: OperationContext, params: Params) => Record<string, unknown>;
