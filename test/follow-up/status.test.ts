import { RegistrationStatusReport } from '../../tools/status/registration-status';
import { DENIAL, deployedEach, deployedIn, managedIndia, operationsCalled, PERSONAL_VALUES, STACK_NAME } from './deployed-states';
import { printed, registrarForTools } from './follow-up-env';

let ids: Record<string, string> = {};

const local = registrarForTools();
beforeAll(async () => {
  // GIVEN four registrations of one stack, one in each state, made by the real handler and the reviewer
  ids = await deployedEach(local.current, {
    draft: ['draft', 'DRAFTS'], review: ['under review', 'INREVW'], approved: ['approved', 'APPRVD'], denied: ['denied', 'DENIED'],
  });
  // AND one registration the construct does not manage (no stack tag)
  await deployedIn(local.current, 'under review', managedIndia('OTHERS', { Tags: [{ Key: 'team', Value: 'messaging' }] }));
  local.current.admin.clearCallLog();
});
beforeEach(() => local.current.admin.clearCallLog());

async function statusJson(): Promise<RegistrationStatusReport[]> {
  return JSON.parse(await printed(['status', '--region', 'ap-south-1', '--json']));
}

describe('npm run status --json', () => {
  test('lists exactly the registrations with the stack tag, each with sender ID, type and status', async () => {
    const reports = await statusJson();
    expect(reports.map((r) => [r.senderId, r.registrationType, r.registrationStatus, r.stackName, r.registrationId])).toEqual([
      ['APPRVD', 'IN_SENDER_ID_REGISTRATION', 'COMPLETE', STACK_NAME, ids.approved],
      ['DENIED', 'IN_SENDER_ID_REGISTRATION', 'REQUIRES_UPDATES', STACK_NAME, ids.denied],
      ['DRAFTS', 'IN_SENDER_ID_REGISTRATION', 'CREATED', STACK_NAME, ids.draft],
      ['INREVW', 'IN_SENDER_ID_REGISTRATION', 'SUBMITTED', STACK_NAME, ids.review],
    ]);
  });

  test('every version with its status and the dates it went through', async () => {
    const byId = new Map((await statusJson()).map((r) => [r.registrationId, r]));
    expect(byId.get(ids.draft)!.versions.map((v) => [v.versionNumber, v.status, Object.keys(v.history)])).toEqual([[1, 'DRAFT', ['DRAFT']]]);
    expect(byId.get(ids.review)!.versions.map((v) => [v.status, Object.keys(v.history)])).toEqual([['SUBMITTED', ['DRAFT', 'SUBMITTED']]]);
    const approved = byId.get(ids.approved)!.versions[0];
    expect([approved.status, Object.keys(approved.history)]).toEqual(['APPROVED', ['DRAFT', 'SUBMITTED', 'APPROVED']]);
    expect(Object.values(approved.history).every((at) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(at))).toBe(true);
    expect(approved).not.toHaveProperty('deniedReasons');
  });

  test('a denied version carries the reviewer\'s reasons and each field\'s DeniedReason and Feedback', async () => {
    const denied = (await statusJson()).find((r) => r.registrationId === ids.denied)!.versions[0];
    expect(denied.status).toBe('DENIED');
    const [reason] = DENIAL.versionReasons;
    expect(denied.deniedReasons).toEqual([{
      shortDescription: reason.ShortDescription, reason: reason.Reason,
      longDescription: reason.LongDescription, documentationLink: reason.DocumentationLink,
    }]);
    expect(denied.fieldReviews).toEqual([
      { fieldPath: 'senderIdInfo.senderId', deniedReason: 'Header not found on the DLT platform' },
      { fieldPath: 'contactInfo.emailAddress', feedback: 'Use an address on the company domain' },
    ]);
  });

  test('--stack narrows the list to that stack\'s tag', async () => {
    expect(JSON.parse(await printed(['status', '--region', 'ap-south-1', '--stack', 'SenderIds-Other', '--json']))).toEqual([]);
  });
});

describe('npm run status (table)', () => {
  test('one row per registration, its versions, and the denial details under the denied version', async () => {
    const table = await printed(['status', '--region', 'ap-south-1']);
    expect(table).toContain('Registrations managed by the construct in ap-south-1: 4');
    expect(table).toMatch(new RegExp(`${STACK_NAME}\\s+DENIED\\s+IN_SENDER_ID_REGISTRATION\\s+REQUIRES_UPDATES\\s+${ids.denied}`));
    expect(table).toMatch(new RegExp(`${STACK_NAME}\\s+DRAFTS\\s+IN_SENDER_ID_REGISTRATION\\s+CREATED\\s+${ids.draft}\\s+no: registration CREATED, not COMPLETE\\n\\s+version 1\\s+DRAFT\\s+DRAFT \\d{4}`));
    expect(table).toMatch(/version 1\s+APPROVED\s+DRAFT \S+ \S+ UTC · SUBMITTED \S+ \S+ UTC · APPROVED \S+ \S+ UTC/);
    expect(table).toContain('denied: Sender ID not registered: SENDER_ID_NOT_REGISTERED: The sender ID must match the header registered on the DLT platform. '
      + `(${DENIAL.versionReasons[0].DocumentationLink})`);
    expect(table).toContain('senderIdInfo.senderId: denied: Header not found on the DLT platform');
    expect(table).toContain('contactInfo.emailAddress: feedback: Use an address on the company domain');
    expect(table).not.toContain('OTHERS');
  });
});

describe('what status may and may not do', () => {
  test('only Describe and List calls reach the service', async () => {
    await printed(['status', '--region', 'ap-south-1']);
    await printed(['status', '--region', 'ap-south-1', '--json']);
    const operations = operationsCalled(local.current);
    expect(operations).toEqual(expect.arrayContaining(['DescribeRegistrations', 'ListTagsForResource', 'DescribeRegistrationVersions']));
    expect(operations.filter((op) => !/^(Describe|List)/.test(op))).toEqual([]);
  });

  test('planted personal values never appear, in the table or in the JSON', async () => {
    const output = (await printed(['status', '--region', 'ap-south-1'])) + (await printed(['status', '--region', 'ap-south-1', '--json']));
    // The values are really there to leak: the registrations hold them.
    expect(JSON.stringify(local.current.admin.dumpState())).toContain(PERSONAL_VALUES[0]);
    for (const value of PERSONAL_VALUES) expect(output).not.toContain(value);
  });
});
