import { EMPTY_LOCK, PlacedRecord, PlacementLock, parsePlacementLock, placeRecords, renderPlacementLock, stackCapacity } from '../../lib/fleet/placement';
import { mulberry32 } from '../../tools/registrar/state';

/** A small seeded generator of numbers in [0, 1), so a failing run can be repeated from its seed. */
function random(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 2 ** 32;
}

function stackWrites(lock: PlacementLock, records: readonly PlacedRecord[]): Map<number, number> {
  const writes = new Map<number, number>();
  for (const record of records) writes.set(lock.records[record.name], (writes.get(lock.records[record.name]) ?? 0) + record.writes);
  return writes;
}

describe('fleet placement', () => {
  const capacity = stackCapacity(1, 0.25);

  test('capacity is the hour at the quota less the margin', () => {
    expect(stackCapacity(1, 0.25).maxWrites).toBe(2700);
    expect(stackCapacity(2, 0).maxWrites).toBe(7200);
    expect(() => stackCapacity(0, 0.25)).toThrow(/requestsPerSecond 0 must be greater than 0/);
    expect(() => stackCapacity(1, 1)).toThrow(/safetyMargin 1 must be at least 0 and less than 1/);
  });

  test('new records fill the first stack with room, then a new stack is appended', () => {
    const records = Array.from({ length: 250 }, (_, i) => ({ name: `r${String(i).padStart(3, '0')}`, writes: 23 }));
    const lock = placeRecords(EMPTY_LOCK, records, capacity);
    // 2700 / 23 = 117 records a stack.
    expect(lock.stackCount).toBe(3);
    expect([...stackWrites(lock, records).values()]).toEqual([117 * 23, 117 * 23, 16 * 23]);
  });

  /** Rounds of random removals, edits (a record's write count grows, as when a document is added) and additions, from a seed. */
  function* rounds(seed: number, withEdits: boolean): Generator<{ before: PlacementLock; after: PlacementLock; records: PlacedRecord[] }> {
    const next = random(seed);
    let records: PlacedRecord[] = [];
    let lock = EMPTY_LOCK;
    let counter = 0;
    for (let round = 0; round < 60; round++) {
      const removals = Math.floor(next() * 20);
      for (let i = 0; i < removals && records.length > 0; i++) records.splice(Math.floor(next() * records.length), 1);
      if (withEdits) records = records.map((r) => (next() < 0.1 ? { ...r, writes: r.writes + 9 } : r));
      const additions = Math.floor(next() * 40);
      for (let i = 0; i < additions; i++) records.push({ name: `business-${(counter++).toString(36)}`, writes: 20 + Math.floor(next() * 20) });
      const before = lock;
      lock = placeRecords(before, records, capacity);
      yield { before, after: lock, records };
    }
  }

  test('random additions, removals and edits never move a placed record to another stack', () => {
    const moved: string[] = [];
    const unplaced: string[] = [];
    for (const seed of [1, 2, 3, 42, 2026]) {
      for (const { before, after, records } of rounds(seed, true)) {
        for (const record of records) {
          const was = before.records[record.name];
          if (was !== undefined && after.records[record.name] !== was) moved.push(`seed ${seed}: ${record.name} ${was} → ${after.records[record.name]}`);
          if (!(after.records[record.name] >= 1 && after.records[record.name] <= after.stackCount)) unplaced.push(record.name);
        }
        if (Object.keys(after.records).length !== records.length) unplaced.push(`seed ${seed}: the lock keeps records that are gone`);
      }
    }
    expect(moved).toEqual([]);
    expect(unplaced).toEqual([]);
  });

  test('random additions and removals never fill a stack beyond its capacity', () => {
    const overfull: string[] = [];
    let stacks = 0;
    for (const seed of [7, 8, 9]) {
      for (const { after, records } of rounds(seed, false)) {
        for (const [stack, writes] of stackWrites(after, records)) if (writes > capacity.maxWrites) overfull.push(`seed ${seed}: stack ${stack} ${writes}`);
        stacks = Math.max(stacks, after.stackCount);
      }
    }
    expect(overfull).toEqual([]);
    // The runs are big enough to need several stacks, so the property was exercised across stacks.
    expect(stacks).toBeGreaterThan(2);
  });

  test('the same records place the same way, whatever order they are listed in', () => {
    const records = Array.from({ length: 300 }, (_, i) => ({ name: `n${i}`, writes: 10 + (i % 17) }));
    const shuffled = [...records].reverse();
    expect(placeRecords(EMPTY_LOCK, shuffled, capacity)).toEqual(placeRecords(EMPTY_LOCK, records, capacity));
  });

  test('the lock reads back what it wrote, and a bad lock names what is wrong', () => {
    const lock = placeRecords({ ...EMPTY_LOCK, requestsPerSecond: 1, safetyMargin: 0.25 }, [{ name: 'a', writes: 23 }], capacity);
    expect(parsePlacementLock(renderPlacementLock(lock), 'placement.json')).toEqual({ lock, problems: [] });
    expect(parsePlacementLock('{"stackCount": 1, "records": {"a": 2}}', 'placement.json').problems).toEqual([
      'placement.json: records.a must be a stack number from 1 to stackCount (1)',
    ]);
    expect(parsePlacementLock('{', 'placement.json').problems).toEqual([
      'placement.json: is not valid JSON; write it again with sender-id-registration fleet place',
    ]);
  });
});
