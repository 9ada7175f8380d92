import * as fs from 'node:fs';
import * as path from 'node:path';
import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { catalogEntries } from '../../../lib/core/forms/catalog';
import { BUNDLED_CATALOG_DIR } from '../../definitions-sync/catalog-files';
import { syncDefinitions } from '../../definitions-sync/sync';
import { commandArgs, EXIT, UsageError } from '../args';
import { Command, EXIT_CODES_HELP } from '../command';

/** Outside this repository the bundled catalog is compiled into the package, so the live files go to the app's directory. */
const DEFAULT_OUT = 'sender-id-definitions';

export const definitionsSyncCommand: Command = {
  name: 'definitions sync',
  summary: 'fetch the live registration field definitions of a Region into catalog files (read-only against AWS)',
  help: [
    'Usage: sender-id-registration definitions sync --region R [--types T1,T2] [--out <dir>]',
    '',
    'Calls only DescribeRegistrationTypeDefinitions, -SectionDefinitions and -FieldDefinitions (every page) and writes one',
    'catalog file per type, in the bundled catalog\'s format, with provenance "live, <region>, <date>"; prints the fields',
    'added, removed and changed per type against the bundled catalog. Honours AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2.',
    '',
    '  --region R              the Region to read (required)',
    '  --types T1,T2           registration types; default those with a file in --out, else every type of the bundled catalog',
    `  --out <dir>             where the files go; default ./${DEFAULT_OUT} (in this library's repository: its catalog)`,
    '',
    `${EXIT_CODES_HELP} A type asked for by name that the Region does not offer is a finding (exit 1).`,
  ].join('\n'),
  async run(argv, io) {
    const values = commandArgs(argv, { region: { type: 'string' }, types: { type: 'string' }, out: { type: 'string' } });
    if (!values.region) throw new UsageError('--region is required');
    const outDir = path.resolve(io.cwd, values.out ?? (fs.existsSync(BUNDLED_CATALOG_DIR) ? BUNDLED_CATALOG_DIR : DEFAULT_OUT));
    const named = values.types?.split(',').map((t) => t.trim()).filter(Boolean);
    const inOutDir = fs.existsSync(outDir) && fs.readdirSync(outDir).some((f) => f.endsWith('.json'));
    const types = named?.length ? named : inOutDir ? undefined : catalogEntries().map((e) => e.RegistrationType);
    const client = new PinpointSMSVoiceV2Client({ region: values.region, retryMode: 'standard', maxAttempts: 10 });
    try {
      io.err(`reading the live definitions in ${values.region}…`);
      const result = await syncDefinitions({ client, region: values.region, types, outDir });
      result.lines.forEach((line) => io.out(line));
      // Only types named on the command line count as missing: the default list is what the catalog happens to hold.
      return named?.length && result.missing.length ? EXIT.failure : EXIT.ok;
    } finally {
      client.destroy();
    }
  },
};
