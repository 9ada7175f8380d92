import * as fs from 'node:fs';
import * as path from 'node:path';
import { readOnlyApi, smsClient } from '../../deployed/read-only-api';
import { commandArgs, EXIT, UsageError } from '../args';
import { Command, EXIT_CODES_HELP } from '../command';

const OPTIONS = {
  records: { type: 'string' }, 'stack-prefix': { type: 'string' }, region: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' },
} as const;

export const fleetStatusCommand: Command = {
  name: 'fleet status',
  summary: 'each record of a fleet with its registration\'s status, as a table, JSON or CSV (read-only)',
  help: [
    'Usage: sender-id-registration fleet status --records <dir> --stack-prefix <prefix> [--region R] [--json | --csv]',
    '',
    'Lists every record of the folder with its stack and its registration\'s status (NOT_DEPLOYED when its stack holds none',
    'yet, NOT_PLACED when placement.json lacks it), and the registrations of the fleet\'s stacks that no record claims any',
    'more. A registration is found by the stack and resource tags the construct puts on it. DescribeRegistrations and',
    'ListTagsForResource calls, and DescribeRegistrationVersions for each registration\'s latest version, only.',
    '',
    '  --records <dir>         the records folder (required)',
    '  --stack-prefix <prefix> the fleet\'s stackNamePrefix (required), e.g. IsvFleet- for a fleet with the id IsvFleet',
    '  --region R              default the environment\'s (AWS_REGION, profile)',
    '  --json                  the rows as JSON',
    '  --csv                   the rows as CSV',
    '',
    EXIT_CODES_HELP,
  ].join('\n'),
  async run(argv, io) {
    const values = commandArgs(argv, OPTIONS);
    if (!values.records) throw new UsageError('--records is required');
    if (!values['stack-prefix']) throw new UsageError('--stack-prefix is required');
    if (values.json && values.csv) throw new UsageError('--json and --csv exclude each other');
    const recordsFolder = path.resolve(io.cwd, values.records);
    if (!fs.existsSync(recordsFolder)) throw new UsageError(`--records ${values.records}: no such folder`);
    // Loaded when run: the fleet reads records with aws-cdk-lib, which the other commands must not need to start.
    const { fleetStatus, fleetStatusCsv, fleetStatusTable } = await import('../../fleet/fleet-status');
    io.err('reading registrations…');
    const rows = await fleetStatus(readOnlyApi(smsClient(values.region)), recordsFolder, values['stack-prefix']);
    io.out(values.json ? JSON.stringify(rows, null, 2) : values.csv ? fleetStatusCsv(rows) : fleetStatusTable(rows));
    return EXIT.ok;
  },
};
