import * as fs from 'fs';
import * as path from 'path';
import { RunningRegistrar, startRegistrar } from '../../tools/registrar';
import { cli, pointToolsAt } from '../follow-up/follow-up-env';
import { indiaRecord, PDF, recordsFolder } from './fleet-fixtures';

let registrar: RunningRegistrar;
let restoreEnv: () => void;
beforeAll(async () => {
  registrar = await startRegistrar({ region: 'ap-south-1' });
  restoreEnv = pointToolsAt(registrar);
});
afterAll(async () => {
  restoreEnv();
  await registrar.close();
});
beforeEach(() => registrar.admin.reset());

/** Three India records, the first two with a document each. */
function threeRecords(): string {
  const withDocument = { attachments: { 'senderIdInfo.proofOfSenderIdConnection': 'loa.pdf' } };
  return recordsFolder({
    'loa.pdf': PDF,
    'a.json': indiaRecord({ senderId: 'DEMOA', ...withDocument }),
    'b.json': indiaRecord({ senderId: 'DEMOB', ...withDocument }),
    'c.json': indiaRecord({ senderId: 'DEMOC' }),
  });
}

const lockFile = (folder: string) => path.join(folder, 'placement.json');

describe('fleet place --check-quotas', () => {
  test('refuses records that do not fit REGISTRATIONS_PER_ACCOUNT: exit 1, the quota named, placement.json not written', async () => {
    // GIVEN an account that may hold two registrations, and three records
    registrar.admin.setFaults({ accountLimits: { REGISTRATIONS_PER_ACCOUNT: 2 } });
    const folder = threeRecords();

    // WHEN
    const run = await cli(['fleet', 'place', '--records', folder, '--check-quotas']);

    // THEN
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/REGISTRATIONS_PER_ACCOUNT: the deploy would create 3 registrations, the account holds 0 of at most 2 \(2 left\)/);
    expect(run.out).toContain('placement.json was left as it was');
    expect(fs.existsSync(lockFile(folder))).toBe(false);
    expect(registrar.admin.callLog().map((c) => c.operation)).toEqual(['DescribeAccountLimits']);
  });

  test('refuses records whose documents do not fit REGISTRATION_ATTACHMENTS_PER_ACCOUNT, and leaves an existing lock unchanged', async () => {
    // GIVEN c placed already, then a and b added, in an account that may hold one attachment
    const folder = threeRecords();
    fs.renameSync(path.join(folder, 'a.json'), path.join(folder, 'a.later'));
    fs.renameSync(path.join(folder, 'b.json'), path.join(folder, 'b.later'));
    expect((await cli(['fleet', 'place', '--records', folder])).code).toBe(0);
    fs.renameSync(path.join(folder, 'a.later'), path.join(folder, 'a.json'));
    fs.renameSync(path.join(folder, 'b.later'), path.join(folder, 'b.json'));
    const before = fs.readFileSync(lockFile(folder), 'utf8');
    registrar.admin.setFaults({ accountLimits: { REGISTRATION_ATTACHMENTS_PER_ACCOUNT: 1 } });

    // WHEN
    const run = await cli(['fleet', 'place', '--records', folder, '--check-quotas']);

    // THEN only the records placed now count: two registrations, two documents
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/REGISTRATION_ATTACHMENTS_PER_ACCOUNT: the deploy would create 2 attachments, the account holds 0 of at most 1/);
    expect(fs.readFileSync(lockFile(folder), 'utf8')).toBe(before);
  });

  test('places records that fit, and says how many days of the daily attachment quota their first deploy takes', async () => {
    registrar.admin.setFaults({ accountLimits: { REGISTRATIONS_PER_ACCOUNT: 3 } });
    const folder = threeRecords();

    const run = await cli(['fleet', 'place', '--records', folder, '--check-quotas', '--attachments-per-day', '1']);

    expect(run.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(lockFile(folder), 'utf8')).records).toEqual({ a: 1, b: 1, c: 1 });
    expect(run.out).toMatch(/the first deploy of the 3 records placed now creates 3 registrations and 2 attachments \(the account holds 0 of at most 3 registrations/);
    expect(run.out).toMatch(/creates 2 attachments: 2 days at REGISTRATION_ATTACHMENTS_CREATED_PER_DAY of 1/);
    expect(run.out).toMatch(/makes no CreateRegistrationVersion call .* so REGISTRATION_VERSIONS_CREATED_PER_DAY takes no day/);
  });

  test('without a daily figure it names the option that gives one; without --check-quotas nothing is read', async () => {
    const folder = threeRecords();
    const checked = await cli(['fleet', 'place', '--records', folder, '--check-quotas']);
    expect(checked.out).toMatch(/creates 2 attachments \(REGISTRATION_ATTACHMENTS_CREATED_PER_DAY, not reported by the service: give --attachments-per-day N/);

    registrar.admin.clearCallLog();
    expect((await cli(['fleet', 'place', '--records', threeRecords()])).code).toBe(0);
    expect(registrar.admin.callLog()).toEqual([]);
    expect((await cli(['fleet', 'place', '--records', folder, '--attachments-per-day', '5'])).code).toBe(2);
    expect((await cli(['fleet', 'place', '--records', folder, '--check-quotas', '--attachments-per-day', '0'])).code).toBe(2);
  });
});
