import { CreateRegistrationVersionCommand, PutRegistrationFieldValueCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { RESOURCE_TAG_KEY, STACK_TAG_KEY } from '../../lib/core/contract/resource-properties';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, writeCalls } from '../support/local-registrar';
import { writeCloudAssembly } from './cloud-assembly-fixture';
import { deployedIn, managedIndia, PERSONAL_VALUES, STACK_NAME, toolClient } from './deployed-states';
import { printed, registrarForTools } from './follow-up-env';

const NEW_EMAIL = 'new-owner-planted@example.com';

/** The declared change: one public select field and one personal text field. */
function changed(props: Record<string, unknown>): Record<string, unknown> {
  return {
    ...props,
    Fields: { ...(props.Fields as object), 'messagingUseCase.monthlyMessageVolume': ['1,000,000'], 'contactInfo.emailAddress': NEW_EMAIL },
  };
}

// Copied new versions, so the fields the plan lists are exactly the ones the deploy writes.
const local = registrarForTools({ newVersionMode: 'copy' });
beforeEach(() => local.current.admin.reset());

/** `npm run plan -- --stack STACK_NAME --app <assembly of these resources>`, split into one block per resource. */
async function planOf(resources: Record<string, Record<string, unknown>>): Promise<{ output: string; block: (logicalId: string) => string }> {
  const output = await printed(['plan', '--stack', STACK_NAME, '--app', writeCloudAssembly(STACK_NAME, 'ap-south-1', resources)]);
  const blocks = output.split('\n\n');
  return { output, block: (logicalId) => blocks.find((b) => b.startsWith(`${logicalId} · `)) ?? `(no block for ${logicalId})` };
}

describe('npm run plan: what cdk deploy would do to each registration', () => {
  test('one stack, every state: draft, under review, approved, denied, unchanged, tags only, not deployed', async () => {
    // GIVEN registrations deployed by the handler and reviewed
    const ids = {
      draft: await deployedIn(local.current, 'draft', managedIndia('DRAFTS')),
      review: await deployedIn(local.current, 'under review', managedIndia('INREVW')),
      approved: await deployedIn(local.current, 'approved', managedIndia('APPRVD')),
      denied: await deployedIn(local.current, 'denied', managedIndia('DENIED')),
      same: await deployedIn(local.current, 'approved', managedIndia('SAMESS')),
      tags: await deployedIn(local.current, 'approved', managedIndia('TAGSON')),
    };
    local.current.admin.clearCallLog();

    // WHEN the app declares changes to most of them, and one registration that is not deployed yet
    const { output, block } = await planOf({
      Draft: changed(managedIndia('DRAFTS', { Submit: 'false' })),
      Review: changed(managedIndia('INREVW')),
      Approved: changed(managedIndia('APPRVD')),
      Denied: changed(managedIndia('DENIED')),
      Same: managedIndia('SAMESS'),
      Tags: managedIndia('TAGSON', { Tags: [{ Key: STACK_TAG_KEY, Value: STACK_NAME }, { Key: 'cost-centre', Value: '42' }] }),
      Fresh: managedIndia('FRESHH'),
    });

    // THEN each block says what the handler's planner decides, with field paths and personal values hidden
    expect(output).toContain(`Plan for stack ${STACK_NAME} in ap-south-1`);
    const volume = '~ messagingUseCase.monthlyMessageVolume: ["100,000"] → ["1,000,000"]';
    const email = `~ contactInfo.emailAddress: (hidden personal data, ${PERSONAL_VALUES[0].length} characters) → (hidden personal data, ${NEW_EMAIL.length} characters)`;
    expect(block('Draft')).toBe([
      `Draft · IN_SENDER_ID_REGISTRATION · sender ID DRAFTS · ${ids.draft}`,
      '  write 2 field changes into draft version 1, and leave it as a draft (submit: false)',
      `    ${email}`,
      `    ${volume}`,
    ].join('\n'));
    expect(block('Review')).toContain('  blocked: version 1 is SUBMITTED (under review), so the deploy would fail and write nothing; 2 field changes waiting');
    expect(block('Review')).toContain(volume);
    expect(block('Approved')).toContain(`${ids.approved}\n  new version 2 (version 1 is APPROVED) with 2 field changes, then submit it for review\n    ${email}`);
    expect(block('Denied')).toContain('  new version 2 (version 1 is DENIED) with 2 field changes, then submit it for review');
    expect(block('Same')).toBe(`Same · IN_SENDER_ID_REGISTRATION · sender ID SAMESS · ${ids.same}\n  no change (version 1 is APPROVED)`);
    expect(block('Tags')).toBe([
      `Tags · IN_SENDER_ID_REGISTRATION · sender ID TAGSON · ${ids.tags}`,
      '  tags only (version 1 is APPROVED; no new version)',
      '  tags: set cost-centre=42; remove team',
    ].join('\n'));
    expect(block('Fresh')).toBe('Fresh · IN_SENDER_ID_REGISTRATION · sender ID FRESHH\n'
      + '  create: not deployed yet; a new registration with 21 fields and 0 documents, then submit it for review');

    // AND only Describe and List calls were made, and no planted personal value was printed
    expect(writeCalls(local.current)).toEqual([]);
    expect(local.current.admin.callLog().map((c) => c.operation)).toContain('DescribeRegistrationFieldValues');
    for (const value of [...PERSONAL_VALUES, NEW_EMAIL]) expect(output).not.toContain(value);
  });

  test('the plan is what the handler then does: an approved registration gets version 2 with exactly the fields listed', async () => {
    const id = await deployedIn(local.current, 'approved', managedIndia('APPRVD'));
    const { block } = await planOf({ Approved: changed(managedIndia('APPRVD')) });
    const planned = block('Approved').split('\n').filter((l) => l.startsWith('    ~ ')).map((l) => l.slice(6).split(':')[0]);
    local.current.admin.clearCallLog();

    await runCustomResource(buildEvent({
      RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: managedIndia('APPRVD'), ResourceProperties: changed(managedIndia('APPRVD')),
    }));

    const puts = local.current.admin.callLog().filter((c) => c.operation === 'PutRegistrationFieldValue').map((c) => c.params.FieldPath);
    // The last TagResource is the handler's fingerprint of what it wrote (for drift), not a change the plan lists.
    expect(writeCalls(local.current)).toEqual([
      'CreateRegistrationVersion', 'PutRegistrationFieldValue', 'PutRegistrationFieldValue', 'SubmitRegistrationVersion', 'TagResource',
    ]);
    expect(puts.sort()).toEqual(planned.sort());
  });

  test('a registration tagged for the stack that no resource declares is listed; another stack\'s is not', async () => {
    const orphan = await deployedIn(local.current, 'approved', managedIndia('OLDSID'));
    await deployedIn(local.current, 'approved', managedIndia('OTHERS', { Tags: [{ Key: STACK_TAG_KEY, Value: 'SenderIds-Other' }] }));
    const { output, block } = await planOf({ Renamed: managedIndia('NEWSID') });
    expect(block('Renamed')).toContain('create: not deployed yet');
    expect(output).toContain(`Tagged for ${STACK_NAME} but declared by no resource`);
    expect(output).toContain(`  ${orphan} · IN_SENDER_ID_REGISTRATION · sender ID "OLDSID" · version 1 APPROVED`);
    expect(output).not.toContain('OTHERS');
  });

  test('a registration carrying the resource tag is that resource, even after its sender ID changed', async () => {
    // GIVEN a registration deployed by the current construct, which tags it with its resource's logical ID
    const tags = [{ Key: STACK_TAG_KEY, Value: STACK_NAME }, { Key: RESOURCE_TAG_KEY, Value: 'Renamed' }];
    const id = await deployedIn(local.current, 'approved', managedIndia('OLDSID', { Tags: tags }));

    // WHEN the resource now declares another sender ID
    const { output, block } = await planOf({ Renamed: managedIndia('NEWSID', { Tags: tags }) });

    // THEN the plan is a new version of that registration changing the sender ID, not a create
    expect(block('Renamed')).toContain(`Renamed · IN_SENDER_ID_REGISTRATION · sender ID NEWSID · ${id}`);
    expect(block('Renamed')).toContain('~ senderIdInfo.senderId: "OLDSID" → "NEWSID"');
    expect(output).not.toContain('declared by no resource');
  });

  test('an unknown stack is refused with the stacks the app has', async () => {
    const app = writeCloudAssembly(STACK_NAME, 'ap-south-1', {});
    await expect(printed(['plan', '--stack', 'SenderIds-Typo', '--app', app])).rejects.toThrow(`No stack "SenderIds-Typo" in the app; its stacks are: ${STACK_NAME}`);
  });
});

/**
 * Drift: a draft changed outside the stack (the console, End User Messaging brand profiles that re-push values into
 * drafts) is named by plan and status before a deploy converges it, by field path only.
 */
const OUTSIDE_EMAIL = 'outside-planted@example.com';

/** What someone does in the console: open a new version of an approved registration and change two fields in it. */
async function changedOutside(registrationId: string): Promise<void> {
  const client = toolClient(local.current);
  await client.send(new CreateRegistrationVersionCommand({ RegistrationId: registrationId }));
  await client.send(new PutRegistrationFieldValueCommand({ RegistrationId: registrationId, FieldPath: 'companyInfo.website', TextValue: 'https://example.org' }));
  await client.send(new PutRegistrationFieldValueCommand({ RegistrationId: registrationId, FieldPath: 'contactInfo.emailAddress', TextValue: OUTSIDE_EMAIL }));
}

test('plan and status name the fields of a draft changed outside the stack, never their values; an untouched registration has no drift', async () => {
  // GIVEN two approved registrations, one of which was then changed in a draft outside the stack
  const drifted = await deployedIn(local.current, 'approved', managedIndia('DRIFTD'));
  await deployedIn(local.current, 'approved', managedIndia('STEADY'));
  await changedOutside(drifted);

  // WHEN plan and status run
  const planned = await printed(['plan', '--stack', STACK_NAME, '--app',
    writeCloudAssembly(STACK_NAME, 'ap-south-1', { Drifted: managedIndia('DRIFTD'), Steady: managedIndia('STEADY') })]);
  const statusText = await printed(['status', '--region', 'ap-south-1']);

  // THEN both say which fields of which draft changed, and plan says the deploy converges them
  const expected = 'drift: changed outside the stack since the last deploy: companyInfo.website, contactInfo.emailAddress '
    + '(version 2; the last deploy wrote version 1)';
  const block = (logicalId: string) => planned.split('\n\n').find((b) => b.startsWith(`${logicalId} · `)) ?? '';
  expect(block('Drifted')).toContain(`${expected}; the next deploy converges it to the declared values`);
  expect(block('Steady')).not.toContain('drift');
  expect(statusText).toContain(expected);
  expect(statusText.match(/drift:/g)).toHaveLength(1);
  for (const value of [OUTSIDE_EMAIL, ...PERSONAL_VALUES]) {
    expect(`${planned}\n${statusText}`).not.toContain(value);
  }
});
