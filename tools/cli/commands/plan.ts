import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readOnlyApi, smsClient } from '../../deployed/read-only-api';
import { formatStackPlan, StackPlan } from '../../plan/format-plan';
import { DailyQuotaMaxima, planStack, unreadableSecrets } from '../../plan/plan-stack';
import { StackRegistrations, stackRegistrations } from '../../plan/stack-registrations';
import { cloudAssemblyOf } from '../../rehearsal/app-source';
import { APP_OPTIONS, APP_OPTIONS_HELP, appChoice } from '../app-options';
import { commandArgs, EXIT, UsageError } from '../args';
import { Command, CommandIo, EXIT_CODES_HELP } from '../command';
import { DAILY_QUOTA_OPTIONS, DAILY_QUOTA_OPTIONS_HELP, dailyQuotaMaxima } from '../daily-quota-options';
import { LOCAL_OPTION, LOCAL_OPTION_HELP, withLocalRegistrar } from '../local-registrar';

export const planCommand: Command = {
  name: 'plan',
  summary: 'what `cdk deploy` would do to each registration of a stack, against what is deployed (read-only)',
  help: [
    'Usage: sender-id-registration plan --stack NAME [--region R] [--local <state file> [--secrets FILE]]',
    '                                   [--versions-per-day N] [--attachments-per-day N]',
    '                                   [--app <command | dir>] [--assembly <dir>] [-c key=value]...',
    '',
    'Synthesizes the app, reads the stack\'s deployed registrations (Describe and List calls only) and asks the handler\'s own',
    'planner what a deploy does to each: no change, write fields into the draft, a new version, blocked (under review),',
    'create, or tags only. Values from secrets are read with GetSecretValue, in the stack\'s account. Credentials, AWS_REGION',
    'and AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2 apply as for the SDK.',
    '',
    '  --stack NAME            the stack to plan (required)',
    '  --region R              where its registrations are; default the stack\'s Region, else the environment\'s',
    LOCAL_OPTION_HELP,
    '  --secrets FILE          with --local: the secrets the values come from, as `rehearse --secrets` takes them',
    DAILY_QUOTA_OPTIONS_HELP,
    '                             given, the plan counts what the account created in the last 24 hours and refuses a',
    '                             deploy that would run past the quota today',
    APP_OPTIONS_HELP,
    '',
    `${EXIT_CODES_HELP} A value from a secret that cannot be read is a finding (exit 1): a deploy would fail.`,
  ].join('\n'),
  async run(argv, io) {
    const values = commandArgs(argv, { ...APP_OPTIONS, ...LOCAL_OPTION, stack: { type: 'string' }, region: { type: 'string' }, secrets: { type: 'string' },
      ...DAILY_QUOTA_OPTIONS });
    if (!values.stack) throw new UsageError('--stack is required');
    if (values.secrets !== undefined && values.local === undefined) {
      throw new UsageError('--secrets needs --local: against AWS, the values are read from Secrets Manager with your credentials');
    }
    const perDay = dailyQuotaMaxima(values);
    const stackName = values.stack;
    const choice = appChoice(values, io.cwd);
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-plan-'));
    try {
      const source = { assemblyDir: choice.assemblyDir, app: choice.appCommand, appDir: io.cwd, context: choice.context };
      const stack = stackRegistrations(cloudAssemblyOf(source, outdir, io.err), stackName);
      const planned = values.local === undefined ? await planDeployed(stack, values.region, perDay, io)
        : await withLocalRegistrar(values.local, io.cwd, { accountId: stack.account, secretsFile: values.secrets },
          () => planDeployed(stack, values.region ?? stack.region ?? 'us-east-1', perDay, io));
      io.out(formatStackPlan(planned));
      if (planned.quotaProblems.length > 0) {
        io.err(`plan: the deploy does not fit the account's quotas: ${planned.quotaProblems.join(' ')}`);
        return EXIT.failure;
      }
      return secretsFinding(planned, values.local, io);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  },
};

async function planDeployed(stack: StackRegistrations, region: string | undefined, perDay: DailyQuotaMaxima, io: CommandIo): Promise<StackPlan> {
  // The registrations live where the stack deploys; an environment-agnostic stack deploys to the environment's Region.
  const client = smsClient(region ?? stack.region);
  io.err(`reading the deployed registrations of ${stack.stackName}…`);
  const resolvedRegion = await client.config.region();
  return planStack(readOnlyApi(client), stack, resolvedRegion, undefined, perDay);
}

/** A plan that could not read a secret cannot say what a deploy does (it would fail): exit 1, saying how to give the values. */
function secretsFinding(plan: StackPlan, local: string | undefined, io: CommandIo): number {
  const unreadable = unreadableSecrets(plan);
  if (unreadable === 0) return EXIT.ok;
  const what = `${unreadable} value${unreadable === 1 ? '' : 's'} from secrets could not be read`;
  io.err(local === undefined
    ? `plan: ${what}: use credentials that may call GetSecretValue on them in the stack's account, or plan against a local registrar `
      + 'with --local <state file> --secrets FILE'
    : `plan: ${what}: give their values with --secrets FILE (a JSON object of secret name to value, as rehearse --secrets takes it)`);
  return EXIT.failure;
}
