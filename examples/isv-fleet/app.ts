/**
 * An ISV's fleet: one registration per record file in ./records, placed into stacks by ./records/placement.json
 * (`npx sender-id-registration fleet place --records examples/isv-fleet/records` writes it).
 *
 *   npx cdk synth --app 'npx ts-node --transpile-only examples/isv-fleet/app.ts'
 */
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { SenderIdRegistrationFleet } from '../../lib';

export function buildIsvFleetApp(app: App = new App()): SenderIdRegistrationFleet {
  return new SenderIdRegistrationFleet(app, 'IsvFleet', {
    recordsFolder: path.join(__dirname, 'records'),
    // India registrations must be created in ap-south-1 or ap-south-2; every record of this fleet shares its Region.
    stackProps: { env: { account: '111111111111', region: 'ap-south-1' } },
  });
}

if (require.main === module) {
  const app = new App();
  buildIsvFleetApp(app);
  app.synth();
}
