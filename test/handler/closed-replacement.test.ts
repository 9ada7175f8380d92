import { indiaProperties } from '../../tools/fixtures/sample-properties';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { registrarForEachTest, runCustomResource, writeCalls } from '../support/local-registrar';

const local = registrarForEachTest();

const RETAINED = indiaProperties({ RemovalPolicy: 'retain' });
const DESTROYED: Record<string, unknown> = { ...RETAINED, RemovalPolicy: 'destroy' };

const update = (id: string, oldProps: Record<string, unknown>, props: Record<string, unknown>) => runCustomResource(buildEvent({
  RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: oldProps, ResourceProperties: props,
}));
const remove = (id: string, props: Record<string, unknown>) => runCustomResource(buildEvent({ RequestType: 'Delete', PhysicalResourceId: id, ResourceProperties: props }));
const registration = (id: string) => (local.current.admin.dumpState().registrations as any[]).find((r) => r.registrationId === id);

/** A registration the handler deployed with `props`, approved, whose sender ID was then deleted (CLOSED). */
async function closed(props: Record<string, unknown>): Promise<string> {
  const id = (await runCustomResource(buildEvent({ ResourceProperties: props }))).physicalResourceId;
  local.current.admin.approve(id);
  local.current.admin.setRegistrationStatus(id, 'CLOSED');
  local.current.admin.clearCallLog();
  return id;
}

describe('a CLOSED registration (its sender ID was deleted)', () => {
  test('with removal policy DESTROY, an Update creates and submits a new registration, and the Delete that follows removes the closed one', async () => {
    const oldId = await closed(RETAINED);

    // WHEN the user sets removalPolicy to DESTROY, as the CLOSED message asks
    const outcome = await update(oldId, RETAINED, DESTROYED);

    // THEN a new registration with a new physical id holds the declared values and is submitted; the closed one is not written to
    const newId = outcome.physicalResourceId;
    expect(newId).not.toBe(oldId);
    expect(outcome.data).toMatchObject({ RegistrationId: newId, ReplacedRegistrationId: oldId, RegistrationStatus: 'SUBMITTED' });
    expect(writeCalls(local.current)).toContain('CreateRegistration');
    expect(registration(oldId).status).toBe('CLOSED');

    // AND the Delete CloudFormation sends for the old physical id deletes the closed registration without error
    await remove(oldId, DESTROYED);
    expect(registration(oldId).status).toBe('DELETED');
    expect(registration(newId).status).toBe('SUBMITTED');
  });

  test('with removal policy DESTROY, a changed field is written to the new registration, not refused', async () => {
    const oldId = await closed(DESTROYED);
    const changed = { ...DESTROYED, Fields: { ...(DESTROYED.Fields as object), 'messagingUseCase.useCaseDescription': 'One-time passcodes for sign-in.' } };

    const newId = (await update(oldId, DESTROYED, changed)).physicalResourceId;

    expect(newId).not.toBe(oldId);
    const values = JSON.stringify(registration(newId).versions);
    expect(values).toContain('One-time passcodes for sign-in.');
  });

  test('with removal policy RETAIN, a changed field is refused as before: the message says how to replace it, and nothing is created', async () => {
    const oldId = await closed(RETAINED);
    const changed = { ...RETAINED, Fields: { ...(RETAINED.Fields as object), 'messagingUseCase.useCaseDescription': 'One-time passcodes for sign-in.' } };

    const error: Error = await update(oldId, RETAINED, changed).catch((e) => e);

    expect(error.message).toMatch(/is CLOSED: its sender ID was deleted.*set removalPolicy to DESTROY so the deploy replaces it/);
    expect(writeCalls(local.current)).toEqual([]);
    expect((local.current.admin.dumpState().registrations as any[]).length).toBe(1);
  });
});
