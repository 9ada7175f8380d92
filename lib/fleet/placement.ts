/**
 * Which stack each record of a fleet lives in, kept in a lock file (placement.json) beside the records.
 *
 * Moving a record to another stack replaces its registration: a new review and a new non-refundable fee. So a
 * record's stack is decided once, when it is first placed, and never again: new records go to the first stack with
 * room (or a new stack at the end), removed records free their room, and editing a record never moves it. A hash of
 * the file name into fixed shards would be as stable only while the shard count never changes; the lock lets the
 * fleet grow without a limit chosen up front, and a pull request shows every placement as a one-line diff.
 */

/** CloudFormation waits at most one hour for a custom resource; every registration of a stack shares that hour. */
export const CUSTOM_RESOURCE_TIMEOUT_SECONDS = 3600;

/**
 * CloudFormation's 500 resources per stack: each registration takes up to two (the custom resource and its
 * documents' read policy), and the provider about thirty, so 200 keeps well clear.
 */
export const MAX_REGISTRATIONS_PER_STACK = 200;

export interface PlacementLock {
  /**
   * Stacks ever allocated, numbered from 1. A stack stays in the app when its last record leaves, so the registrations
   * it held follow their removal policy.
   */
  readonly stackCount: number;
  /** Record name (file name without extension) → stack number. */
  readonly records: Readonly<Record<string, number>>;
  /** The quota the lock was placed with, so a later `fleet place` plans with the same one. */
  readonly requestsPerSecond?: number;
  readonly safetyMargin?: number;
}

export interface StackCapacity {
  /** Writes one stack may hold: the hour at the quota, less the safety margin. */
  readonly maxWrites: number;
  readonly maxRegistrations: number;
}

export interface PlacedRecord {
  readonly name: string;
  /** Write calls of its create (write-count.ts). */
  readonly writes: number;
}

/** The quota a fleet is planned with unless its lock or the caller says otherwise: the documented 1 request/s. */
export const DEFAULT_REQUESTS_PER_SECOND = 1;
/** A stack is planned to finish its writes in 45 of CloudFormation's 60 minutes. */
export const DEFAULT_SAFETY_MARGIN = 0.25;

export interface PlanningQuota {
  readonly requestsPerSecond: number;
  readonly safetyMargin: number;
}

/**
 * The quota to plan or check a fleet with: what the caller gives, else what the lock was placed with, else the
 * defaults. One decision, so that `fleet place` and synth never check one lock against two quotas.
 */
export function planningQuota(given: Partial<PlanningQuota>, lock: PlacementLock): PlanningQuota {
  return {
    requestsPerSecond: given.requestsPerSecond ?? lock.requestsPerSecond ?? DEFAULT_REQUESTS_PER_SECOND,
    safetyMargin: given.safetyMargin ?? lock.safetyMargin ?? DEFAULT_SAFETY_MARGIN,
  };
}

export function stackCapacity(requestsPerSecond: number, safetyMargin: number): StackCapacity {
  if (!(requestsPerSecond > 0)) throw new Error(`requestsPerSecond ${requestsPerSecond} must be greater than 0`);
  if (!(safetyMargin >= 0 && safetyMargin < 1)) throw new Error(`safetyMargin ${safetyMargin} must be at least 0 and less than 1`);
  const maxWrites = Math.floor(CUSTOM_RESOURCE_TIMEOUT_SECONDS * requestsPerSecond * (1 - safetyMargin));
  return { maxWrites, maxRegistrations: MAX_REGISTRATIONS_PER_STACK };
}

export const EMPTY_LOCK: PlacementLock = { stackCount: 0, records: {} };

/**
 * The lock for the records as they are now: records already placed keep their stack; records gone free their room;
 * new records (in name order) go to the first stack with room for their writes, or to a new stack.
 */
export function placeRecords(lock: PlacementLock, records: readonly PlacedRecord[], capacity: StackCapacity): PlacementLock {
  const present = new Set(records.map((r) => r.name));
  const placed: Record<string, number> = Object.fromEntries(Object.entries(lock.records).filter(([name]) => present.has(name)));
  const writesOf = new Map(records.map((r) => [r.name, r.writes]));
  const load = new Map<number, { writes: number; registrations: number }>();
  let stackCount = lock.stackCount;
  for (const [name, stack] of Object.entries(placed)) {
    const current = load.get(stack) ?? { writes: 0, registrations: 0 };
    load.set(stack, { writes: current.writes + writesOf.get(name)!, registrations: current.registrations + 1 });
    stackCount = Math.max(stackCount, stack);
  }
  const newcomers = records.filter((r) => placed[r.name] === undefined).sort((a, b) => a.name.localeCompare(b.name));
  for (const record of newcomers) {
    const fits = (stack: number) => {
      const current = load.get(stack) ?? { writes: 0, registrations: 0 };
      return current.writes + record.writes <= capacity.maxWrites && current.registrations < capacity.maxRegistrations;
    };
    let stack = 1;
    while (stack <= stackCount && !fits(stack)) stack++;
    // A record larger than a whole stack still gets a stack of its own; the fleet warns about that stack at synth.
    stackCount = Math.max(stackCount, stack);
    placed[record.name] = stack;
    const current = load.get(stack) ?? { writes: 0, registrations: 0 };
    load.set(stack, { writes: current.writes + record.writes, registrations: current.registrations + 1 });
  }
  const sorted = Object.fromEntries(Object.entries(placed).sort(([a], [b]) => a.localeCompare(b)));
  return { ...lock, stackCount, records: sorted };
}

/** The lock as read from placement.json, checked; `problems` name the file and what is wrong. */
export function parsePlacementLock(text: string, fileName: string): { lock: PlacementLock; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { lock: EMPTY_LOCK, problems: [`${fileName}: is not valid JSON; write it again with sender-id-registration fleet place`] };
  }
  const problems: string[] = [];
  const object = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const stackCount = object.stackCount;
  if (!Number.isInteger(stackCount) || (stackCount as number) < 0) problems.push(`${fileName}: stackCount must be a whole number`);
  const records: Record<string, number> = {};
  const rawRecords = typeof object.records === 'object' && object.records !== null ? object.records as Record<string, unknown> : {};
  for (const [name, stack] of Object.entries(rawRecords)) {
    if (Number.isInteger(stack) && (stack as number) >= 1 && (stack as number) <= (stackCount as number)) records[name] = stack as number;
    else problems.push(`${fileName}: records.${name} must be a stack number from 1 to stackCount (${String(stackCount)})`);
  }
  const quota = (key: 'requestsPerSecond' | 'safetyMargin') => (typeof object[key] === 'number' ? { [key]: object[key] as number } : {});
  return { lock: { stackCount: Number.isInteger(stackCount) ? stackCount as number : 0, records, ...quota('requestsPerSecond'), ...quota('safetyMargin') }, problems };
}

export function renderPlacementLock(lock: PlacementLock): string {
  const document = {
    comment: 'Written by `sender-id-registration fleet place`; commit it with the records. A record never changes stack: '
      + 'a move would replace its registration (a new review and fee).',
    requestsPerSecond: lock.requestsPerSecond,
    safetyMargin: lock.safetyMargin,
    stackCount: lock.stackCount,
    records: lock.records,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
