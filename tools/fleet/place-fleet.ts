import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadFleetRecords, readPlacementLock } from '../../lib/fleet/fleet-records';
import { CUSTOM_RESOURCE_TIMEOUT_SECONDS, PlacementLock, placeRecords, planningQuota, renderPlacementLock, stackCapacity } from '../../lib/fleet/placement';
import { PLACEMENT_FILE } from '../../lib/fleet/record-files';
import { FleetQuotaCheck, fleetQuotaVerdict } from './fleet-quotas';

export interface PlaceFleetOptions {
  readonly recordsFolder: string;
  /** Default: the lock's own, else 1. */
  readonly requestsPerSecond?: number;
  /** Default: the lock's own, else 0.25. */
  readonly safetyMargin?: number;
  /** Only say whether the lock is up to date; write nothing. */
  readonly check?: boolean;
  /** The account's quotas (`--check-quotas`): the records placed now must fit them, or nothing is written. */
  readonly quotas?: FleetQuotaCheck;
}

export interface PlaceFleetResult {
  readonly lock: PlacementLock;
  /** Problems of records that did not load: those are left unplaced (placed once they load), the others are placed. */
  readonly problems: string[];
  /** Whether the lock on disk differs from what it should be. */
  readonly changed: boolean;
  readonly lines: string[];
  /** The account quotas the records placed now would exceed: the lock was left as it was. */
  readonly refused: string[];
}

/** `fleet place`: the placement lock for the records as they are now; records already placed keep their stack. */
export function placeFleet(options: PlaceFleetOptions): PlaceFleetResult {
  const folder = path.resolve(options.recordsFolder);
  const load = loadFleetRecords(folder);
  const current = readPlacementLock(folder);
  const problems = [...load.problems, ...current.problems];
  // A lock that does not read is never overwritten: rewriting it from nothing could move every record.
  if (current.problems.length > 0) return { lock: current.lock, problems, changed: false, lines: [], refused: [] };
  const { requestsPerSecond, safetyMargin } = planningQuota(options, current.lock);
  const capacity = stackCapacity(requestsPerSecond, safetyMargin);
  // A record that does not load today (a typo being fixed) is still there: it keeps its stack, counted as large as the
  // largest record, so that releasing it and placing it again can never move it. A new one waits until it loads.
  const largest = Math.max(0, ...load.records.map((r) => r.writes));
  const keptUnloaded = load.unloaded.filter((name) => current.lock.records[name] !== undefined).map((name) => ({ name, writes: largest }));
  const added = load.records.filter((r) => current.lock.records[r.name] === undefined);
  const verdict = options.quotas && fleetQuotaVerdict(added, options.quotas);
  if (verdict && verdict.problems.length > 0) {
    return { lock: current.lock, problems, changed: false, lines: [...verdict.lines, `${PLACEMENT_FILE} was left as it was`], refused: verdict.problems };
  }
  const lock = placeRecords({ ...current.lock, requestsPerSecond, safetyMargin }, [...load.records, ...keptUnloaded], capacity);
  const text = renderPlacementLock(lock);
  const file = path.join(folder, PLACEMENT_FILE);
  const changed = !current.exists || fs.readFileSync(file, 'utf8') !== text;
  if (changed && !options.check) fs.writeFileSync(file, text);

  const writesOf = new Map(load.records.map((r) => [r.name, r.writes]));
  const lines = [`${load.records.length} records in ${lock.stackCount} stacks, at ${requestsPerSecond} request/s with a ${safetyMargin * 100}% `
    + `safety margin: at most ${capacity.maxWrites} writes and ${capacity.maxRegistrations} registrations a stack`];
  for (let n = 1; n <= lock.stackCount; n++) {
    const names = Object.entries(lock.records).filter(([, stack]) => stack === n).map(([name]) => name);
    const writes = names.reduce((sum, name) => sum + (writesOf.get(name) ?? 0), 0);
    const seconds = Math.ceil(writes / requestsPerSecond);
    lines.push(`  stack ${n}: ${names.length} records, ${writes} writes, about ${seconds} s of ${CUSTOM_RESOURCE_TIMEOUT_SECONDS} s`
      + (writes > capacity.maxWrites ? ' (over the planned capacity; records never move, see the synth warning)' : ''));
  }
  const removed = Object.keys(current.lock.records).filter((name) => lock.records[name] === undefined);
  if (added.length > 0) lines.push(`placed: ${added.map(({ name }) => `${name} → stack ${lock.records[name]}`).join(', ')}`);
  if (removed.length > 0) lines.push(`released: ${removed.join(', ')}`);
  lines.push(changed ? (options.check ? `${PLACEMENT_FILE} is out of date` : `wrote ${path.relative(process.cwd(), file) || file}`)
    : `${PLACEMENT_FILE} is up to date`);
  if (verdict) lines.push(...verdict.lines);
  return { lock, problems, changed, lines, refused: [] };
}
