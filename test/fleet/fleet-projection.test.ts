import { loadFleetRecords } from '../../lib/fleet/fleet-records';
import { createWritesByOperation } from '../../lib/fleet/write-count';
import { projectFleetDeploy } from '../../tools/bench/fleet-projection';
import { placeFleet } from '../../tools/fleet/place-fleet';
import { indiaRecord, recordsFolder } from './fleet-fixtures';

// Call counts only: the bench prints timings, tests never assert them.
describe('the deploy projection of a fleet', () => {
  test('an India create is 23 writes, 21 of them PutRegistrationFieldValue', () => {
    const folder = recordsFolder({ 'acme.json': indiaRecord() });
    const [record] = loadFleetRecords(folder).records;
    expect(createWritesByOperation(record.props)).toEqual({
      CreateRegistration: 1, CreateRegistrationAttachment: 0, PutRegistrationFieldValue: 21, TagResource: 0, SubmitRegistrationVersion: 1,
    });
    expect(record.writes).toBe(23);
  });

  test('stacks deploy one after another, each bound by its busiest operation', () => {
    const folder = recordsFolder({ 'a.json': indiaRecord(), 'b.json': indiaRecord({ senderId: 'OTHERS' }) });
    const { lock } = placeFleet({ recordsFolder: folder, requestsPerSecond: 1 });
    const projection = projectFleetDeploy(loadFleetRecords(folder).records, lock, 1);
    expect(projection.stacks).toEqual([{ stackNumber: 1, records: 2, writes: 46, quotaBoundSeconds: 42, serialWritesSeconds: 46 }]);
    expect(projection).toMatchObject({ fleetSeconds: 42, busiestOperation: 'PutRegistrationFieldValue', busiestBoundSeconds: 42 });
  });
});
