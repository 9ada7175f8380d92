import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildIsvFleetApp } from '../../examples/isv-fleet/app';
import { RESOURCE_TAG_KEY, STACK_TAG_KEY } from '../../lib/core/contract/resource-properties';
import { runCli } from '../../tools/cli/main';
import { fleetRecordLogicalId, FleetStatusRow } from '../../tools/fleet/fleet-status';
import { RunningRegistrar } from '../../tools/registrar';
import { deployedIn, managedIndia } from '../follow-up/deployed-states';
import { pointToolsAt } from '../follow-up/follow-up-env';
import { startHandlerAgainstRegistrar } from '../support/local-registrar';

const RECORDS = path.join(__dirname, '..', '..', 'examples', 'isv-fleet', 'records');

let registrar: RunningRegistrar;
let restoreEnv: () => void;
let indiaId: string;
let orphanId: string;
let jordanId: string;

const tagged = (stack: string, logicalId: string) => [{ Key: STACK_TAG_KEY, Value: stack }, { Key: RESOURCE_TAG_KEY, Value: logicalId }];

beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar();
  restoreEnv = pointToolsAt(registrar);
  // GIVEN the example's India record deployed and under review, a registration of a removed record, and one of another app
  indiaId = await deployedIn(registrar, 'under review', managedIndia('DEMOCO', { Tags: tagged('IsvFleet-1', fleetRecordLogicalId('demo-india')) }));
  // a record sent back by the reviewer (deployed as India here: only its tags tie it to the record)
  jordanId = await deployedIn(registrar, 'denied', managedIndia('DEMOJO', { Tags: tagged('IsvFleet-1', fleetRecordLogicalId('demo-jordan')) }));
  orphanId = await deployedIn(registrar, 'approved', managedIndia('GONEID', { Tags: tagged('IsvFleet-1', fleetRecordLogicalId('gone')) }));
  await deployedIn(registrar, 'draft', managedIndia('OTHERS', { Tags: tagged('OtherApp', fleetRecordLogicalId('demo-india')) }));
});
afterAll(async () => {
  restoreEnv();
  await registrar.close();
});

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: () => undefined, cwd: process.cwd() });
  return { code, out: out.join('\n') };
}

describe('sender-id-registration fleet status', () => {
  test('the logical id it looks for is the one the fleet puts in the registration\'s resource tag', () => {
    const fleet = buildIsvFleetApp(new App());
    const template = Template.fromStack(fleet.stacks[0]);
    const india = Object.entries(template.findResources('Custom::SenderIdRegistration'))
      .find(([, r]) => (r.Properties.Fields as Record<string, string>)['senderIdInfo.senderId'] === 'DEMOCO')!;
    expect(india[0]).toBe(fleetRecordLogicalId('demo-india'));
  });

  test('--json: every record with its stack and status, and the fleet\'s registrations no record claims', async () => {
    const { code, out } = await run(['fleet', 'status', '--records', RECORDS, '--stack-prefix', 'IsvFleet-', '--json']);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as FleetStatusRow[];
    expect(rows.map((r) => [r.record, r.stack, r.senderId, r.status, r.registrationId])).toEqual([
      ['demo-india', 'IsvFleet-1', 'DEMOCO', 'SUBMITTED', indiaId],
      ['demo-indonesia', 'IsvFleet-1', 'DEMOID', 'NOT_DEPLOYED', undefined],
      ['demo-jordan', 'IsvFleet-1', 'DEMOJO', 'REQUIRES_UPDATES', jordanId],
      [undefined, 'IsvFleet-1', undefined, 'COMPLETE', orphanId],
    ]);
  });

  test('--csv and the table carry the same rows; the table starts with a summary', async () => {
    const csv = (await run(['fleet', 'status', '--records', RECORDS, '--stack-prefix', 'IsvFleet-', '--csv'])).out.split('\n');
    expect(csv[0]).toBe('record,stack,senderId,registrationType,status,registrationId,recordFile,latestVersion,latestVersionStatus,denialReasons');
    expect(csv[1]).toBe(`demo-india,IsvFleet-1,DEMOCO,IN_SENDER_ID_REGISTRATION,SUBMITTED,${indiaId},demo-india.yaml,1,SUBMITTED,`);
    expect(csv).toHaveLength(5);
    const table = (await run(['fleet', 'status', '--records', RECORDS, '--stack-prefix', 'IsvFleet-'])).out;
    expect(table.split('\n')[0])
      .toBe('3 records: 1 SUBMITTED, 1 NOT_DEPLOYED, 1 REQUIRES_UPDATES; 1 registration of the fleet\'s stacks without a record');
    expect(table).toContain('(no record)');
  });

  test('status --fleet: the same rows, with each record\'s file, latest version and its status, and the reviewer\'s reasons in short', async () => {
    const fleet = await run(['status', '--fleet', '--records', RECORDS, '--stack-prefix', 'IsvFleet-', '--json']);
    expect(fleet.code).toBe(0);
    const rows = JSON.parse(fleet.out) as FleetStatusRow[];
    expect(rows).toEqual(JSON.parse((await run(['fleet', 'status', '--records', RECORDS, '--stack-prefix', 'IsvFleet-', '--json'])).out));
    expect(rows.map((r) => [r.recordFile, r.latestVersion, r.latestVersionStatus, r.denialReasons])).toEqual([
      ['demo-india.yaml', 1, 'SUBMITTED', undefined],
      ['demo-indonesia.yaml', undefined, undefined, undefined],
      ['demo-jordan.json', 1, 'DENIED', 'Sender ID not registered'],
      [undefined, 1, 'APPROVED', undefined],
    ]);
    const csv = (await run(['status', '--fleet', '--records', RECORDS, '--stack-prefix', 'IsvFleet-', '--csv'])).out.split('\n');
    expect(csv[3]).toBe(`demo-jordan,IsvFleet-1,DEMOJO,IN_SENDER_ID_REGISTRATION,REQUIRES_UPDATES,${jordanId},demo-jordan.json,1,DENIED,Sender ID not registered`);
    // The rows carry no value of a record's form, so no personal data (lib/core/personal-data.ts) can reach them.
    expect(fleet.out).not.toContain('sms-registrations@example.com');
    expect((await run(['status', '--fleet', '--records', RECORDS])).code).toBe(2);
  });

  test('usage errors exit 2', async () => {
    expect((await run(['fleet', 'status', '--records', RECORDS])).code).toBe(2);
    expect((await run(['fleet', 'status', '--stack-prefix', 'X-'])).code).toBe(2);
    expect((await run(['fleet', 'status', '--records', RECORDS, '--stack-prefix', 'X-', '--json', '--csv'])).code).toBe(2);
  });
});
