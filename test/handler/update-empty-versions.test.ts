import { runCustomResource } from '../../tools/provider-simulator';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../support/events';
import { startHandlerAgainstRegistrar, writeCalls } from '../support/local-registrar';
import { indiaProperties } from '../support/sample-properties';

// Whether a new version starts empty or as a copy is uncertain (one user report), so the
// handler converges against what the draft really holds. Here every new version starts empty.
let registrar: RunningRegistrar;
beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar({ newVersionMode: 'empty' });
});
afterAll(async () => registrar.close());

test('an empty new version is converged to every desired value, then submitted', async () => {
  const old = indiaProperties();
  const changed = { ...old, Fields: { ...(old.Fields as object), 'messagingUseCase.monthlyMessageVolume': ['250,000'] } };
  const { physicalResourceId: id } = await runCustomResource(buildEvent({ ResourceProperties: old }));
  registrar.admin.approve(id);
  registrar.admin.clearCallLog();

  const outcome = await runCustomResource(buildEvent({ RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: old, ResourceProperties: changed }));

  expect(outcome.data).toMatchObject({ RegistrationId: id, VersionNumber: '2', RegistrationStatus: 'SUBMITTED' });
  const writes = writeCalls(registrar);
  expect(writes[0]).toBe('CreateRegistrationVersion');
  expect(writes.filter((w) => w === 'PutRegistrationFieldValue')).toHaveLength(21);
  expect(writes[writes.length - 1]).toBe('SubmitRegistrationVersion');
  const v2 = (registrar.admin.dumpState().registrations as any[])[0].versions.find((v: any) => v.versionNumber === 2);
  expect(v2.values['messagingUseCase.monthlyMessageVolume']).toEqual({ SelectChoices: ['250,000'] });
});
