import * as path from 'path';
import { Annotations, Stack, StackProps, Stage, StageProps, Tags } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { LINT_ID_PREFIX } from '../core/lint/rules';
import { SenderIdRegistration } from '../sender-id-registration';
import { FLEET_STACK_METADATA, FleetStackMarker } from './fleet-marker';
import { LoadedRecord, loadFleetRecords, readPlacementLock } from './fleet-records';
import { CUSTOM_RESOURCE_TIMEOUT_SECONDS, planningQuota, stackCapacity } from './placement';
import { PLACEMENT_FILE } from './record-files';

/** Properties of a `SenderIdRegistrationFleet`. */
export interface SenderIdRegistrationFleetProps extends StageProps {
  /**
   * The folder of records: one YAML or JSON file per end business, and the `placement.json` that
   * `sender-id-registration fleet place` writes beside them. Documents live inside this folder.
   */
  readonly recordsFolder: string;

  /**
   * The account's quota for registration writes, in requests per second per operation.
   *
   * @default - the quota the placement lock was placed with, else 1 (the documented quota of the registration APIs)
   */
  readonly requestsPerSecond?: number;

  /**
   * The share of CloudFormation's one-hour custom-resource limit kept free (retries, polling, reads), from 0 to below 1.
   *
   * @default - the margin the placement lock was placed with, else 0.25 (a stack finishes its writes in 45 minutes)
   */
  readonly safetyMargin?: number;

  /**
   * The name of each stack, followed by its number (1, 2, …).
   *
   * @default - the fleet's construct id and a hyphen, e.g. `Fleet-1`
   */
  readonly stackNamePrefix?: string;

  /**
   * Properties of every stack of the fleet (synthesizer, tags, …); `stackName` is the fleet's.
   *
   * @default - no properties; the stacks take the stage's `env`
   */
  readonly stackProps?: StackProps;
}

/**
 * One `SenderIdRegistration` per record file of a folder, placed into stacks that each finish within
 * CloudFormation's one-hour limit for a custom resource at the account's quota.
 *
 * A record's stack comes from the folder's `placement.json` (written by `sender-id-registration fleet place`) and
 * never changes: moving a record would replace its registration. The stacks share one quota, so they deploy one
 * after another. Every problem of every record fails synth together, each naming its file.
 *
 * A `Stage`, the CDK's unit of several stacks: deploy it with `cdk deploy '<fleet id>/*'`, or add it to a pipeline.
 */
export class SenderIdRegistrationFleet extends Stage {
  /** The fleet's stacks, in order (stack N deploys after stack N-1). */
  public readonly stacks: Stack[];
  /** One registration per record that loaded, in record-name order. */
  public readonly registrations: SenderIdRegistration[];

  constructor(scope: Construct, id: string, props: SenderIdRegistrationFleetProps) {
    super(scope, id, props);
    const folder = path.resolve(props.recordsFolder);
    const load = loadFleetRecords(folder);
    const placement = readPlacementLock(folder);
    const { requestsPerSecond, safetyMargin } = planningQuota(props, placement.lock);
    const capacity = stackCapacity(requestsPerSecond, safetyMargin);
    const problems = [...load.problems, ...placement.problems];

    const unplaced = load.records.filter((r) => placement.lock.records[r.name] === undefined).map((r) => r.name);
    if (unplaced.length > 0) {
      problems.push(`${PLACEMENT_FILE}: ${placement.exists ? 'does not place' : 'is missing, so it places none of'} ${unplaced.join(', ')}; `
        + `run: npx sender-id-registration fleet place --records ${props.recordsFolder}, and commit ${PLACEMENT_FILE}`);
    }
    this.node.addValidation({ validate: () => problems });

    const prefix = props.stackNamePrefix ?? `${id}-`;
    this.stacks = [];
    for (let n = 1; n <= placement.lock.stackCount; n++) {
      const stack = new Stack(this, `Stack${n}`, { ...props.stackProps, stackName: `${prefix}${n}` });
      // The review tells a fleet's registrations by this marker (assembly metadata only: the template does not change).
      const marker: FleetStackMarker = { fleet: this.node.path, stackNumber: n };
      stack.node.addMetadata(FLEET_STACK_METADATA, marker);
      // One account and Region share the quota: stacks deploying at once would each take longer than planned.
      if (n > 1) stack.addStackDependency(this.stacks[n - 2], 'the stacks of a fleet share the registration quota');
      this.stacks.push(stack);
    }

    const byStack = new Map<number, LoadedRecord[]>();
    for (const record of load.records) {
      const n = placement.lock.records[record.name];
      if (n !== undefined) byStack.set(n, [...(byStack.get(n) ?? []), record]);
    }
    this.registrations = [];
    for (const [n, records] of [...byStack].sort(([a], [b]) => a - b)) {
      const stack = this.stacks[n - 1];
      for (const record of records) {
        const registration = new SenderIdRegistration(stack, record.name, record.props);
        for (const [key, value] of Object.entries(record.tags)) Tags.of(registration).add(key, value);
        this.registrations.push(registration);
      }
      const writes = records.reduce((sum, r) => sum + r.writes, 0);
      if (writes > capacity.maxWrites) {
        const seconds = Math.ceil(writes / requestsPerSecond);
        Annotations.of(stack).addWarningV2(`${LINT_ID_PREFIX}fleetStackOverCapacity`,
          `creating this stack's ${records.length} registrations takes ${writes} writes, about ${seconds} s at ${requestsPerSecond} request/s: `
          + `more than the ${capacity.maxWrites} planned (${CUSTOM_RESOURCE_TIMEOUT_SECONDS} s less the safety margin). Records never move `
          + '(a move replaces the registration); a first deploy of all of them at once may reach CloudFormation\'s one-hour limit');
      }
    }
  }
}
