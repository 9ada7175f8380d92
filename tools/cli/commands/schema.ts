import * as fs from 'node:fs';
import * as path from 'node:path';
import { catalogEntries } from '../../../lib/core/forms/catalog';
import {
  DEFAULT_DEFINITIONS_FOLDER, describeForm, formInUse, readSyncedDefinitions, syncedDefinitionsFolder,
} from '../../../lib/core/forms/catalog/synced-definitions';
import { recordSchema } from '../../schema/record-schema';
import { commandArgs, EXIT, UsageError } from '../args';
import { Command, EXIT_CODES_HELP } from '../command';

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'the JSON Schema of a fleet record of a registration type, from the bundled catalog, for editors',
  help: [
    'Usage: sender-id-registration schema --type <REGISTRATION_TYPE> [--out <file>] [--definitions <dir>]',
    '',
    'Writes a JSON Schema (draft-07) of a SenderIdRegistrationFleet record of that type: titles, descriptions, options',
    'as enums, lengths, patterns, required keys and the catalog\'s conditional requirements (if/then), so an editor completes',
    'and checks a record before synth. Rules the catalog only assumed are named in descriptions, not enforced. A type outside',
    'the catalog gets the common form only (its records say typeNotInCatalog: true).',
    '',
    `  --type T                a registration type; the catalog has ${catalogEntries().map((e) => e.RegistrationType).join(', ')}`,
    '  --out <file>            write it there; default stdout',
    '  --definitions <dir>     your app\'s synced definitions (definitions sync), used ahead of the bundled catalog;',
    `                          default ./${DEFAULT_DEFINITIONS_FOLDER} when it exists`,
    '',
    'In a YAML record: # yaml-language-server: $schema=<file>   In a JSON record: "$schema": "<file>"',
    '',
    EXIT_CODES_HELP,
  ].join('\n'),
  async run(argv, io) {
    const values = commandArgs(argv, { type: { type: 'string' }, out: { type: 'string' }, definitions: { type: 'string' } });
    if (!values.type) throw new UsageError('--type is required');
    if (!/^[A-Za-z0-9_]{1,64}$/.test(values.type)) throw new UsageError(`--type ${values.type}: not a registration type (1-64 of A-Z, a-z, 0-9, _)`);
    const folder = syncedDefinitionsFolder(values.definitions, io.cwd);
    const synced = folder ? readSyncedDefinitions(folder) : undefined;
    const form = formInUse(values.type, synced);
    if (!form) {
      io.err(`${values.type} is neither synced nor in the bundled catalog: the schema checks the common form only; the live definitions decide at deploy`);
    } else if (form.origin === 'synced') {
      io.err(`${values.type}: ${describeForm({ registrationType: values.type, origin: form.origin, source: form.source })}`);
    }
    const text = `${JSON.stringify(recordSchema(values.type, synced), null, 2)}\n`;
    if (!values.out) {
      io.out(text.trimEnd());
      return EXIT.ok;
    }
    const file = path.resolve(io.cwd, values.out);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    io.err(`wrote ${values.out}`);
    return EXIT.ok;
  },
};
