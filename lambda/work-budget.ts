/**
 * How long one invocation may keep working. Each invocation does a bounded amount of work and
 * leaves the rest to the next isComplete poll; the registration's own state is the checkpoint.
 */
export class WorkBudget {
  /** Time kept back so an invocation ends by itself, with its last call finished, before Lambda stops it. */
  static readonly SAFETY_MARGIN_MS = 20_000;

  static forInvocation(remainingMs: number | undefined, now = Date.now()): WorkBudget {
    const cap = Number(process.env.MAX_WORK_MS ?? Number.POSITIVE_INFINITY);
    const available = remainingMs === undefined ? cap : Math.min(cap, remainingMs - WorkBudget.SAFETY_MARGIN_MS);
    return new WorkBudget(now + Math.max(0, available));
  }

  constructor(private readonly deadline: number) {}

  get exhausted(): boolean {
    return Date.now() >= this.deadline;
  }

  remainingMs(): number {
    return Math.max(0, this.deadline - Date.now());
  }
}
