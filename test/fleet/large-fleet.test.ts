import { App } from 'aws-cdk-lib';
import { SenderIdRegistrationFleet } from '../../lib';
import { loadFleetRecords } from '../../lib/fleet/fleet-records';
import { stackCapacity } from '../../lib/fleet/placement';
import { generatedRecordsFolder } from '../../tools/bench/fleet-records';
import { placeFleet } from '../../tools/fleet/place-fleet';

describe('a 500-record fleet', () => {
  test('synthesizes, every record once, in stacks that each fit the hour at 1 request/s and CloudFormation\'s 500 resources', () => {
    // GIVEN 400 India and 100 Indonesia records (with documents), placed
    const folder = generatedRecordsFolder(500);
    const { lock, problems } = placeFleet({ recordsFolder: folder });
    expect(problems).toEqual([]);
    // WHEN
    const app = new App();
    const fleet = new SenderIdRegistrationFleet(app, 'Fleet', { recordsFolder: folder, stackProps: { env: { account: '111111111111', region: 'ap-south-1' } } });
    app.synth();
    // The fleet is a Stage: its stacks are in its own (nested) assembly.
    const assembly = fleet.synth();
    // THEN
    expect(fleet.registrations).toHaveLength(500);
    expect(new Set(fleet.registrations.map((r) => r.node.id)).size).toBe(500);
    const writes = new Map(loadFleetRecords(folder).records.map((r) => [r.name, r.writes]));
    const { maxWrites } = stackCapacity(1, 0.25);
    for (const [n, stack] of fleet.stacks.entries()) {
      const names = Object.entries(lock.records).filter(([, s]) => s === n + 1).map(([name]) => name);
      expect(names.reduce((sum, name) => sum + writes.get(name)!, 0)).toBeLessThanOrEqual(maxWrites);
      // The synthesized templates, read from the assembly: Template.fromStack would synthesize each stack again.
      const resources = Object.values(assembly.getStackByName(stack.stackName).template.Resources as Record<string, { Type: string }>);
      expect(resources.filter((r) => r.Type === 'Custom::SenderIdRegistration')).toHaveLength(names.length);
      expect(resources.length).toBeLessThan(500);
    }
    expect(fleet.stacks.length).toBe(5);
  });
});
