import { indonesiaProperties } from '../../tools/fixtures/sample-properties';
import { writeCloudAssembly } from './cloud-assembly-fixture';
import { deployedIn, managedIndia, STACK_NAME } from './deployed-states';
import { cli, CliRun, registrarForTools } from './follow-up-env';

const local = registrarForTools();
beforeEach(() => local.current.admin.reset());

function planOf(resources: Record<string, Record<string, unknown>>): Promise<CliRun> {
  return cli(['plan', '--stack', STACK_NAME, '--app', writeCloudAssembly(STACK_NAME, 'ap-south-1', resources)]);
}

function writes(): string[] {
  return local.current.admin.callLog().filter((c) => !/^(Describe|List)/.test(c.operation)).map((c) => c.operation);
}

describe('plan refuses a deploy that does not fit the account, before anything is written', () => {
  test('new registrations beyond REGISTRATIONS_PER_ACCOUNT', async () => {
    // GIVEN an account that holds one registration and may hold two
    await deployedIn(local.current, 'approved', managedIndia('APPRVD'));
    local.current.admin.setFaults({ accountLimits: { REGISTRATIONS_PER_ACCOUNT: 2 } });
    local.current.admin.clearCallLog();

    // WHEN the stack keeps it and adds two more
    const planned = planOf({ Kept: managedIndia('APPRVD'), First: managedIndia('NEWONE'), Second: managedIndia('NEWTWO') });

    // THEN plan refuses, naming the quota, the figures and what to do, and wrote nothing
    const run = await planned;
    expect(run.code).toBe(1);
    expect(run.out).toContain('Refused: the deploy does not fit the account');
    expect(run.err).toMatch(/REGISTRATIONS_PER_ACCOUNT: the deploy would create 2 registrations, the account holds 1 of at most 2 \(1 left\)/);
    expect(writes()).toEqual([]);
  });

  test('new attachments beyond REGISTRATION_ATTACHMENTS_PER_ACCOUNT', async () => {
    local.current.admin.setFaults({ accountLimits: { REGISTRATION_ATTACHMENTS_PER_ACCOUNT: 6 } });

    const planned = planOf({ Indonesia: indonesiaProperties() });

    const run = await planned;
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/REGISTRATION_ATTACHMENTS_PER_ACCOUNT: the deploy would create 7 attachments/);
    expect(writes()).toEqual([]);
  });

  test('a registration replacing a CLOSED one (DESTROY) counts as a new registration', async () => {
    // GIVEN a CLOSED registration with DESTROY, in an account that holds it and may hold no more
    const closed = await deployedIn(local.current, 'approved', managedIndia('CLOSDX', { RemovalPolicy: 'destroy' }));
    local.current.admin.setRegistrationStatus(closed, 'CLOSED');
    local.current.admin.setFaults({ accountLimits: { REGISTRATIONS_PER_ACCOUNT: 1 } });
    local.current.admin.clearCallLog();

    const run = await planOf({ Closed: managedIndia('CLOSDX', { RemovalPolicy: 'destroy' }) });

    expect(run.code).toBe(1);
    expect(run.err).toMatch(/REGISTRATIONS_PER_ACCOUNT: the deploy would create 1 registrations, the account holds 1 of at most 1 \(0 left\)/);
    expect(writes()).toEqual([]);
  });

  test('a deploy that fits is planned as before, and one that creates nothing reads no limits', async () => {
    local.current.admin.setFaults({ accountLimits: { REGISTRATIONS_PER_ACCOUNT: 2 } });
    const fits = await planOf({ First: managedIndia('NEWONE') });
    expect(fits.code).toBe(0);
    expect(fits.out).not.toMatch(/Refused/);

    await deployedIn(local.current, 'approved', managedIndia('APPRVD'));
    local.current.admin.clearCallLog();
    await planOf({ Kept: managedIndia('APPRVD') });
    expect(local.current.admin.callLog().map((c) => c.operation)).not.toContain('DescribeAccountLimits');
  });
});
