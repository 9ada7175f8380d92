import { indiaProperties } from '../../tools/fixtures/sample-properties';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { registrarForEachTest, runCustomResource, writeCalls } from '../support/local-registrar';

const local = registrarForEachTest();

const OLD = indiaProperties({ RemovalPolicy: 'retain' });
const NEW = { ...OLD, Fields: { ...(OLD.Fields as object), 'messagingUseCase.useCaseDescription': 'One-time passcodes for sign-in.' } };

function update(physicalResourceId: string, props: Record<string, unknown>) {
  return runCustomResource(buildEvent({ RequestType: 'Update', PhysicalResourceId: physicalResourceId, OldResourceProperties: OLD, ResourceProperties: props }));
}

/** How the reviewer (the registrar's admin API) puts a submitted registration into each status. */
const PUT_IN: Record<string, (id: string) => void> = {
  SUBMITTED: () => undefined,
  AWS_REVIEWING: (id) => local.current.admin.setVersionStatus(id, 'AWS_REVIEWING'),
  REVIEWING: (id) => local.current.admin.setVersionStatus(id, 'REVIEWING'),
  REQUIRES_OFFLINE_REVIEW: (id) => local.current.admin.setVersionStatus(id, 'REQUIRES_OFFLINE_REVIEW'),
  REQUIRES_AUTHENTICATION: (id) => local.current.admin.setVersionStatus(id, 'REQUIRES_AUTHENTICATION'),
  PROVISIONING: (id) => {
    local.current.admin.approve(id);
    local.current.admin.setRegistrationStatus(id, 'PROVISIONING');
  },
  CLOSED: (id) => {
    local.current.admin.approve(id);
    local.current.admin.setRegistrationStatus(id, 'CLOSED');
  },
  DELETED: (id) => local.current.admin.setRegistrationStatus(id, 'DELETED'),
};

/** Deploy OLD, put the registration in `status`, and clear the call log so a test sees only what the update does. */
async function deployedIn(status: string): Promise<string> {
  const id = (await runCustomResource(buildEvent({ ResourceProperties: OLD }))).physicalResourceId;
  PUT_IN[status](id);
  local.current.admin.clearCallLog();
  return id;
}

const CHANGED_FIELD: Array<[string, RegExp]> = [
  ['SUBMITTED', /is SUBMITTED \(under review\).*Wait for the review to end/],
  ['AWS_REVIEWING', /is AWS_REVIEWING \(under review\).*Wait for the review to end/],
  ['REVIEWING', /is REVIEWING \(under review\).*Wait for the review to end/],
  ['REQUIRES_OFFLINE_REVIEW', /is REQUIRES_OFFLINE_REVIEW \(under review\).*Wait for the review to end/],
  ['REQUIRES_AUTHENTICATION', /is REQUIRES_AUTHENTICATION: .*email authentication.*Complete the authentication/],
  ['PROVISIONING', /is PROVISIONING: it was approved.*Deploy the change again after the registration is COMPLETE/],
  ['CLOSED', /is CLOSED: its sender ID was deleted.*must be replaced/],
  ['DELETED', /is DELETED: it no longer exists/],
];

describe('an Update with one changed field, in each status', () => {
  test.each(CHANGED_FIELD)('%s: refused before any write, naming the status and what to do', async (status, message) => {
    const id = await deployedIn(status);

    const error: Error = await update(id, NEW).catch((e) => e);

    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain(`Registration ${id}`);
    expect(error.message).toMatch(message);
    expect(writeCalls(local.current)).toEqual([]);
  });
});

describe('an Update that changes no field, in each status', () => {
  test.each(CHANGED_FIELD.filter(([s]) => s !== 'DELETED'))('%s: succeeds without a write', async (status) => {
    const id = await deployedIn(status);

    const outcome = await update(id, OLD);

    expect(outcome.physicalResourceId).toBe(id);
    expect(outcome.data.RegistrationStatus).toBe(status === 'REQUIRES_OFFLINE_REVIEW' ? 'REVIEWING' : status);
    expect(writeCalls(local.current)).toEqual([]);
  });

  test('DELETED: fails saying the registration no longer exists, and writes nothing', async () => {
    const id = await deployedIn('DELETED');
    const error: Error = await update(id, OLD).catch((e) => e);
    expect(error.message).toMatch(new RegExp(`Registration ${id} is DELETED: it no longer exists`));
    expect(writeCalls(local.current)).toEqual([]);
  });
});

describe('a refused call is read as what it is', () => {
  test('a ConflictException in a status the model allows is not repeated, and the error names the call, reason and statuses', async () => {
    const id = await deployedIn('SUBMITTED');
    local.current.admin.approve(id);
    local.current.admin.failNext('CreateRegistrationVersion', 5, 'ConflictException');
    local.current.admin.clearCallLog();

    const error: Error = await update(id, NEW).catch((e) => e);

    expect(writeCalls(local.current)).toEqual(['CreateRegistrationVersion']);
    expect(error.message).toMatch(new RegExp(`Registration ${id} refused CreateRegistrationVersion .* while it is COMPLETE and its version 1 is APPROVED`));
  });
});
