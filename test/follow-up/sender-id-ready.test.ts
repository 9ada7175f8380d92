import { DescribeSenderIdsCommand, ReleaseSenderIdCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { RegistrationStatusReport } from '../../tools/status/registration-status';
import { deployedEach, toolClient } from './deployed-states';
import { printed, registrarForTools } from './follow-up-env';

let ids: Record<string, string> = {};

const local = registrarForTools();
beforeAll(async () => {
  // GIVEN one registration under review and two approved (so COMPLETE), made by the real handler and the reviewer
  ids = await deployedEach(local.current, { review: ['under review', 'INREVW'], ready: ['approved', 'READY'], released: ['approved', 'GONE'] });
  // AND the sender ID of the second one was released since: the registration is still COMPLETE
  await toolClient(local.current).send(new ReleaseSenderIdCommand({ SenderId: 'GONE', IsoCountryCode: 'IN' }));
});

async function readinessById(): Promise<Map<string, RegistrationStatusReport['senderIdReadiness']>> {
  const reports: RegistrationStatusReport[] = JSON.parse(await printed(['status', '--region', 'ap-south-1', '--json']));
  return new Map(reports.map((r) => [r.registrationId, r.senderIdReadiness]));
}

describe('the local local.current provisions sender IDs', () => {
  test('a COMPLETE sender ID registration\'s sender ID is in DescribeSenderIds, registered, with its registration id; one under review is not', async () => {
    const { SenderIds } = await toolClient(local.current).send(new DescribeSenderIdsCommand({}));
    expect(SenderIds!.map((s) => [s.SenderId, s.IsoCountryCode, s.Registered, s.RegistrationId, s.SenderIdArn])).toEqual([
      ['READY', 'IN', true, ids.ready, expect.stringMatching(/^arn:aws:sms-voice:ap-south-1:\d{12}:sender-id\/READY\/IN$/)],
    ]);
  });
});

describe('status: is the sender ID ready?', () => {
  test('COMPLETE and in DescribeSenderIds as registered to it: ready', async () => {
    expect((await readinessById()).get(ids.ready)).toEqual({ ready: true, reason: 'ready' });
  });

  test('COMPLETE but absent from DescribeSenderIds: not ready, and it says so', async () => {
    expect((await readinessById()).get(ids.released)).toEqual({ ready: false, reason: 'COMPLETE, but not in DescribeSenderIds' });
  });

  test('each sender ID is asked for by name (what grantRead allows), never by filter; a missing one is "not present"', async () => {
    // WHEN status reads readiness, after the call log is cleared
    local.current.admin.clearCallLog();
    await readinessById();
    // THEN DescribeSenderIds was called once per COMPLETE registration, naming its sender ID and country, with no Filters
    const calls = local.current.admin.callLog().filter((c) => c.operation === 'DescribeSenderIds');
    expect(calls.map((c) => [c.params, c.outcome]).sort()).toEqual([
      [{ SenderIds: [{ SenderId: 'GONE', IsoCountryCode: 'IN' }] }, 'ResourceNotFoundException'],
      [{ SenderIds: [{ SenderId: 'READY', IsoCountryCode: 'IN' }] }, 'ok'],
    ]);
  });

  test('not COMPLETE: not ready, naming the status', async () => {
    expect((await readinessById()).get(ids.review)).toEqual({ ready: false, reason: 'registration SUBMITTED, not COMPLETE' });
  });

  test('the table has the column', async () => {
    const table = await printed(['status', '--region', 'ap-south-1']);
    expect(table).toMatch(new RegExp(`READY\\s+IN_SENDER_ID_REGISTRATION\\s+COMPLETE\\s+${ids.ready}\\s+yes\\n`));
    expect(table).toMatch(new RegExp(`GONE\\s+IN_SENDER_ID_REGISTRATION\\s+COMPLETE\\s+${ids.released}\\s+no: COMPLETE, but not in DescribeSenderIds`));
  });
});
