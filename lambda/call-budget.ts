import { AsyncLocalStorage } from 'node:async_hooks';

/** What a call needs to know of the invocation's budget. */
export interface CallBudget {
  readonly exhausted: boolean;
}

/** Thrown instead of starting an SMS API call once the invocation's time is spent; the next poll resumes the work. */
export class OutOfTime extends Error {
  constructor(operation: string) {
    super(`${operation} not started: this invocation's time is spent, the next poll resumes the work`);
    this.name = 'OutOfTime';
  }
}

interface Scope {
  readonly budget: CallBudget;
  lastCallStarted: boolean;
}

const current = new AsyncLocalStorage<Scope>();

/**
 * Run `work` so that at most one SMS API call starts after `budget` is spent. An invocation keeps back time for
 * exactly one call (its longest throttled retries, WorkBudget.SAFETY_MARGIN_MS): the work checks its budget between
 * steps, but one step may make several calls (a read of the state is four), and under heavy throttling those ran
 * invocations past Lambda's timeout. The one late call lets a step finish what keeps its progress (the record of the
 * files just uploaded) instead of repeating it on every poll. The registration's state is the checkpoint, so stopping
 * between any two calls is safe. Async context, not a parameter, so every call of `work` is covered, whatever wraps the API.
 */
export function withinBudget<T>(budget: CallBudget, work: () => Promise<T>): Promise<T> {
  return current.run({ budget, lastCallStarted: false }, work);
}

/** Called before every SMS API call (`during` in operation-error.ts); outside `withinBudget` there is no limit. */
export function assertTimeLeft(operation: string): void {
  const scope = current.getStore();
  if (!scope?.budget.exhausted) return;
  if (scope.lastCallStarted) throw new OutOfTime(operation);
  scope.lastCallStarted = true;
}
