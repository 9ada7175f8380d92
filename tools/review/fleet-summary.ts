import { RegistrationReview, StageReview } from './review';

/** How one record of a fleet changes against the base. */
export type RecordChange = 'added' | 'removed' | 'changed' | 'unchanged';

/** One stack of a fleet: its records, and (with a base) how many of them change how. */
export interface FleetStackSummary {
  readonly stackName: string;
  readonly stackNumber: number;
  /** The records the head holds in this stack (a removed one is not counted). */
  readonly records: number;
  readonly byChange?: Record<RecordChange, number>;
}

/** A fleet of one stage: what a reviewer of a 500-record change reads first. */
export interface FleetSummary {
  readonly stage: string;
  /** The fleet's construct path, e.g. `IsvFleet`. */
  readonly fleet: string;
  readonly stacks: FleetStackSummary[];
  /** Present when a base was given: record names by how they change, in name order. */
  readonly records?: Record<RecordChange, string[]>;
}

const CHANGES: RecordChange[] = ['added', 'removed', 'changed', 'unchanged'];

/** The fleets of a stage's registrations (none when the stage holds no `SenderIdRegistrationFleet`). */
export function fleetSummaries(stage: StageReview, compared: boolean): FleetSummary[] {
  const byFleet = new Map<string, RegistrationReview[]>();
  for (const r of stage.registrations) {
    const fleet = r.registration.fleetRecord?.fleet;
    if (fleet !== undefined) byFleet.set(fleet, [...(byFleet.get(fleet) ?? []), r]);
  }
  return [...byFleet].sort(([a], [b]) => a.localeCompare(b)).map(([fleet, reviews]) => {
    const stackNames = new Map(reviews.map((r) => [r.registration.fleetRecord!.stackNumber, r.registration.stackName]));
    const stacks = [...stackNames].sort(([a], [b]) => a - b).map(([stackNumber, stackName]): FleetStackSummary => {
      const inStack = reviews.filter((r) => r.registration.fleetRecord!.stackNumber === stackNumber);
      return {
        stackName,
        stackNumber,
        records: inStack.filter((r) => !r.removed).length,
        ...(compared ? { byChange: countBy(inStack.map(recordChangeOf)) } : {}),
      };
    });
    if (!compared) return { stage: stage.stage, fleet, stacks };
    const records = Object.fromEntries(CHANGES.map((c) => [c, reviews.filter((r) => recordChangeOf(r) === c)
      .map((r) => r.registration.fleetRecord!.record).sort()])) as Record<RecordChange, string[]>;
    return { stage: stage.stage, fleet, stacks, records };
  });
}

/** Any difference of fields, attachments, tags or settings counts as a change, as the per-registration diff shows it. */
function recordChangeOf(r: RegistrationReview): RecordChange {
  if (r.removed) return 'removed';
  if (r.added) return 'added';
  return (r.changes ?? []).length > 0 ? 'changed' : 'unchanged';
}

function countBy(changes: RecordChange[]): Record<RecordChange, number> {
  return Object.fromEntries(CHANGES.map((c) => [c, changes.filter((x) => x === c).length])) as Record<RecordChange, number>;
}
