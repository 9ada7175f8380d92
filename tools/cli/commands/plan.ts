import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readOnlyApi, smsClient } from '../../deployed/read-only-api';
import { planStack } from '../../plan/cli';
import { formatStackPlan } from '../../plan/format-plan';
import { stackRegistrations } from '../../plan/stack-registrations';
import { cloudAssemblyOf } from '../../rehearsal/app-source';
import { APP_OPTIONS, APP_OPTIONS_HELP, appChoice } from '../app-options';
import { commandArgs, EXIT, UsageError } from '../args';
import { Command, EXIT_CODES_HELP } from '../command';

export const planCommand: Command = {
  name: 'plan',
  summary: 'what `cdk deploy` would do to each registration of a stack, against what is deployed (read-only)',
  help: [
    'Usage: sender-id-registration plan --stack NAME [--region R] [--app <command | dir>] [--assembly <dir>] [-c key=value]...',
    '',
    'Synthesizes the app, reads the stack\'s deployed registrations (Describe and List calls only) and asks the handler\'s own',
    'planner what a deploy does to each: no change, write fields into the draft, a new version, blocked (under review),',
    'create, or tags only. Credentials, AWS_REGION and AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2 apply as for the SDK.',
    '',
    '  --stack NAME            the stack to plan (required)',
    '  --region R              where its registrations are; default the stack\'s Region, else the environment\'s',
    APP_OPTIONS_HELP,
    '',
    EXIT_CODES_HELP,
  ].join('\n'),
  async run(argv, io) {
    const values = commandArgs(argv, { ...APP_OPTIONS, stack: { type: 'string' }, region: { type: 'string' } });
    if (!values) {
      io.out(this.help);
      return EXIT.ok;
    }
    if (!values.stack) throw new UsageError('--stack is required');
    const choice = appChoice(values, io.cwd);
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-plan-'));
    try {
      const source = { assemblyDir: choice.assemblyDir, app: choice.appCommand, appDir: io.cwd, context: choice.context };
      const assembly = cloudAssemblyOf(source, outdir, io.err);
      const stack = stackRegistrations(assembly, values.stack);
      // The registrations live where the stack deploys; an environment-agnostic stack deploys to the environment's Region.
      const client = smsClient(values.region ?? stack.region);
      io.err(`reading the deployed registrations of ${values.stack}…`);
      io.out(formatStackPlan(await planStack(readOnlyApi(client), stack, await client.config.region())));
      return EXIT.ok;
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  },
};
