import { UPLOADS_SINCE_TAG } from '../../lib/core/lifecycle/unbound-attachments';
import { WRITTEN_VALUES_TAG } from '../../lib/core/lifecycle/written-values';
import { indiaProperties, indonesiaProperties, makeS3Root } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, startHandlerAgainstRegistrar, writeCalls } from '../support/local-registrar';

// Every Describe and List call shares the ~1 request/second quota with the writes (the quotas page
// lists each Describe operation at 1 rps), so reads are counted like writes.
let registrar: RunningRegistrar;
beforeAll(async () => {
  // Uploads finish at once, so the count does not depend on how often an upload's progress is polled.
  registrar = await startHandlerAgainstRegistrar({ s3Root: makeS3Root(), uploadCompleteAfterMs: 0 });
});
afterAll(async () => registrar.close());
beforeEach(() => registrar.admin.reset());

function readCalls(): string[] {
  return registrar.admin.callLog().filter((c) => /^(Describe|List)/.test(c.operation)).map((c) => c.operation);
}

async function create(props: Record<string, unknown>): Promise<string> {
  return (await runCustomResource(buildEvent({ ResourceProperties: props }))).physicalResourceId;
}

describe('reads per deploy, within the documented quotas', () => {
  test.each([
    ['India', 8, indiaProperties()],
    ['Indonesia', 12, indonesiaProperties()],
  ])('%s create: at most %d reads', async (_country, most, props) => {
    await create(props);
    const reads = readCalls();
    expect(reads.length).toBeLessThanOrEqual(most);
    // The values are read back once before the submit, and the definitions once for the validation.
    expect(reads.filter((r) => r === 'DescribeRegistrationFieldDefinitions')).toHaveLength(1);
    expect(reads.filter((r) => r === 'ListTagsForResource')).toHaveLength(1);
  });

  test.each([
    ['India', indiaProperties()],
    ['Indonesia', indonesiaProperties()],
  ])('%s no-op update: no write and at most 6 reads, without one read per attachment', async (_country, props) => {
    const id = await create(props);
    registrar.admin.clearCallLog();

    await runCustomResource(buildEvent({ RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: props, ResourceProperties: props }));

    expect(writeCalls(registrar)).toEqual([]);
    const reads = readCalls();
    expect(reads.length).toBeLessThanOrEqual(6);
    expect(reads).not.toContain('DescribeRegistrationAttachments');
  });

  test('Indonesia: the 7 documents are checked 5 ids at a time, and recorded on the registration in one call after its mark', async () => {
    await create(indonesiaProperties());
    const calls = registrar.admin.callLog();
    const describes = calls.filter((c) => c.operation === 'DescribeRegistrationAttachments');
    expect(describes.map((c) => (c.params.RegistrationAttachmentIds as string[]).length)).toEqual([5, 2]);
    const [mark, records, ...more] = calls.filter((c) => c.operation === 'TagResource').map((c) => (c.params.Tags as { Key: string }[]).map((t) => t.Key));
    expect(mark).toEqual([UPLOADS_SINCE_TAG]);
    // The 7 records and the mark cleared, in one call.
    expect(records.filter((key) => key !== UPLOADS_SINCE_TAG)).toHaveLength(7);
    expect(records).toContain(UPLOADS_SINCE_TAG);
    // Then, once the values are written, their fingerprint (for drift).
    expect(more).toEqual([[WRITTEN_VALUES_TAG]]);
  });
});
