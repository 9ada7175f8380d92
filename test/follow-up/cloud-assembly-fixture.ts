import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * A minimal cloud assembly (what `cdk synth` writes to cdk.out) holding one stack in `region` with
 * these `Custom::SenderIdRegistration` resources: what `npm run plan -- --app DIR` reads.
 */
export function writeCloudAssembly(stackName: string, region: string, resources: Record<string, Record<string, unknown>>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-assembly-'));
  const template = {
    Resources: Object.fromEntries(Object.entries(resources).map(([logicalId, properties]) => [logicalId, {
      Type: 'Custom::SenderIdRegistration',
      Properties: { ServiceToken: { 'Fn::GetAtt': ['ProviderframeworkonEvent', 'Arn'] }, ...properties },
    }])),
  };
  fs.writeFileSync(path.join(dir, `${stackName}.template.json`), JSON.stringify(template));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
    version: '48.0.0',
    artifacts: {
      [stackName]: {
        type: 'aws:cloudformation:stack',
        environment: `aws://123456789012/${region}`,
        properties: { templateFile: `${stackName}.template.json`, stackName },
      },
    },
  }));
  return dir;
}
