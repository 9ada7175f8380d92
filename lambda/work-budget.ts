import { HandlerSettings, readSettings } from './settings';

/**
 * How long one invocation may keep working. Each invocation does a bounded amount of work and
 * leaves the rest to the next isComplete poll; the registration's own state is the checkpoint.
 */
export class WorkBudget {
  /**
   * Time kept back so an invocation ends by itself, with its last call finished, before Lambda stops it.
   * A call started just before the deadline may be throttled and retried by the SDK for as long as
   * its backoff allows (111 s with 10 attempts): a Lambda stopped mid-call fails the resource, because
   * the Provider framework reports any isComplete error as FAILED instead of polling again.
   */
  static safetyMarginMs(smsApiMaxAttempts: number): number {
    return Math.max(20_000, longestThrottledCallMs(smsApiMaxAttempts) + 10_000);
  }

  /** The safety margin with the current environment's settings, for the tools that simulate the Provider (the bench, the rehearsal). */
  static get SAFETY_MARGIN_MS(): number {
    return WorkBudget.safetyMarginMs(readSettings().smsApiMaxAttempts);
  }

  static forInvocation(remainingMs: number | undefined, settings: HandlerSettings, now = Date.now()): WorkBudget {
    const cap = settings.maxWorkMs;
    const available = remainingMs === undefined ? cap : Math.min(cap, remainingMs - WorkBudget.safetyMarginMs(settings.smsApiMaxAttempts));
    return new WorkBudget(now + Math.max(0, available), settings.attachmentPollMs);
  }

  /**
   * @param uploadPollMs how long each wait for upload progress takes out of the budget (ATTACHMENT_POLL_MS):
   *   the budget decides whether another wait still fits in this invocation.
   */
  constructor(private readonly deadline: number, readonly uploadPollMs: number = readSettings().attachmentPollMs) {}

  get exhausted(): boolean {
    return Date.now() >= this.deadline;
  }

  remainingMs(): number {
    return Math.max(0, this.deadline - Date.now());
  }
}

/**
 * The longest one SDK call can spend backing off from throttling: the standard retry strategy waits a
 * random time up to min(1 s × 2^i, 20 s) before retry i (@smithy/core retry: throttling base delay 1 s,
 * MAXIMUM_RETRY_DELAY 20 s).
 */
export function longestThrottledCallMs(maxAttempts: number): number {
  let total = 0;
  for (let retry = 0; retry < maxAttempts - 1; retry++) total += Math.min(1000 * 2 ** retry, 20_000);
  return total;
}
