import { LoadedRecord } from '../../lib/fleet/fleet-records';
import { PlacementLock } from '../../lib/fleet/placement';
import { createWritesByOperation, WriteOperation } from '../../lib/fleet/write-count';

/** One stack's first deploy (every record created), projected from its write calls. */
export interface StackProjection {
  readonly stackNumber: number;
  readonly records: number;
  readonly writes: number;
  /** Its busiest operation's calls at the quota: the handlers of a stack run at once, each operation limited on its own. */
  readonly quotaBoundSeconds: number;
  /** Every write one after another at the quota: what placement plans for, the bound no deploy can exceed. */
  readonly serialWritesSeconds: number;
}

export interface FleetProjection {
  readonly stacks: StackProjection[];
  /** The stacks deploy one after another (they share one account and Region): the sum of their quota bounds. */
  readonly fleetSeconds: number;
  /** The whole fleet's busiest operation at the quota: no deploy of the fleet can be faster. */
  readonly busiestOperation: WriteOperation;
  readonly busiestBoundSeconds: number;
}

function addInto(total: Record<string, number>, writes: Record<string, number>): void {
  for (const [operation, n] of Object.entries(writes)) total[operation] = (total[operation] ?? 0) + n;
}

function busiest(calls: Record<string, number>): [WriteOperation, number] {
  return Object.entries(calls).sort(([, a], [, b]) => b - a)[0] as [WriteOperation, number];
}

/** The first deploy of a placed fleet with every operation at `requestsPerSecond`. */
export function projectFleetDeploy(records: readonly LoadedRecord[], lock: PlacementLock, requestsPerSecond: number): FleetProjection {
  const fleetCalls: Record<string, number> = {};
  const stacks = Array.from({ length: lock.stackCount }, (_, i): StackProjection => {
    const inStack = records.filter((r) => lock.records[r.name] === i + 1);
    const calls: Record<string, number> = {};
    for (const record of inStack) addInto(calls, createWritesByOperation(record.props));
    addInto(fleetCalls, calls);
    const writes = Object.values(calls).reduce((sum, n) => sum + n, 0);
    return {
      stackNumber: i + 1, records: inStack.length, writes,
      quotaBoundSeconds: (inStack.length > 0 ? busiest(calls)[1] : 0) / requestsPerSecond, serialWritesSeconds: writes / requestsPerSecond,
    };
  });
  const [busiestOperation, busiestCalls] = busiest(fleetCalls);
  return {
    stacks,
    fleetSeconds: stacks.reduce((sum, s) => sum + s.quotaBoundSeconds, 0),
    busiestOperation,
    busiestBoundSeconds: busiestCalls / requestsPerSecond,
  };
}
