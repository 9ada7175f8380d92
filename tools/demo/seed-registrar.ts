/**
 * `npm run registrar:seed -- [--india STATE] [--indonesia STATE] [--stage dev] [--s3-root DIR]`:
 * fills a running local registrar (`npm run registrar -- --account-id 111111111111`, the dev account the example's
 * secret ARN names; reached through AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2)
 * with the example app's registrations, deployed through the real handler code as `npm start` does,
 * then has the registrar's reviewer put each in STATE: draft, review, approved or denied. It first
 * forgets everything the registrar held. This is
 * what `npm run status` and `npm run plan` are shown against without an AWS account.
 */
import '../quiet-env';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { createHandler, defaultClient, RegistrationApi, RegistrationEvent, SecretsManagerReader } from '../../lambda/tools-api';
import { commandArgs, HelpRequested } from '../cli/args';
import SAMPLE_DENIALS from '../fixtures/sample-denials.json';
import { runCustomResource } from '../provider-simulator';
import { connectRegistrarAdmin, Denial, readSecretsFile, RemoteRegistrarAdmin, SecretValueInput } from '../registrar';
import { registrationsOf, stageFileAssets, synthesizeInto, SynthesizedRegistration } from '../rehearsal/cloud-assembly';
import { buildEvent, stackId } from '../rehearsal/cloudformation-events';

const EXAMPLE_SECRETS = path.join(__dirname, '..', '..', 'examples', 'secrets.json');

const USAGE = 'Usage: npm run registrar:seed -- [--india draft|review|approved|denied] [--indonesia draft|review|approved|denied] '
  + '[--stage dev] [--s3-root DIR]   (the registrar must run with the same --s3-root, default .rehearsal/s3)';
const STATES = ['draft', 'review', 'approved', 'denied'];

/** A reviewer's denial as the service words it, with reasons on the version and on two fields. */
const DEMO_DENIAL: Denial = SAMPLE_DENIALS.indonesia;

function synthesize(outdir: string, stage: string): SynthesizedRegistration[] {
  synthesizeInto(outdir, [`stage=${stage}`]);
  return registrationsOf(outdir);
}

function createEvent(registration: SynthesizedRegistration, submit: boolean): RegistrationEvent {
  return buildEvent({
    ServiceToken: 'seed', ResponseURL: 'seed', RequestId: `seed-${Date.now()}`,
    StackId: stackId({ region: registration.region, account: registration.account, stackName: registration.stackName, suffix: 'seed' }),
    LogicalResourceId: registration.logicalId,
    // A draft is what a deploy with `submit: false` leaves.
    ResourceProperties: { ...registration.properties, ...(submit ? {} : { Submit: 'false' }) },
  });
}

async function review(admin: RemoteRegistrarAdmin, registrationId: string, state: string): Promise<void> {
  if (state === 'approved') await admin.approve(registrationId);
  if (state === 'denied') await admin.deny(registrationId, DEMO_DENIAL);
  if (state === 'review') await admin.setVersionStatus(registrationId, 'REVIEWING');
}

async function main(): Promise<void> {
  const args = commandArgs(process.argv.slice(2), { india: { type: 'string' }, indonesia: { type: 'string' }, stage: { type: 'string' }, 's3-root': { type: 'string' } });
  const states: Record<string, string> = { India: args.india ?? 'approved', Indonesia: args.indonesia ?? 'denied' };
  for (const state of Object.values(states)) if (!STATES.includes(state)) throw new Error(`Unknown state ${state}\n${USAGE}`);
  const url = process.env.AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2;
  if (!url) throw new Error(`Set AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2 to the registrar's URL ("npm run registrar" prints it)\n${USAGE}`);
  const stage = args.stage ?? 'dev';
  const admin = connectRegistrarAdmin(url);
  // Seeding again starts over, so each stack holds exactly one registration per sender ID.
  await admin.reset();
  // The Indonesian example's contact and address come from its secret: the registrar serves the example's file.
  for (const [name, value] of Object.entries(readSecretsFile(EXAMPLE_SECRETS))) await admin.putSecret(name, value as SecretValueInput);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-seed-'));
  try {
    const registrations = synthesize(work, stage);
    stageFileAssets(work, path.resolve(args['s3-root'] ?? '.rehearsal/s3'));
    for (const registration of registrations) {
      const country = registration.properties.RegistrationType === 'IN_SENDER_ID_REGISTRATION' ? 'India' : 'Indonesia';
      const handler = createHandler({
        api: new RegistrationApi(defaultClient({ region: registration.region })),
        secrets: new SecretsManagerReader(new SecretsManagerClient({ region: registration.region, endpoint: url })),
        isRollingBack: async () => false,
      });
      const outcome = await runCustomResource(handler, createEvent(registration, states[country] !== 'draft'), { pollIntervalMs: 50 });
      await review(admin, outcome.physicalResourceId, states[country]);
      console.log(`${registration.stackName}/${registration.logicalId}: ${outcome.physicalResourceId} deployed, now ${states[country]}`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  if (error instanceof HelpRequested) return console.log(USAGE);
  console.error(`registrar:seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
