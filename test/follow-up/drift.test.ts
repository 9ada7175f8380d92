import { PutRegistrationFieldValueCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource } from '../support/local-registrar';
import { writeCloudAssembly } from './cloud-assembly-fixture';
import { deployedIn, managedIndia, PERSONAL_VALUES, STACK_NAME, toolClient } from './deployed-states';
import { printed, registrarForTools } from './follow-up-env';

// Drift is measured against what the last deploy wrote (its fingerprint on the registration), not against the version
// before: a draft the stack itself left (submit: false) is not drift, and a change made in that very draft is.
const local = registrarForTools({ newVersionMode: 'copy' });
beforeEach(() => local.current.admin.reset());

const STACK_EMAIL = 'stack-planted@example.com';
const OUTSIDE_EMAIL = 'console-planted@example.com';

function withEmail(props: Record<string, unknown>, email: string): Record<string, unknown> {
  return { ...props, Fields: { ...(props.Fields as object), 'contactInfo.emailAddress': email } };
}

async function planBlock(props: Record<string, unknown>): Promise<string> {
  const output = await printed(['plan', '--stack', STACK_NAME, '--app', writeCloudAssembly(STACK_NAME, 'ap-south-1', { Draft: props })]);
  return output.split('\n\n').find((b) => b.startsWith('Draft · ')) ?? output;
}

async function statusJson(): Promise<any[]> {
  return JSON.parse(await printed(['status', '--region', 'ap-south-1', '--json']));
}

test('a new draft the stack itself wrote (submit: false) shows no drift, though it differs from the version before', async () => {
  // GIVEN an approved registration, then an update of the stack that writes a new email into version 2 and leaves it a draft
  const declared = managedIndia('OWNDFT');
  const id = await deployedIn(local.current, 'approved', declared);
  const changed = withEmail({ ...declared, Submit: 'false' }, STACK_EMAIL);
  await runCustomResource(buildEvent({ RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: declared, ResourceProperties: changed }));

  // WHEN plan and status run, THEN neither reports drift: every value in the draft is the stack's own
  const [report] = await statusJson();
  expect(report.versions.map((v: any) => v.status)).toEqual(['APPROVED', 'DRAFT']);
  expect(report.drift).toBeUndefined();
  expect(await planBlock(changed)).not.toContain('drift');
});

test('a field changed in the deployed draft itself is named, with its version', async () => {
  // GIVEN a draft deployed with submit: false, whose company name someone then changes in the console
  const declared = managedIndia('OUTDFT', { Submit: 'false' });
  const id = await deployedIn(local.current, 'draft', declared);
  await toolClient(local.current).send(new PutRegistrationFieldValueCommand({
    RegistrationId: id, FieldPath: 'companyInfo.companyName', TextValue: 'Console Planted Ltd',
  }));

  // WHEN plan and status run
  const block = await planBlock(declared);
  const [report] = await statusJson();
  const text = await printed(['status', '--region', 'ap-south-1']);

  // THEN both name the field and the version, and plan says the next deploy puts the declared value back
  const expected = 'drift: changed outside the stack since the last deploy: companyInfo.companyName (version 1)';
  expect(block).toContain(`${expected}; the next deploy converges it to the declared values`);
  expect(text).toContain(expected);
  expect(report.drift).toEqual({ versionNumber: 1, writtenVersion: 1, changedPaths: ['companyInfo.companyName'], removedCount: 0 });

  // WHEN the stack is deployed again, THEN the value is the declared one and the drift is gone
  await runCustomResource(buildEvent({ RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: declared, ResourceProperties: declared }));
  expect(await planBlock(declared)).not.toContain('drift');
});

test('personal data changed outside the stack is told without naming the field, and its value never appears', async () => {
  // GIVEN a draft deployed with submit: false, whose email someone then changes in the console
  const declared = managedIndia('PIIDFT', { Submit: 'false' });
  const id = await deployedIn(local.current, 'draft', declared);
  await toolClient(local.current).send(new PutRegistrationFieldValueCommand({
    RegistrationId: id, FieldPath: 'contactInfo.emailAddress', TextValue: OUTSIDE_EMAIL,
  }));

  // WHEN plan and status run
  const block = await planBlock(declared);
  const [report] = await statusJson();
  const text = await printed(['status', '--region', 'ap-south-1']);

  // THEN both say personal data changed (the fingerprint has no per-field code for it), and show no value
  const expected = 'drift: changed outside the stack since the last deploy: personal data (which field is not recorded) (version 1)';
  expect(block).toContain(expected);
  expect(text).toContain(expected);
  expect(report.drift).toMatchObject({ changedPaths: [], inPersonalData: true });
  for (const value of [OUTSIDE_EMAIL, ...PERSONAL_VALUES]) expect(`${block}\n${text}\n${JSON.stringify(report)}`).not.toContain(value);
});
