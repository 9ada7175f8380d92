import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FleetQuotaCheck } from '../../fleet/fleet-quotas';
import { commandArgs, EXIT, UsageError } from '../args';
import { Command, CommandIo, EXIT_CODES_HELP } from '../command';
import { DAILY_QUOTA_OPTIONS, DAILY_QUOTA_OPTIONS_HELP, dailyQuotaMaxima } from '../daily-quota-options';
import { LOCAL_OPTION, LOCAL_OPTION_HELP, withLocalRegistrar } from '../local-registrar';

function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new UsageError(`--${name} ${value}: expected a number`);
  return number;
}

export const fleetPlaceCommand: Command = {
  name: 'fleet place',
  summary: 'place a folder of fleet records into stacks, writing its placement.json (records already placed never move)',
  help: [
    'Usage: sender-id-registration fleet place --records <dir> [--requests-per-second N] [--safety-margin F] [--check]',
    '                                          [--check-quotas [--region R] [--local <state file>] [--attachments-per-day N]]',
    '',
    'Reads every record of the folder (as SenderIdRegistrationFleet does), keeps the stack of every record placement.json',
    'already holds, releases records that are gone, and puts new ones in the first stack with room for their writes within',
    'CloudFormation\'s one-hour limit at the quota, or in a new stack. Commit placement.json with the records.',
    '',
    '  --records <dir>            the records folder (required)',
    '  --requests-per-second N    the account\'s quota for registration writes; default the lock\'s, else 1',
    '  --safety-margin F          share of the hour kept free, 0 to below 1; default the lock\'s, else 0.25',
    '  --check                    write nothing; exit 1 when placement.json is out of date (for CI)',
    '  --check-quotas             read DescribeAccountLimits once (credentials, AWS_REGION and',
    '                             AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2 as for the SDK) and place nothing (exit 1) when the',
    '                             records placed now do not fit REGISTRATIONS_PER_ACCOUNT or REGISTRATION_ATTACHMENTS_PER_ACCOUNT;',
    '                             says how many days of the daily quotas their first deploy takes',
    '  --region R                 with --check-quotas: the Region the fleet deploys to; default the environment\'s',
    LOCAL_OPTION_HELP,
    DAILY_QUOTA_OPTIONS_HELP.split('\n').filter((line) => line.includes('--attachments-per-day')).join('\n'),
    '',
    `${EXIT_CODES_HELP} A record that does not load is a finding (exit 1; it is placed once it loads).`,
  ].join('\n'),
  async run(argv, io) {
    const values = commandArgs(argv, {
      records: { type: 'string' }, 'requests-per-second': { type: 'string' }, 'safety-margin': { type: 'string' }, check: { type: 'boolean' },
      'check-quotas': { type: 'boolean' }, region: { type: 'string' }, ...LOCAL_OPTION,
      // A first deploy creates no new version, so only the attachment quota takes days.
      'attachments-per-day': DAILY_QUOTA_OPTIONS['attachments-per-day'],
    });
    if (!values.records) throw new UsageError('--records is required');
    const requestsPerSecond = numberOption('requests-per-second', values['requests-per-second']);
    const safetyMargin = numberOption('safety-margin', values['safety-margin']);
    if (requestsPerSecond !== undefined && !(requestsPerSecond > 0)) throw new UsageError('--requests-per-second must be greater than 0');
    if (safetyMargin !== undefined && !(safetyMargin >= 0 && safetyMargin < 1)) throw new UsageError('--safety-margin must be from 0 to below 1');
    const recordsFolder = path.resolve(io.cwd, values.records);
    if (!fs.existsSync(recordsFolder)) throw new UsageError(`--records ${values.records}: no such folder`);
    const perDay = dailyQuotaMaxima(values);
    const needsQuotas = ['region', 'local', 'attachments-per-day'].find((name) => values[name as keyof typeof values] !== undefined);
    if (needsQuotas && !values['check-quotas']) throw new UsageError(`--${needsQuotas} needs --check-quotas`);
    const quotas = values['check-quotas'] ? await readQuotas(values.region, values.local, perDay, io) : undefined;
    // Loaded when run: the fleet reads records with aws-cdk-lib, which the other commands must not need to start.
    const { placeFleet } = await import('../../fleet/place-fleet');
    const result = placeFleet({ recordsFolder, requestsPerSecond, safetyMargin, check: values.check, quotas });
    result.lines.forEach((line) => io.out(line));
    result.problems.forEach((problem) => io.err(problem));
    if (result.refused.length > 0) io.err(`fleet place: the records placed now do not fit the account's quotas: ${result.refused.join(' ')}`);
    return result.problems.length > 0 || result.refused.length > 0 || (values.check && result.changed) ? EXIT.failure : EXIT.ok;
  },
};

/** DescribeAccountLimits, read once, in the Region given or the environment's (or from a local registrar's state file). */
async function readQuotas(
  region: string | undefined, local: string | undefined, perDay: FleetQuotaCheck['perDay'], io: CommandIo,
): Promise<FleetQuotaCheck> {
  const { readOnlyApi, smsClient } = await import('../../deployed/read-only-api');
  const read = (inRegion: string | undefined) => async () => ({ limits: await readOnlyApi(smsClient(inRegion)).accountLimits(), perDay });
  io.err('reading the account\'s quotas (DescribeAccountLimits)…');
  // The local registrar needs no environment: without --region it answers as us-east-1, as `plan --local` does.
  return local === undefined ? read(region)() : withLocalRegistrar(local, io.cwd, {}, read(region ?? 'us-east-1'));
}
