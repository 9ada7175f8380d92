import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { buildIsvFleetApp } from '../../examples/isv-fleet/app';
import { runCli } from '../../tools/cli/main';
import { declareRegistration } from '../review/fixtures/review-app';

/** Runs the CLI in-process, as `sender-id-registration ...argv` in `cwd`, collecting what it writes. */
async function cli(argv: string[], cwd = os.tmpdir()) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (line) => err.push(line), cwd });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('exit codes and help', () => {
  const commands = ['rehearse', 'review', 'plan', 'status', 'definitions sync', 'registrar'];
  test.each(commands)('%s --help prints its usage and exit codes, exit 0', async (name) => {
    const result = await cli([...name.split(' '), '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: sender-id-registration ${name}`);
    expect(result.stdout).toContain('Exit codes: 0 ok · 1 findings or a failure (details on stderr) · 2 usage error.');
  });

  test('no command, an unknown command, an unknown option or a missing required option is a usage error, exit 2', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['deploy'])).stderr).toContain('unknown command "deploy"');
    const unknownOption = await cli(['review', '--bogus']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("Unknown option '--bogus'");
    expect(unknownOption.stderr).toContain('sender-id-registration review --help');
    expect((await cli(['definitions', 'sync'])).stderr).toContain('--region is required');
    expect((await cli(['rehearse', '--context', 'no-equals-sign'], process.cwd())).stderr).toContain('expected key=value');
  });

  test('outside a CDK app, without --app or --assembly, it says where to run it (exit 2)', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-cli-empty-'));
    const result = await cli(['rehearse'], empty);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no cdk.json in');
    fs.rmSync(empty, { recursive: true, force: true });
  });
});

test('rehearse --assembly runs an app with no stage convention through the handler bundle on the embedded registrar', async () => {
  // GIVEN a user's app, synthesized: one India registration, no "stage" context anywhere
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-cli-rehearse-'));
  try {
    const app = new App({ outdir: path.join(work, 'cdk.out') });
    declareRegistration(app, 'DEMOCO');
    app.synth();

    // WHEN it is rehearsed from its cloud assembly
    const result = await cli(['rehearse', '--assembly', 'cdk.out'], work);

    // THEN the registration is created and submitted, with no second act; progress went to stderr, the report to stdout
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Create: ReviewApp/India');
    expect(result.stderr).toContain('polling isComplete');
    expect(result.stderr).not.toContain('failed');
    expect(result.stdout).toContain('── Create: ReviewApp/India');
    expect(result.stdout).toMatch(/status SUBMITTED · version 1/);
    expect(result.stdout).not.toContain('Act 2');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});

test('rehearse the ISV fleet example: its India and Indonesia records are submitted, Jordan\'s kept as the draft it asks for', async () => {
  // GIVEN the fleet example, synthesized (records for India, Indonesia with documents, and Jordan, a type the catalog lacks)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-cli-fleet-'));
  try {
    const app = new App({ outdir: path.join(work, 'cdk.out') });
    buildIsvFleetApp(app);
    app.synth();

    // WHEN it is rehearsed on the embedded registrar, with the Indonesian end business's secret from the example's file
    const secrets = path.join(__dirname, '..', '..', 'examples', 'isv-fleet', 'secrets.json');
    const result = await cli(['rehearse', '--assembly', 'cdk.out', '--secrets', secrets], work);

    // THEN every record is created, and submitted unless it asks for a draft
    expect(result.code).toBe(0);
    // Indonesia's contact, address line and company number were read from the secret, and only their source is shown
    expect(result.stdout).toMatch(/contactInfo\.emailAddress +from secret sender-id-registrations\/pt-demo-indonesia key "email" \(stage AWSCURRENT\)/);
    expect(result.stdout).not.toContain('sms-registrations@example.com');
    // Jordan's form is a partial bundled entry (its page's fields): rehearsed too, with the fields the record declares,
    // and left a draft as the record asks
    expect(result.stdout.match(/status SUBMITTED · version 1/g)).toHaveLength(2);
    expect(result.stdout).toMatch(/demojordan[\s\S]*status CREATED · version 1/);
    expect(result.stdout).not.toContain('Not rehearsed');
    expect(result.stdout).toContain('3 registrations were created');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
