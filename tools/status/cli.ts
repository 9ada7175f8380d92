/**
 * `npm run status [-- --region R] [--stack NAME] [--json]`: the registrations the construct manages
 * (found by its stack tag), their versions, and why a reviewer sent any back. Describe/List calls only.
 */
import '../quiet-env';
import { describeServiceError } from '../../lambda/service-errors';
import { parseArgs } from '../deployed/cli-args';
import { readOnlyApi, smsClient } from '../deployed/read-only-api';
import { formatStatusTable } from './format-status';
import { registrationStatuses } from './registration-status';

const USAGE = 'Usage: npm run status [-- --region R] [--stack NAME] [--json]';

export async function status(argv: readonly string[], print: (text: string) => void): Promise<void> {
  const args = parseArgs(argv, { values: ['region', 'stack'], flags: ['json', 'help'] }, USAGE);
  if (args.flags.has('help')) return print(USAGE);
  const client = smsClient(args.values.get('region'));
  const reports = await registrationStatuses(readOnlyApi(client), args.values.get('stack'));
  print(args.flags.has('json') ? JSON.stringify(reports, null, 2) : formatStatusTable(reports, await client.config.region()));
}

if (require.main === module) {
  status(process.argv.slice(2), (text) => console.log(text)).catch((error) => {
    console.error(`status failed: ${describeServiceError(error)}`);
    process.exit(1);
  });
}
