import { readOnlyApi, smsClient } from '../../deployed/read-only-api';
import { formatStatusTable } from '../../status/format-status';
import { registrationStatuses } from '../../status/registration-status';
import { commandArgs, EXIT } from '../args';
import { Command, CommandIo, EXIT_CODES_HELP } from '../command';
import { LOCAL_OPTION, LOCAL_OPTION_HELP, withLocalRegistrar } from '../local-registrar';
import { fleetStatusCommand } from './fleet-status';

export const statusCommand: Command = {
  name: 'status',
  summary: 'the registrations the construct manages in a Region, their versions and any reviewer\'s reasons (read-only)',
  help: [
    'Usage: sender-id-registration status [--region R] [--stack NAME] [--json] [--local <state file>]',
    '       sender-id-registration status --fleet --records <dir> --stack-prefix <prefix> [--region R] [--json | --csv]',
    '',
    'Lists every registration tagged by the construct (sender-id-registration:stack) in the Region: sender ID, type, status,',
    'and every version with the dates it entered each status; a version sent back (DENIED, REQUIRES_UPDATES) also shows the',
    'reviewer\'s reasons and each field\'s feedback. Describe and List calls only.',
    '',
    '  --region R              default the environment\'s (AWS_REGION, profile); with --local, every Region the file holds',
    '  --stack NAME            only that stack\'s registrations',
    '  --json                  the same as JSON',
    LOCAL_OPTION_HELP,
    '  --fleet                 one row per record of a fleet instead: record file, sender ID, type, status, latest version',
    '                          and its status, the reviewer\'s reasons in short (the same as `fleet status`; see its --help)',
    '',
    EXIT_CODES_HELP,
  ].join('\n'),
  async run(argv, io) {
    // A fleet's view takes the records folder and the stack prefix: the same command as `fleet status`, its options and all.
    if (argv.includes('--fleet')) return fleetStatusCommand.run(argv.filter((a) => a !== '--fleet'), io);
    const values = commandArgs(argv, { ...LOCAL_OPTION, region: { type: 'string' }, stack: { type: 'string' }, json: { type: 'boolean' } });
    if (values.local === undefined) {
      await printStatus(io, [values.region], values.stack, values.json);
      return EXIT.ok;
    }
    return withLocalRegistrar(values.local, io.cwd, {}, async (registrar) => {
      const kept = Object.keys(registrar.admin.dumpState().regions);
      if (!values.region && kept.length === 0) {
        io.out(`No registrations kept in ${values.local} yet: \`npx sender-id-registration rehearse --local ${values.local}\` leaves them there.`);
        return EXIT.ok;
      }
      await printStatus(io, values.region ? [values.region] : kept, values.stack, values.json);
      return EXIT.ok;
    });
  },
};

/** One status report per Region (undefined: the environment's). */
async function printStatus(io: CommandIo, regions: ReadonlyArray<string | undefined>, stack: string | undefined, json: boolean | undefined) {
  io.err('reading registrations…');
  for (const region of regions) {
    const client = smsClient(region);
    const reports = await registrationStatuses(readOnlyApi(client), stack);
    io.out(json ? JSON.stringify(reports, null, 2) : formatStatusTable(reports, await client.config.region()));
  }
}
