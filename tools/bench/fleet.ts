/**
 * `npm run bench:fleet`: what a fleet costs at synth, and what its stacks project at deploy. Synthesizes a fleet of 1
 * and of 500 generated records (every fifth one Indonesian, with documents), placed by `fleet place`, and prints the
 * synth time, the stacks and the longest projected stack deploy against CloudFormation's one-hour limit.
 */
import { App } from 'aws-cdk-lib';
import { loadFleetRecords } from '../../lib/fleet/fleet-records';
import { CUSTOM_RESOURCE_TIMEOUT_SECONDS } from '../../lib/fleet/placement';
import { SenderIdRegistrationFleet } from '../../lib/fleet/sender-id-registration-fleet';
import { placeFleet } from '../fleet/place-fleet';
import { generatedRecordsFolder } from './fleet-records';

const REQUESTS_PER_SECOND = 1;

function measure(count: number): string {
  const folder = generatedRecordsFolder(count);
  const { lock } = placeFleet({ recordsFolder: folder, requestsPerSecond: REQUESTS_PER_SECOND });
  const started = process.hrtime.bigint();
  const app = new App({ outdir: `${folder}.out` });
  const fleet = new SenderIdRegistrationFleet(app, 'Fleet', {
    recordsFolder: folder, requestsPerSecond: REQUESTS_PER_SECOND, stackProps: { env: { account: '111111111111', region: 'ap-south-1' } },
  });
  const assembly = app.synth();
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

for (const count of [1, 500]) console.log(measure(count));
