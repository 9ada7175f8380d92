import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { INTEG_STACKS, integApp } from './integ.india-draft';

// The integ test's snapshot, verified offline as integ-runner does before it decides whether to deploy: the committed
// templates must be what the app synthesizes now. Refresh them deliberately with `npm run integ:snapshot`.
const SNAPSHOT_DIR = path.join(__dirname, 'integ.india-draft.ts.snapshot');

/**
 * Asset hashes change with every handler build, and integ-tests salts each assertion with the time of synth (so it runs
 * on every deploy); the snapshot is about the templates' shape, so both are masked.
 */
function normalized(template: unknown): unknown {
  return JSON.parse(JSON.stringify(template).replace(/[0-9a-f]{64}/g, '<asset hash>').replace(/"salt":"\d+"/g, '"salt":"<time of synth>"'));
}

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-integ-'));
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

test.each(INTEG_STACKS)('%s synthesizes to the committed snapshot', (stackName) => {
  integApp({ outdir }).synth();
  const template = normalized(JSON.parse(fs.readFileSync(path.join(outdir, `${stackName}.template.json`), 'utf8')));
  const snapshot = path.join(SNAPSHOT_DIR, `${stackName}.template.json`);
  if (process.env.UPDATE_INTEG_SNAPSHOT) {
    // Refreshing writes the snapshot and checks nothing: comparing it with what was just written could not fail.
    fs.mkdirSync(SNAPSHOT_DIR, { recursive: true });
    fs.writeFileSync(snapshot, `${JSON.stringify(template, null, 2)}\n`);
    return;
  }
  expect(template).toEqual(JSON.parse(fs.readFileSync(snapshot, 'utf8')));
});

test('the integ test deploys one India draft, destroyed with the stack, and asserts it with DescribeRegistrations', () => {
  const template = JSON.parse(fs.readFileSync(path.join(SNAPSHOT_DIR, `${INTEG_STACKS[0]}.template.json`), 'utf8'));
  const registrations = Object.values(template.Resources as Record<string, any>).filter((r) => r.Type === 'Custom::SenderIdRegistration');
  expect(registrations).toHaveLength(1);
  expect(registrations[0].Properties).toMatchObject({ RegistrationType: 'IN_SENDER_ID_REGISTRATION', Submit: false, RemovalPolicy: 'destroy' });
  const assertions = JSON.stringify(JSON.parse(fs.readFileSync(path.join(SNAPSHOT_DIR, `${INTEG_STACKS[1]}.template.json`), 'utf8')));
  expect(assertions).toContain('"api":"DescribeRegistrations"');
  expect(assertions).toContain('sms-voice:DescribeRegistrations');
});
