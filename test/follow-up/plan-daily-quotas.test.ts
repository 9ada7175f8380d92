import { CreateRegistrationVersionCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { indonesiaProperties } from '../../tools/fixtures/sample-properties';
import { writeCloudAssembly } from './cloud-assembly-fixture';
import { deployedIn, managedIndia, STACK_NAME, toolClient } from './deployed-states';
import { cli, CliRun, registrarForTools } from './follow-up-env';

const local = registrarForTools();
beforeEach(() => local.current.admin.reset());

function planOf(resources: Record<string, Record<string, unknown>>, ...options: string[]): Promise<CliRun> {
  return cli(['plan', '--stack', STACK_NAME, '--app', writeCloudAssembly(STACK_NAME, 'ap-south-1', resources), ...options]);
}

function writes(): string[] {
  return local.current.admin.callLog().filter((c) => !/^(Describe|List)/.test(c.operation)).map((c) => c.operation);
}

/** India properties whose monthly volume differs from what was deployed: on an approved registration, a new version. */
function changed(props: Record<string, unknown>): Record<string, unknown> {
  return { ...props, Fields: { ...(props.Fields as object), 'messagingUseCase.monthlyMessageVolume': ['1,000,000'] } };
}

describe('plan and the daily quotas, which the service does not report', () => {
  test('a new version beyond what is left of REGISTRATION_VERSIONS_CREATED_PER_DAY today is refused, counting the versions created today', async () => {
    // GIVEN two approved registrations, one of which got a new version today outside the stack
    await deployedIn(local.current, 'approved', managedIndia('APPRVD'));
    const other = await deployedIn(local.current, 'approved', managedIndia('OTHERS'));
    await toolClient(local.current).send(new CreateRegistrationVersionCommand({ RegistrationId: other }));
    local.current.admin.clearCallLog();

    // WHEN the stack changes the first, at a daily quota of one version
    const run = await planOf({ Approved: changed(managedIndia('APPRVD')), Other: managedIndia('OTHERS') }, '--versions-per-day', '1');

    // THEN the plan refuses before any write, with the figures, what happens and what to do
    expect(run.code).toBe(1);
    expect(run.out).toContain('Refused: the deploy does not fit the account\'s quotas; nothing was written:');
    expect(run.err).toMatch(new RegExp('REGISTRATION_VERSIONS_CREATED_PER_DAY: the deploy would create 1 registration version today, the account '
      + 'created 1 in the last 24 hours of at most 1 a day \\(0 left\\)\\. The deploy would stop at the refused creation and roll back\\. '
      + 'Deploy again once the quota frees up \\(within 24 hours\\)'));
    expect(writes()).toEqual([]);
  });

  test('attachments beyond a day\'s REGISTRATION_ATTACHMENTS_CREATED_PER_DAY: refused, saying how many days they take', async () => {
    const run = await planOf({ Indonesia: indonesiaProperties() }, '--attachments-per-day', '5');

    expect(run.code).toBe(1);
    expect(run.out).toContain('the deploy creates 7 attachments: 2 days at REGISTRATION_ATTACHMENTS_CREATED_PER_DAY of 5');
    expect(run.err).toMatch(/REGISTRATION_ATTACHMENTS_CREATED_PER_DAY: the deploy would create 7 attachments today, .*\(5 left\).*No day has room for them all: deploy the changes in 2 parts, one a day/);
    expect(writes()).toEqual([]);
  });

  test('a deploy that fits today says so; without a daily figure the plan names the option and refuses nothing', async () => {
    const fits = await planOf({ Indonesia: indonesiaProperties() }, '--attachments-per-day', '7');
    expect(fits.code).toBe(0);
    expect(fits.out).toContain('the deploy creates 7 attachments: today at REGISTRATION_ATTACHMENTS_CREATED_PER_DAY of 7');

    const unknown = await planOf({ Indonesia: indonesiaProperties() });
    expect(unknown.code).toBe(0);
    expect(unknown.out).toContain('the deploy creates 7 attachments (REGISTRATION_ATTACHMENTS_CREATED_PER_DAY, not reported by the service: '
      + 'give --attachments-per-day N to count the days)');
    expect((await planOf({ Indonesia: indonesiaProperties() }, '--versions-per-day', 'many')).code).toBe(2);
  });
});
