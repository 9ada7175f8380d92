import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { buildIsvFleetApp } from '../../examples/isv-fleet/app';
import { SenderIdRegistrationFleet } from '../../lib';
import { placeFleet } from '../../tools/fleet/place-fleet';
import { indiaRecord, recordsFolder } from './fleet-fixtures';

const ENV = { account: '111111111111', region: 'ap-south-1' };

function fleetOf(folder: string, props: { requestsPerSecond?: number } = {}): { app: App; fleet: SenderIdRegistrationFleet } {
  const app = new App();
  const fleet = new SenderIdRegistrationFleet(app, 'Fleet', { recordsFolder: folder, stackProps: { env: ENV }, ...props });
  return { app, fleet };
}

describe('SenderIdRegistrationFleet', () => {
  test('the ISV example synthesizes: India, Indonesia with its documents, and Jordan by field paths, in one stack', () => {
    // GIVEN / WHEN
    const fleet = buildIsvFleetApp(new App());
    // THEN
    expect(fleet.stacks.map((s) => s.stackName)).toEqual(['IsvFleet-1']);
    const template = Template.fromStack(fleet.stacks[0]);
    template.resourceCountIs('Custom::SenderIdRegistration', 3);
    template.hasResourceProperties('Custom::SenderIdRegistration', {
      RegistrationType: 'ID_SENDER_ID_REGISTRATION',
      Attachments: Match.objectLike({ 'idSidSpecificInfo.letterOfAuthorization3': Match.objectLike({ FileName: 'loa-xl-axiata.pdf' }) }),
      Tags: Match.arrayWith([{ Key: 'end-business', Value: 'demo-indonesia' }]),
    });
    template.hasResourceProperties('Custom::SenderIdRegistration', {
      RegistrationType: 'JO_SENDER_ID_REGISTRATION',
      Fields: Match.objectLike({ 'senderIdInfo.senderIdDescription': 'DEMOJO is the short name of Demo Jordan LLC.' }),
      Submit: false,
      RemovalPolicy: 'destroy',
    });
    template.hasResourceProperties('Custom::SenderIdRegistration', {
      RegistrationType: 'IN_SENDER_ID_REGISTRATION',
      Fields: Match.objectLike({ 'inSidSpecificInfo.principalEntityId': '1101000000000000001' }),
    });
    Annotations.fromStack(fleet.stacks[0]).hasWarning('/IsvFleet/Stack1/demo-jordan', Match.stringLikeRegexp('no public source confirms this field path for JO_SENDER_ID_REGISTRATION'));
  });

  test('synth lists every problem of every record at once, each naming its record', () => {
    // GIVEN a record the engine refuses, one that does not load, and a good one
    const folder = recordsFolder({
      'good.json': indiaRecord(),
      'bad-sender.json': indiaRecord({ senderId: 'DEMO-1' }),
      'bad-kind.json': indiaRecord({ messageSamples: 'one sample' }),
    });
    placeFleet({ recordsFolder: folder });
    const { app } = fleetOf(folder);
    // WHEN / THEN
    let message = '';
    try {
      app.synth();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('[Fleet/Stack1/bad-sender] senderIdInfo.senderId ("Sender ID"): "DEMO-1" must match');
    expect(message).toContain('[Fleet] bad-kind.json: messageSamples: text given, must be a list of 1 to 3 texts');
    expect(message).not.toContain('[Fleet/Stack1/good]');
  });

  test('a record placement.json does not place fails synth, naming the record and the command', () => {
    const folder = recordsFolder({ 'a.json': indiaRecord() });
    placeFleet({ recordsFolder: folder });
    const later = recordsFolder({});
    fs.cpSync(folder, later, { recursive: true });
    fs.writeFileSync(path.join(later, 'b.json'), JSON.stringify(indiaRecord({ senderId: 'DEMOB' })));
    const { app, fleet } = fleetOf(later);
    expect(fleet.registrations.map((r) => r.node.id)).toEqual(['a']);
    expect(() => app.synth()).toThrow(/placement\.json: does not place b; run: npx sender-id-registration fleet place --records .*, and commit placement\.json/);
  });

  test('stacks deploy one after another, and a stack whose records outgrew it warns', () => {
    // GIVEN 3 records of 23 writes, placed at a quota of 40 writes an hour with no margin (one record a stack),
    // synthesized at half that quota: the margin is still the lock's (0), so 20 writes are planned, not 15
    const folder = recordsFolder({
      'a.json': indiaRecord({ senderId: 'DEMOA' }), 'b.json': indiaRecord({ senderId: 'DEMOB' }), 'c.json': indiaRecord({ senderId: 'DEMOC' }),
    });
    placeFleet({ recordsFolder: folder, requestsPerSecond: 40 / 3600, safetyMargin: 0 });
    const { fleet } = fleetOf(folder, { requestsPerSecond: 20 / 3600 });
    // THEN
    expect(fleet.stacks.map((s) => s.stackName)).toEqual(['Fleet-1', 'Fleet-2', 'Fleet-3']);
    expect(fleet.stacks[1].dependencies).toEqual([fleet.stacks[0]]);
    expect(fleet.stacks[2].dependencies).toEqual([fleet.stacks[1]]);
    Annotations.fromStack(fleet.stacks[0]).hasWarning('/Fleet/Stack1', Match.stringLikeRegexp('takes 23 writes.*more than the 20 planned'));
  });
});
