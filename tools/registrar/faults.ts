import { AccountLimitSettings, AccountQuotas } from './account-quotas';
import { injectedError, ServiceError, throttlingError } from './errors';

/** Fault injection: what a test or benchmark asks the registrar to get wrong on purpose. */

export interface FaultSettings {
  /** Added before every API call is answered. */
  readonly latencyMs: number;
  /** Fraction (0..1) of API calls answered with ThrottlingException, spread evenly over calls. */
  readonly throttleRate: number;
  /** Operation → requests per second it accepts (token bucket, burst of max(1, rate)); more are throttled. */
  readonly quotas: Readonly<Record<string, number>>;
  /** The account's registration quotas to enforce (ServiceQuotaExceededException), by the model's Reason; merged, 0 removes one. */
  readonly accountLimits: AccountLimitSettings;
}

interface Bucket {
  readonly rate: number;
  tokens: number;
  refilledAt: number;
}

export class Faults {
  private latency = 0;
  private rate = 0;
  /**
   * Accumulated share of calls owed a throttle. Evenly spread instead of random, so a rate of 0.5
   * throttles exactly every second call and tests never flake; a retry still meets the next slot.
   */
  private debt = 0;
  private readonly buckets = new Map<string, Bucket>();
  private readonly failures = new Map<string, { skip: number; remaining: number; errorName?: string }>();
  private readonly lostResponses = new Map<string, { skip: number; remaining: number }>();

  /** Counts and limits of the account's registration quotas, which the operations check. */
  readonly accountQuotas = new AccountQuotas();

  constructor(private readonly knownOperations: readonly string[]) {}

  settings(): FaultSettings {
    return {
      latencyMs: this.latency,
      throttleRate: this.rate,
      quotas: Object.fromEntries([...this.buckets].map(([op, b]) => [op, b.rate])),
      accountLimits: this.accountQuotas.settings(),
    };
  }

  set(settings: Partial<FaultSettings>): void {
    if (settings.latencyMs !== undefined) {
      if (!(settings.latencyMs >= 0)) throw new Error(`latencyMs must be >= 0, got ${settings.latencyMs}`);
      this.latency = settings.latencyMs;
    }
    if (settings.throttleRate !== undefined) {
      if (!(settings.throttleRate >= 0 && settings.throttleRate <= 1)) throw new Error(`throttleRate must be 0..1, got ${settings.throttleRate}`);
      this.rate = settings.throttleRate;
      this.debt = 0;
    }
    for (const [operation, rate] of Object.entries(settings.quotas ?? {})) this.setQuota(operation, rate);
    if (settings.accountLimits) this.accountQuotas.set(settings.accountLimits);
  }

  /** A quota of undefined or 0 removes it. */
  setQuota(operation: string, requestsPerSecond: number | undefined): void {
    this.checkOperation(operation);
    if (!requestsPerSecond) {
      this.buckets.delete(operation);
      return;
    }
    if (!(requestsPerSecond > 0)) throw new Error(`requestsPerSecond must be > 0, got ${requestsPerSecond}`);
    const burst = Math.max(1, requestsPerSecond);
    this.buckets.set(operation, { rate: requestsPerSecond, tokens: burst, refilledAt: Date.now() });
  }

  /** The `count` calls of `operation` that follow the next `afterCalls` successful ones fail with `errorName`. */
  failNext(operation: string, count = 1, errorName?: string, afterCalls = 0): void {
    this.checkCounts(operation, count, afterCalls);
    this.failures.set(operation, { skip: afterCalls, remaining: count, errorName });
  }

  /**
   * A lost response: the `count` calls of `operation` that follow the next `afterCalls` applied ones are
   * applied (the state changes) and then the connection is dropped without an answer, as when a
   * response is lost on the network. Calls the operation refuses are answered and do not count.
   */
  failAfterApply(operation: string, count = 1, afterCalls = 0): void {
    this.checkCounts(operation, count, afterCalls);
    this.lostResponses.set(operation, { skip: afterCalls, remaining: count });
  }

  /** Asked once a call of `operation` has been applied: whether its response is to be lost. */
  loseResponseOf(operation: string): boolean {
    const lost = this.lostResponses.get(operation);
    if (!lost) return false;
    if (lost.skip > 0) {
      lost.skip--;
      return false;
    }
    if (lost.remaining === 0) return false;
    lost.remaining--;
    return true;
  }

  reset(): void {
    this.latency = 0;
    this.rate = 0;
    this.debt = 0;
    this.buckets.clear();
    this.failures.clear();
    this.lostResponses.clear();
    this.accountQuotas.reset();
  }

  get latencyMs(): number {
    return this.latency;
  }

  /** The fault this call meets, if any: an explicit failNext first, then the quota, then the throttle rate. */
  faultFor(operation: string): ServiceError | undefined {
    const failure = this.failures.get(operation);
    if (failure && failure.skip > 0) {
      failure.skip--;
    } else if (failure && failure.remaining > 0) {
      failure.remaining--;
      return injectedError(failure.errorName, operation);
    }
    const bucket = this.buckets.get(operation);
    if (bucket && !this.take(bucket)) {
      return throttlingError(`Rate exceeded: ${operation} is limited to ${bucket.rate} requests per second`);
    }
    if (this.rate > 0) {
      this.debt += this.rate;
      if (this.debt >= 1 - 1e-9) {
        this.debt -= 1;
        return throttlingError('Rate exceeded');
      }
    }
    return undefined;
  }

  private take(bucket: Bucket): boolean {
    const now = Date.now();
    const burst = Math.max(1, bucket.rate);
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.refilledAt) / 1000) * bucket.rate);
    bucket.refilledAt = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  private checkCounts(operation: string, count: number, afterCalls: number): void {
    this.checkOperation(operation);
    if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number, got ${count}`);
    if (!Number.isInteger(afterCalls) || afterCalls < 0) throw new Error(`afterCalls must be a whole number, got ${afterCalls}`);
  }

  private checkOperation(operation: string): void {
    // A typo in an operation name would otherwise silently inject nothing.
    if (!this.knownOperations.includes(operation)) throw new Error(`Unknown operation ${operation}`);
  }
}
