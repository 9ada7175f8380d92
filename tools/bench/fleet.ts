/**
 * `npm run bench:fleet`: what a fleet costs at synth, and what its stacks project at deploy. Synthesizes a fleet of 1
 * and of 500 generated records (every fifth one Indonesian, with documents), placed by `fleet place`, and prints the
 * synth time, the stacks and the longest projected stack deploy against CloudFormation's one-hour limit. Then projects
 * the first deploy of 500 records, half India and half Indonesia, with every operation at 1 request/s, and deploys
 * the busiest of its stacks for real through the handler on the local registrar (tools/bench/fleet-stack-run.ts).
 * Prints figures; asserts nothing.
 */
import '../quiet-env';
import { App } from 'aws-cdk-lib';
import { loadFleetRecords } from '../../lib/fleet/fleet-records';
import { CUSTOM_RESOURCE_TIMEOUT_SECONDS } from '../../lib/fleet/placement';
import { SenderIdRegistrationFleet } from '../../lib/fleet/sender-id-registration-fleet';
import { placeFleet } from '../fleet/place-fleet';
import { projectFleetDeploy } from './fleet-projection';
import { generatedRecordsFolder } from './fleet-records';
import { runBusiestStack } from './fleet-stack-run';

const REQUESTS_PER_SECOND = 1;

function measure(count: number): string {
  const folder = generatedRecordsFolder(count);
  const { lock } = placeFleet({ recordsFolder: folder, requestsPerSecond: REQUESTS_PER_SECOND });
  const started = process.hrtime.bigint();
  const app = new App({ outdir: `${folder}.out` });
  const fleet = new SenderIdRegistrationFleet(app, 'Fleet', {
    recordsFolder: folder, requestsPerSecond: REQUESTS_PER_SECOND, stackProps: { env: { account: '111111111111', region: 'ap-south-1' } },
  });
  app.synth();
  // The fleet is a Stage: its stacks are in its own (nested) assembly.
  const assembly = fleet.synth();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const writes = new Map(loadFleetRecords(folder).records.map((r) => [r.name, r.writes]));
  const perStack = Array.from({ length: lock.stackCount }, (_, i) => Object.entries(lock.records)
    .filter(([, stack]) => stack === i + 1).reduce((sum, [name]) => sum + (writes.get(name) ?? 0), 0));
  const longest = Math.max(...perStack) / REQUESTS_PER_SECOND;
  const resources = Math.max(...assembly.stacks.map((s) => Object.keys(s.template.Resources ?? {}).length));
  return `${String(count).padStart(4)} records: synth ${seconds.toFixed(1)} s; ${fleet.stacks.length} stacks `
    + `(${perStack.map((w) => `${w} writes`).join(', ')}); longest projected stack deploy ${Math.round(longest)} s `
    + `(${(longest / 60).toFixed(1)} min) of CloudFormation's ${CUSTOM_RESOURCE_TIMEOUT_SECONDS} s, at ${REQUESTS_PER_SECOND} request/s; `
    + `at most ${resources} of CloudFormation's 500 resources in a stack`;
}

const minutes = (seconds: number) => `${Math.round(seconds)} s (${(seconds / 60).toFixed(1)} min)`;

/** The deploy of `count` records, every other one Indonesian, stack after stack, each operation at its own quota. */
function projectDeploy(count: number): string[] {
  const folder = generatedRecordsFolder(count, 2);
  const { lock } = placeFleet({ recordsFolder: folder, requestsPerSecond: REQUESTS_PER_SECOND });
  const projection = projectFleetDeploy(loadFleetRecords(folder).records, lock, REQUESTS_PER_SECOND);
  const longest = projection.stacks.reduce((a, b) => (b.quotaBoundSeconds > a.quotaBoundSeconds ? b : a));
  const ratio = projection.fleetSeconds / projection.busiestBoundSeconds;
  return [
    `Deploy projection: ${count} records (half India, half Indonesia with six documents), every operation at ${REQUESTS_PER_SECOND} request/s, `
      + 'the stacks one after another (one account and Region):',
    ...projection.stacks.map((s) => `  stack ${s.stackNumber}: ${s.records} records, ${s.writes} writes; busiest operation's bound `
      + `${minutes(s.quotaBoundSeconds)}; every write one after another ${minutes(s.serialWritesSeconds)} of ${CUSTOM_RESOURCE_TIMEOUT_SECONDS} s`),
    `  ${projection.stacks.length} stacks; longest stack deploy ${minutes(longest.quotaBoundSeconds)} (stack ${longest.stackNumber}) `
      + `of CloudFormation's ${CUSTOM_RESOURCE_TIMEOUT_SECONDS} s; a projection from write counts; the busiest stack is measured below`,
    `  fleet deploy ${minutes(projection.fleetSeconds)}; the fleet's busiest operation (${projection.busiestOperation}) bounds it at `
      + `${minutes(projection.busiestBoundSeconds)}: ratio ${ratio.toFixed(2)} (${ratio <= 1.15 ? 'within' : 'beyond'} 15%)`,
  ];
}

/**
 * How much faster than real time the measured stack runs: about two minutes for a 40-minute stack. At 50, one Node.js
 * process running 100 handlers lags enough that the lag, multiplied back, shows invocations past Lambda's 300 s that
 * are not there at 20 or below (seen here: 34 of 950 at 50, 0 of 9,211 at 20, for the same 102 registrations).
 */
const TIME_SCALE = 20;

async function main(): Promise<void> {
  for (const count of [1, 500]) console.log(measure(count));
  for (const line of projectDeploy(500)) console.log(line);
  const folder = generatedRecordsFolder(500, 2);
  const { lock } = placeFleet({ recordsFolder: folder, requestsPerSecond: REQUESTS_PER_SECOND });
  await runBusiestStack(folder, lock, loadFleetRecords(folder).records, TIME_SCALE);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
