import * as fs from 'node:fs';
import { App } from 'aws-cdk-lib';
import { LoadedRecord } from '../../lib/fleet/fleet-records';
import { CUSTOM_RESOURCE_TIMEOUT_SECONDS, PlacementLock } from '../../lib/fleet/placement';
import { SenderIdRegistrationFleet } from '../../lib/fleet/sender-id-registration-fleet';
import { registrationsOf, stageFileAssets } from '../rehearsal/cloud-assembly';
import { buildEvent } from '../rehearsal/cloudformation-events';
import { startBenchEnvironment } from './bench-environment';
import { printScenario } from './figures';
import { runScenario } from './scenarios';
import { parseSettings } from './settings';

/**
 * The fleet's busiest stack (most writes) deployed for real: its registrations as the fleet synthesizes them, all at
 * once as CloudFormation starts a stack's independent resources, through the real handler against the local registrar
 * with every operation at 1 request/s on a clock `timeScale` times faster. Prints the bench's figures for it.
 */
export async function runBusiestStack(
  folder: string, lock: PlacementLock, records: readonly LoadedRecord[], timeScale: number,
): Promise<void> {
  const writesOf = new Map(records.map((r) => [r.name, r.writes]));
  const perStack = Array.from({ length: lock.stackCount }, (_, i) => Object.entries(lock.records)
    .filter(([, n]) => n === i + 1).reduce((sum, [name]) => sum + (writesOf.get(name) ?? 0), 0));
  const busiest = perStack.indexOf(Math.max(...perStack)) + 1;

  const outdir = `${folder}.run.out`;
  const app = new App({ outdir });
  new SenderIdRegistrationFleet(app, 'Fleet', { recordsFolder: folder, stackProps: { env: { account: '111111111111', region: 'ap-south-1' } } });
  app.synth();
  const stackName = `Fleet-${busiest}`;
  const registrations = registrationsOf(outdir).filter((r) => r.stackName === stackName);
  const s3Root = `${folder}.s3`;
  fs.mkdirSync(s3Root, { recursive: true });
  stageFileAssets(outdir, s3Root);

  const settings = parseSettings(['--count', String(registrations.length), '--time-scale', String(timeScale), '--scenario', 'create']);
  console.log(`\nMeasured: stack ${busiest} of ${lock.stackCount} (${stackName}, the busiest: ${perStack[busiest - 1]} planned writes), `
    + `${registrations.length} registrations deployed at once through the real handler on the local registrar; every operation at 1 request/s, `
    + `reads included; time scale ${timeScale} (quotas × ${timeScale}, durations ÷ ${timeScale}; "projected" = measured × ${timeScale})`);
  const { registrar, apis, handler } = await startBenchEnvironment(settings, s3Root);
  try {
    const events = registrations.map((r) => buildEvent({ LogicalResourceId: r.logicalId, ResourceProperties: r.properties }));
    const result = await runScenario(`create: ${stackName}`, handler, events, settings, registrar, apis);
    printScenario(result, settings);
    const projectedS = (result.wallMs * timeScale) / 1000;
    const failed = result.runs.filter((r) => r.error).length;
    console.log(`\n${stackName} measured: deploy ${Math.round(projectedS)} s (${(projectedS / 60).toFixed(1)} min) of CloudFormation's `
      + `${CUSTOM_RESOURCE_TIMEOUT_SECONDS} s (${projectedS < CUSTOM_RESOURCE_TIMEOUT_SECONDS ? 'within' : 'BEYOND'} the limit); ${failed} failed`);
  } finally {
    await registrar.close();
    for (const dir of [outdir, s3Root]) fs.rmSync(dir, { recursive: true, force: true });
  }
}

