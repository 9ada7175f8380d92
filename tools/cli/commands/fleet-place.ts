import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandArgs, EXIT, UsageError } from '../args';
import { Command, EXIT_CODES_HELP } from '../command';

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
    '',
    'Reads every record of the folder (as SenderIdRegistrationFleet does), keeps the stack of every record placement.json',
    'already holds, releases records that are gone, and puts new ones in the first stack with room for their writes within',
    'CloudFormation\'s one-hour limit at the quota, or in a new stack. Commit placement.json with the records.',
    '',
    '  --records <dir>            the records folder (required)',
    '  --requests-per-second N    the account\'s quota for registration writes; default the lock\'s, else 1',
    '  --safety-margin F          share of the hour kept free, 0 to below 1; default the lock\'s, else 0.25',
    '  --check                    write nothing; exit 1 when placement.json is out of date (for CI)',
    '',
    `${EXIT_CODES_HELP} A record that does not load is a finding (exit 1; it is placed once it loads).`,
  ].join('\n'),
  async run(argv, io) {
    const values = commandArgs(argv, {
      records: { type: 'string' }, 'requests-per-second': { type: 'string' }, 'safety-margin': { type: 'string' }, check: { type: 'boolean' },
    });
    if (!values.records) throw new UsageError('--records is required');
    const requestsPerSecond = numberOption('requests-per-second', values['requests-per-second']);
    const safetyMargin = numberOption('safety-margin', values['safety-margin']);
    if (requestsPerSecond !== undefined && !(requestsPerSecond > 0)) throw new UsageError('--requests-per-second must be greater than 0');
    if (safetyMargin !== undefined && !(safetyMargin >= 0 && safetyMargin < 1)) throw new UsageError('--safety-margin must be from 0 to below 1');
    const recordsFolder = path.resolve(io.cwd, values.records);
    if (!fs.existsSync(recordsFolder)) throw new UsageError(`--records ${values.records}: no such folder`);
    // Loaded when run: the fleet reads records with aws-cdk-lib, which the other commands must not need to start.
    const { placeFleet } = await import('../../fleet/place-fleet');
    const result = placeFleet({ recordsFolder, requestsPerSecond, safetyMargin, check: values.check });
    result.lines.forEach((line) => io.out(line));
    result.problems.forEach((problem) => io.err(problem));
    return result.problems.length > 0 || (values.check && result.changed) ? EXIT.failure : EXIT.ok;
  },
};
