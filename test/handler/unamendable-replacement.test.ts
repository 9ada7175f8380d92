import { austriaProperties, makeS3Root } from '../../tools/fixtures/sample-properties';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { registrarForEachTest, runCustomResource, writeCalls } from '../support/local-registrar';

const local = registrarForEachTest({ s3Root: makeS3Root() });

const OLD: Record<string, unknown> = austriaProperties({ RemovalPolicy: 'destroy' });
const NEW = { ...OLD, Fields: { ...(OLD.Fields as object), 'messagingUseCase.useCaseDescription': 'One-time passcodes for sign-in.' } };

const update = (id: string, oldProps: Record<string, unknown>, props: Record<string, unknown>) => runCustomResource(buildEvent({
  RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: oldProps, ResourceProperties: props,
}));
const remove = (id: string, props: Record<string, unknown>) => runCustomResource(buildEvent({ RequestType: 'Delete', PhysicalResourceId: id, ResourceProperties: props }));
const registration = (id: string) => (local.current.admin.dumpState().registrations as any[]).find((r) => r.registrationId === id);

describe('a form that cannot be amended after submit (Austria)', () => {
  test('an Update after submit creates and submits a new registration and leaves the old one untouched until the new one is COMPLETE', async () => {
    // GIVEN a submitted Austrian registration
    const oldId = (await runCustomResource(buildEvent({ ResourceProperties: OLD }))).physicalResourceId;
    const before = JSON.stringify(registration(oldId).versions);
    local.current.admin.clearCallLog();

    // WHEN a field changes
    const outcome = await update(oldId, OLD, NEW);

    // THEN a second registration is made and submitted, with a new physical id; the old one keeps its version and values
    const newId = outcome.physicalResourceId;
    expect(newId).not.toBe(oldId);
    expect(outcome.data).toMatchObject({ RegistrationId: newId, ReplacedRegistrationId: oldId, RegistrationStatus: 'SUBMITTED' });
    expect(writeCalls(local.current).filter((op) => op === 'CreateRegistrationVersion' || op === 'DeleteRegistration')).toEqual([]);
    expect(JSON.stringify(registration(oldId).versions)).toBe(before);

    // AND the Delete CloudFormation sends for the old one keeps it while the new one is under review
    await remove(oldId, OLD);
    expect(registration(oldId).status).toBe('SUBMITTED');

    // WHEN the new one is COMPLETE and a later deploy runs, the old one follows the removal policy (DESTROY)
    local.current.admin.approve(oldId);
    local.current.admin.approve(newId);
    await update(newId, NEW, { ...NEW, Tags: [{ Key: 'team', Value: 'messaging' }] });
    expect(registration(oldId).status).toBe('DELETED');
    expect(registration(newId).status).toBe('COMPLETE');
  });

  test('while the old one is still under review, the later deploy keeps it and the link, and a deploy after its review deletes it', async () => {
    const oldId = (await runCustomResource(buildEvent({ ResourceProperties: OLD }))).physicalResourceId;
    const newId = (await update(oldId, OLD, NEW)).physicalResourceId;
    local.current.admin.approve(newId);

    await update(newId, NEW, { ...NEW, Tags: [{ Key: 'team', Value: 'a' }] });
    expect(registration(oldId).status).toBe('SUBMITTED');

    local.current.admin.deny(oldId);
    await update(newId, NEW, { ...NEW, Tags: [{ Key: 'team', Value: 'b' }] });
    expect(registration(oldId).status).toBe('DELETED');
  });

  test('a draft that was never submitted is amended in place', async () => {
    const draft = { ...OLD, Submit: 'false' };
    const id = (await runCustomResource(buildEvent({ ResourceProperties: draft }))).physicalResourceId;
    const outcome = await update(id, draft, { ...NEW, Submit: 'false' });
    expect(outcome.physicalResourceId).toBe(id);
  });
});
