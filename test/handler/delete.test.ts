import { CREATE_FAILED_MARKER } from '../../lambda/events';
import { indiaProperties } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, startHandlerAgainstRegistrar, writeCalls } from '../support/local-registrar';

let registrar: RunningRegistrar;
beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar();
});
afterAll(async () => registrar.close());
beforeEach(() => registrar.admin.reset());

const RETAIN = indiaProperties({ RemovalPolicy: 'retain' });
const DESTROY = indiaProperties({ RemovalPolicy: 'destroy' });

async function created(props: Record<string, unknown>): Promise<string> {
  const { physicalResourceId } = await runCustomResource(buildEvent({ ResourceProperties: props }));
  registrar.admin.clearCallLog();
  return physicalResourceId;
}

const deleteEvent = (physicalResourceId: string, props: Record<string, unknown>) =>
  buildEvent({ RequestType: 'Delete', PhysicalResourceId: physicalResourceId, ResourceProperties: props });

function statusOf(id: string): string {
  return (registrar.admin.dumpState().registrations as any[]).find((r) => r.registrationId === id)?.status;
}

describe('Delete', () => {
  test('RETAIN (the default) makes no call at all and keeps the registration', async () => {
    const id = await created(RETAIN);
    await runCustomResource(deleteEvent(id, RETAIN));
    expect(registrar.admin.callLog()).toEqual([]);
    expect(statusOf(id)).toBe('SUBMITTED');
  });

  test('DESTROY deletes the registration', async () => {
    const id = await created(DESTROY);
    registrar.admin.approve(id);
    await runCustomResource(deleteEvent(id, DESTROY));
    expect(writeCalls(registrar)).toEqual(['DeleteRegistration']);
    expect(statusOf(id)).toBe('DELETED');
  });

  test.each([
    ['an unknown id', 'registration-00000000000000000000000000000000'],
    ['the Provider framework\'s marker for a failed create', CREATE_FAILED_MARKER],
  ])('DESTROY of %s succeeds', async (_name, id) => {
    await expect(runCustomResource(deleteEvent(id, DESTROY))).resolves.toMatchObject({ physicalResourceId: id });
  });

  test('DESTROY of an already deleted registration succeeds', async () => {
    const id = await created(DESTROY);
    registrar.admin.approve(id);
    await runCustomResource(deleteEvent(id, DESTROY));
    await expect(runCustomResource(deleteEvent(id, DESTROY))).resolves.toMatchObject({ physicalResourceId: id });
  });

  test('DESTROY of a registration under review fails, naming its status and suggesting RETAIN', async () => {
    const id = await created(DESTROY);
    const error: Error = await runCustomResource(deleteEvent(id, DESTROY)).catch((e) => e);
    expect(error.message).toContain(`Registration ${id} cannot be deleted while its latest version is SUBMITTED`);
    expect(error.message).toMatch(/RETAIN/);
    expect(statusOf(id)).toBe('SUBMITTED');
  });
});
