import { CreateRegistrationVersionCommand, PutRegistrationFieldValueCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { plan } from '../../tools/plan/cli';
import { RunningRegistrar } from '../../tools/registrar';
import { status } from '../../tools/status/cli';
import { startHandlerAgainstRegistrar } from '../support/local-registrar';
import { writeCloudAssembly } from './cloud-assembly-fixture';
import { deployedIn, managedIndia, PERSONAL_VALUES, STACK_NAME, toolClient } from './deployed-states';
import { pointToolsAt, printed } from './follow-up-env';

/**
 * Drift: a draft changed outside the stack (the console, End User Messaging brand profiles that re-push values into
 * drafts) is named by plan and status before a deploy converges it, by field path only.
 */

let registrar: RunningRegistrar;
let restoreEnv: () => void;
beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar({ newVersionMode: 'copy' });
  restoreEnv = pointToolsAt(registrar);
});
afterAll(async () => {
  restoreEnv();
  await registrar.close();
});
beforeEach(() => registrar.admin.reset());

const OUTSIDE_EMAIL = 'outside-planted@example.com';

/** What someone does in the console: open a new version of an approved registration and change two fields in it. */
async function changedOutside(registrationId: string): Promise<void> {
  const client = toolClient(registrar);
  await client.send(new CreateRegistrationVersionCommand({ RegistrationId: registrationId }));
  await client.send(new PutRegistrationFieldValueCommand({ RegistrationId: registrationId, FieldPath: 'companyInfo.website', TextValue: 'https://example.org' }));
  await client.send(new PutRegistrationFieldValueCommand({ RegistrationId: registrationId, FieldPath: 'contactInfo.emailAddress', TextValue: OUTSIDE_EMAIL }));
}

test('plan and status name the fields of a draft changed outside the stack, never their values; an untouched registration has no drift', async () => {
  // GIVEN two approved registrations, one of which was then changed in a draft outside the stack
  const drifted = await deployedIn(registrar, 'approved', managedIndia('DRIFTD'));
  await deployedIn(registrar, 'approved', managedIndia('STEADY'));
  await changedOutside(drifted);

  // WHEN plan and status run
  const planned = await printed(plan, ['--stack', STACK_NAME, '--app',
    writeCloudAssembly(STACK_NAME, 'ap-south-1', { Drifted: managedIndia('DRIFTD'), Steady: managedIndia('STEADY') })]);
  const statusText = await printed(status, ['--region', 'ap-south-1']);

  // THEN both say which fields of which draft changed, and plan says the deploy converges them
  const expected = 'drift: draft version 2 differs from version 1 in 2 fields (companyInfo.website, contactInfo.emailAddress): '
    + 'changed outside the stack (console, brand profiles) or left by a deploy that stopped';
  const block = (logicalId: string) => planned.split('\n\n').find((b) => b.startsWith(`${logicalId} · `)) ?? '';
  expect(block('Drifted')).toContain(`${expected}; the next deploy converges it to the declared values`);
  expect(block('Steady')).not.toContain('drift');
  expect(statusText).toContain(expected);
  expect(statusText.match(/drift:/g)).toHaveLength(1);
  for (const value of [OUTSIDE_EMAIL, ...PERSONAL_VALUES]) {
    expect(`${planned}\n${statusText}`).not.toContain(value);
  }
});
