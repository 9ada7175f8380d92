import * as path from 'node:path';
import { rehearse } from '../../rehearsal/run-rehearsal';
import { APP_OPTIONS, APP_OPTIONS_HELP, appChoice } from '../app-options';
import { commandArgs, EXIT } from '../args';
import { Command, EXIT_CODES_HELP } from '../command';

export const rehearseCommand: Command = {
  name: 'rehearse',
  summary: 'deploy every registration of the app on an embedded local registrar, through the real handler (no AWS account)',
  help: [
    'Usage: sender-id-registration rehearse [--app <command | dir>] [--assembly <dir>] [-c key=value]... [--secrets <file>]',
    '                                       [--local <state file>] [--s3-objects <dir>]',
    '',
    'Synthesizes the app, starts the embedded local registrar (one per Region), and runs every Custom::SenderIdRegistration',
    'through the handler bundle the construct deploys: a CloudFormation Create, then the Provider framework\'s isComplete polls.',
    'Prints, per registration, the type, sender ID, registration id, status, version, the fields and attachments written',
    '(personal data hidden) and the API calls made. Nothing reaches AWS.',
    '',
    APP_OPTIONS_HELP,
    '  --secrets <file>        the secrets values come from (SecretText.fromSecret), as JSON: { "<secret name>": "text" or',
    '                          { "key": "value", ... } }; the embedded registrar answers GetSecretValue from it',
    '  --local <state file>    keep the registrations in this file, for status, plan and the reviewer (registrar approve,',
    '                          registrar deny) with the same --local; a registration already there is updated, as by a',
    '                          second deploy. It holds the values you declared: keep it out of git. Default: forgotten',
    '  --s3-objects <dir>      a folder outside the app holding the S3 objects it names (Attachment.fromS3Object, e.g. an',
    '                          identity document) as <dir>/<bucket>/<key>; the embedded registrar reads them from there',
    '',
    EXIT_CODES_HELP,
  ].join('\n'),
  async run(argv, io) {
    const values = commandArgs(argv, { ...APP_OPTIONS, secrets: { type: 'string' }, local: { type: 'string' }, 's3-objects': { type: 'string' } });
    const choice = appChoice(values, io.cwd);
    await rehearse({
      source: { assemblyDir: choice.assemblyDir, app: choice.appCommand, appDir: io.cwd, context: choice.context },
      secretsFile: values.secrets === undefined ? undefined : path.resolve(io.cwd, values.secrets),
      stateFile: values.local === undefined ? undefined : path.resolve(io.cwd, values.local),
      s3ObjectsDir: values['s3-objects'] === undefined ? undefined : path.resolve(io.cwd, values['s3-objects']),
      print: io.out,
      progress: io.err,
    });
    return EXIT.ok;
  },
};
