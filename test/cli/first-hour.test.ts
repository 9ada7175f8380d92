import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { cli } from '../follow-up/follow-up-env';
import { declareRegistration } from '../review/fixtures/review-app';

// The first hour in a user's own app, in-process: rehearse and keep the registrations, see them, play the reviewer, plan.
// The packed-package test (test/consumer) runs the same sequence through the installed CLI.

let work: string;
let registrationId: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-first-hour-'));
  const app = new App({ outdir: path.join(work, 'cdk.out') });
  declareRegistration(app, 'DEMOCO');
  app.synth();
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('rehearse --local leaves the registration in the state file and says what to run next', async () => {
  const run = await cli(['rehearse', '--assembly', 'cdk.out', '--local', 'registrar.json'], work);

  expect(run.code).toBe(0);
  expect(run.out).toMatch(/status SUBMITTED · version 1/);
  expect(run.out).toContain('npx sender-id-registration status --local registrar.json');
  expect(fs.existsSync(path.join(work, 'registrar.json'))).toBe(true);
  // The file holds declared values: only its owner may read it.
  expect(fs.statSync(path.join(work, 'registrar.json')).mode & 0o077).toBe(0);
});

test('status --local lists the kept registration, submitted, in the stack\'s Region', async () => {
  const run = await cli(['status', '--local', 'registrar.json', '--json'], work);

  expect(run.code).toBe(0);
  const reports = JSON.parse(run.out) as Array<{ registrationId: string; registrationStatus: string; stackName: string; senderId: string }>;
  expect(reports).toEqual([expect.objectContaining({ registrationStatus: 'SUBMITTED', stackName: 'ReviewApp', senderId: 'DEMOCO' })]);
  registrationId = reports[0].registrationId;
});

test('under review, plan --local finds the kept registration: the unchanged app makes no change', async () => {
  const run = await cli(['plan', '--stack', 'ReviewApp', '--assembly', 'cdk.out', '--local', 'registrar.json'], work);

  expect(run.code).toBe(0);
  expect(run.out).toMatch(new RegExp(`India\\w* · IN_SENDER_ID_REGISTRATION · sender ID DEMOCO · ${registrationId}\n  no change \\(version 1 is SUBMITTED\\)`));
});

test('registrar approve --local approves it, and the approval is kept: status shows COMPLETE', async () => {
  const approve = await cli(['registrar', 'approve', '--local', 'registrar.json', '--registration-id', registrationId], work);
  expect(approve.code).toBe(0);
  expect(approve.out).toBe(`${registrationId} version 1: APPROVED`);

  const status = JSON.parse((await cli(['status', '--local', 'registrar.json', '--json'], work)).out);
  expect(status[0].registrationStatus).toBe('COMPLETE');
});

test('after the approval, plan --local shows no change for the unchanged app', async () => {
  const run = await cli(['plan', '--stack', 'ReviewApp', '--assembly', 'cdk.out', '--local', 'registrar.json'], work);

  expect(run.code).toBe(0);
  expect(run.out).toContain('no change (version 1 is APPROVED)');
});

test('rehearsing again updates the kept registration instead of making a second one', async () => {
  const run = await cli(['rehearse', '--assembly', 'cdk.out', '--local', 'registrar.json'], work);

  expect(run.code).toBe(0);
  expect(run.out).toContain('── Update: ReviewApp/India');
  const status = JSON.parse((await cli(['status', '--local', 'registrar.json', '--json'], work)).out);
  expect(status.map((r: { registrationId: string }) => r.registrationId)).toEqual([registrationId]);
});

test('the reviewer of a registration the file does not hold fails, naming it', async () => {
  const run = await cli(['registrar', 'deny', '--local', 'registrar.json', '--registration-id', 'registration-0000'], work);

  expect(run.code).toBe(1);
  expect(run.err).toContain('No live registration registration-0000');
});
