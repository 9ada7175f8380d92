/**
 * `npm start`: the main job on the embedded local registrar, no AWS account needed.
 *
 * Act 1 synthesizes the example app and runs each registration's custom resource through the real
 * handler code (a Create event, as CloudFormation and the Provider framework would send it).
 * Act 2 has the reviewer approve, deploys the example's next revision (one field changed) as an
 * Update, and shows version 2 holding only that change, resubmitted.
 */
import './quiet-env';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { configureHandler } from '../lambda';
import { RegistrationEvent } from '../lambda/events';
import { RegistrationApi } from '../lambda/registration-api';
import { SENDER_ID_FIELD } from '../lib/countries/common-form';
import { parseResourceProperties } from '../lib/resource-properties';
import { runCustomResource } from './provider-simulator';
import { RunningRegistrar, startRegistrar } from './registrar';
import { registrationsOf, stageFileAssets, synthesizeInto, SynthesizedRegistration } from './rehearsal/cloud-assembly';
import { formatReport } from './rehearsal/report';

const ROOT = path.resolve(__dirname, '..');
const STAGE = 'dev';

function synthesize(outdir: string, revision: number): SynthesizedRegistration[] {
  console.log(`$ cdk synth -c stage=${STAGE} -c exampleRevision=${revision}`);
  synthesizeInto(outdir, [`stage=${STAGE}`, `exampleRevision=${revision}`], ROOT);
  return registrationsOf(outdir);
}

/** One registrar per Region, as each Region's SMS service is its own. */
class Registrars {
  private readonly byRegion = new Map<string, RunningRegistrar>();
  constructor(private readonly s3Root: string) {}

  async for(registration: SynthesizedRegistration): Promise<RunningRegistrar> {
    let registrar = this.byRegion.get(registration.region);
    if (!registrar) {
      registrar = await startRegistrar({ region: registration.region, accountId: registration.account, s3Root: this.s3Root });
      this.byRegion.set(registration.region, registrar);
    }
    const client = new PinpointSMSVoiceV2Client({
      endpoint: registrar.url, region: registration.region, credentials: { accessKeyId: 'rehearsal', secretAccessKey: 'rehearsal' },
    });
    // No CloudFormation here: a rehearsed update is never a rollback.
    configureHandler({ api: new RegistrationApi(client), isRollingBack: async () => false });
    registrar.admin.clearCallLog();
    return registrar;
  }

  async close(): Promise<void> {
    await Promise.all([...this.byRegion.values()].map((r) => r.close()));
  }
}

function event(registration: SynthesizedRegistration, parts: Partial<RegistrationEvent>): RegistrationEvent {
  return {
    RequestType: 'Create',
    ServiceToken: 'rehearsal',
    ResponseURL: 'rehearsal',
    StackId: `arn:aws:cloudformation:${registration.region}:${registration.account}:stack/${registration.stackName}/rehearsal`,
    RequestId: `rehearsal-${Date.now()}`,
    LogicalResourceId: registration.logicalId,
    ResourceType: 'Custom::SenderIdRegistration',
    ResourceProperties: registration.properties,
    ...parts,
  } as RegistrationEvent;
}

async function deploy(registrars: Registrars, registration: SynthesizedRegistration, title: string, parts: Partial<RegistrationEvent>) {
  const registrar = await registrars.for(registration);
  const outcome = await runCustomResource(event(registration, parts), { pollIntervalMs: 50 });
  const props = parseResourceProperties(registration.properties);
  console.log(formatReport({
    title: `${title}: ${registration.stackName}/${registration.logicalId}`,
    registrationType: props.RegistrationType,
    senderId: String(props.Fields[SENDER_ID_FIELD]),
    registrationId: outcome.physicalResourceId,
    data: outcome.data,
    calls: registrar.admin.callLog(),
    attachmentFiles: Object.fromEntries(Object.entries(props.Attachments).map(([p, a]) => [p, a.FileName])),
  }));
  return { registrar, outcome };
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-rehearsal-'));
  const s3Root = path.join(work, 's3');
  const registrars = new Registrars(s3Root);
  try {
    const revision1 = synthesize(path.join(work, 'revision-1'), 1);
    stageFileAssets(path.join(work, 'revision-1'), s3Root);
    console.log(`\nAct 1: create (${revision1.length} registrations, local registrar, no AWS account)\n`);
    const created = new Map<string, string>();
    for (const registration of revision1) {
      const { outcome } = await deploy(registrars, registration, 'Create', {});
      created.set(registration.logicalId, outcome.physicalResourceId);
    }

    const revision2 = synthesize(path.join(work, 'revision-2'), 2);
    console.log('\nAct 2: the reviewer approves; the example\'s revision 2 is deployed as an update\n');
    for (const registration of revision2) {
      const before = revision1.find((r) => r.logicalId === registration.logicalId)!;
      const id = created.get(registration.logicalId)!;
      (await registrars.for(registration)).admin.approve(id);
      console.log(`   reviewer: approved ${id} version 1`);
      await deploy(registrars, registration, 'Update', { RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: before.properties } as Partial<RegistrationEvent>);
    }
    console.log('\nRehearsal complete: every registration was created and submitted, then updated through the real handler code.');
  } finally {
    await registrars.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`\nRehearsal failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
