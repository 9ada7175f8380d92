import { logger } from '../../lambda/logger';
import { indiaProperties } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, simulatedStack, startHandlerAgainstRegistrar, writeCalls } from '../support/local-registrar';

// CloudFormation rolls a failed stack update back by sending an Update with the old properties.
// That must never fail because of us: a failed rollback leaves the stack in UPDATE_ROLLBACK_FAILED.

let registrar: RunningRegistrar;
beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar();
});
afterAll(async () => registrar.close());
beforeEach(() => {
  registrar.admin.reset();
  simulatedStack.rollingBack = false;
});
afterEach(() => jest.restoreAllMocks());

const OLD = indiaProperties();
const NEW = { ...OLD, Fields: { ...(OLD.Fields as object), 'messagingUseCase.monthlyMessageVolume': ['1,000,000'] } };

const update = (id: string, from: Record<string, unknown>, to: Record<string, unknown>) =>
  runCustomResource(buildEvent({ RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: from, ResourceProperties: to }));

async function approvedVersion1(): Promise<string> {
  const { physicalResourceId: id } = await runCustomResource(buildEvent({ ResourceProperties: OLD }));
  registrar.admin.approve(id);
  return id;
}

function versions(id: string): Array<{ versionNumber: number; status: string }> {
  return ((registrar.admin.dumpState().registrations as any[]).find((r) => r.registrationId === id).versions as any[])
    .map((v) => ({ versionNumber: v.versionNumber, status: v.status }));
}

test('round trip: a version already submitted stays under review; the rollback succeeds with a warning and no write', async () => {
  // GIVEN the forward update submitted version 2, then another resource of the stack failed
  const id = await approvedVersion1();
  await update(id, OLD, NEW);
  registrar.admin.clearCallLog();
  const warn = jest.spyOn(logger, 'warn');

  // WHEN CloudFormation rolls back with the old properties
  simulatedStack.rollingBack = true;
  const outcome = await update(id, NEW, OLD);

  // THEN the stack's rollback succeeds, the registration is left as it is, and the log says why
  expect(outcome.data).toMatchObject({ RegistrationId: id, VersionNumber: '2', RegistrationStatus: 'SUBMITTED' });
  expect(writeCalls(registrar)).toEqual([]);
  expect(versions(id)).toEqual(expect.arrayContaining([{ versionNumber: 1, status: 'APPROVED' }, { versionNumber: 2, status: 'SUBMITTED' }]));
  expect(warn).toHaveBeenCalledWith(expect.stringContaining(`Registration ${id} cannot follow the rollback: version 2 is SUBMITTED (under review)`), expect.anything());

  // AND the next deploy of the old properties is refused until the review ends, as any change under review is
  simulatedStack.rollingBack = false;
  await expect(update(id, OLD, OLD)).rejects.toThrow(/version 2 is SUBMITTED \(under review\)/);
});

test('round trip: a draft left by a failed update is discarded, so the approved version is the latest again', async () => {
  // GIVEN the forward update created version 2 and then failed on its first field write
  const id = await approvedVersion1();
  registrar.admin.failNext('PutRegistrationFieldValue', 1, 'AccessDeniedException');
  await expect(update(id, OLD, NEW)).rejects.toThrow(/AccessDeniedException/);
  expect(versions(id)).toEqual(expect.arrayContaining([{ versionNumber: 2, status: 'DRAFT' }]));
  registrar.admin.clearCallLog();

  // WHEN CloudFormation rolls back
  simulatedStack.rollingBack = true;
  const outcome = await update(id, NEW, OLD);

  // THEN the draft is discarded (free, no review) and the attributes describe the approved version
  expect(writeCalls(registrar)).toEqual(['DiscardRegistrationVersion']);
  expect(versions(id)).toEqual(expect.arrayContaining([{ versionNumber: 1, status: 'APPROVED' }, { versionNumber: 2, status: 'DISCARDED' }]));
  expect(outcome.data).toMatchObject({ VersionNumber: '1', RegistrationStatus: 'COMPLETE' });

  // AND the next forward deploy starts a fresh version 3
  simulatedStack.rollingBack = false;
  const redeployed = await update(id, OLD, NEW);
  expect(redeployed.data).toMatchObject({ VersionNumber: '3', RegistrationStatus: 'SUBMITTED' });
});

test('tags follow the rollback', async () => {
  const id = await approvedVersion1();
  const retagged = { ...OLD, Tags: [{ Key: 'team', Value: 'payments' }] };
  await update(id, OLD, retagged);
  registrar.admin.clearCallLog();

  simulatedStack.rollingBack = true;
  await update(id, retagged, OLD);

  expect(writeCalls(registrar)).toEqual(['TagResource']);
});

test('a rollback that cannot even read the registration still succeeds', async () => {
  const id = await approvedVersion1();
  await update(id, OLD, NEW);
  registrar.admin.failNext('DescribeRegistrations', 1, 'AccessDeniedException');

  simulatedStack.rollingBack = true;
  await expect(update(id, NEW, OLD)).resolves.toMatchObject({ physicalResourceId: id });
});
