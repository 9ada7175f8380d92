import { readOnlyApi, smsClient } from '../../deployed/read-only-api';
import { formatStatusTable } from '../../status/format-status';
import { registrationStatuses } from '../../status/registration-status';
import { commandArgs, EXIT } from '../args';
import { Command, EXIT_CODES_HELP } from '../command';
import { fleetStatusCommand } from './fleet-status';

export const statusCommand: Command = {
  name: 'status',
  summary: 'the registrations the construct manages in a Region, their versions and any reviewer\'s reasons (read-only)',
  help: [
    'Usage: sender-id-registration status [--region R] [--stack NAME] [--json]',
    '       sender-id-registration status --fleet --records <dir> --stack-prefix <prefix> [--region R] [--json | --csv]',
    '',
    'Lists every registration tagged by the construct (sender-id-registration:stack) in the Region: sender ID, type, status,',
    'and every version with the dates it entered each status; a version sent back (DENIED, REQUIRES_UPDATES) also shows the',
    'reviewer\'s reasons and each field\'s feedback. Describe and List calls only.',
    '',
    '  --region R              default the environment\'s (AWS_REGION, profile)',
    '  --stack NAME            only that stack\'s registrations',
    '  --json                  the same as JSON',
    '  --fleet                 one row per record of a fleet instead: record file, sender ID, type, status, latest version',
    '                          and its status, the reviewer\'s reasons in short (the same as `fleet status`; see its --help)',
    '',
    EXIT_CODES_HELP,
  ].join('\n'),
  async run(argv, io) {
    // A fleet's view takes the records folder and the stack prefix: the same command as `fleet status`, its options and all.
    if (argv.includes('--fleet')) return fleetStatusCommand.run(argv.filter((a) => a !== '--fleet'), io);
    const values = commandArgs(argv, { region: { type: 'string' }, stack: { type: 'string' }, json: { type: 'boolean' } });
    if (!values) {
      io.out(this.help);
      return EXIT.ok;
    }
    const client = smsClient(values.region);
    io.err('reading registrations…');
    const reports = await registrationStatuses(readOnlyApi(client), values.stack);
    io.out(values.json ? JSON.stringify(reports, null, 2) : formatStatusTable(reports, await client.config.region()));
    return EXIT.ok;
  },
};
