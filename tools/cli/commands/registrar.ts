import * as path from 'node:path';
import { startRegistrar } from '../../registrar';
import { servedCatalog } from '../../registrar/catalog';
import { commandArgs, EXIT, UsageError } from '../args';
import { Command, EXIT_CODES_HELP } from '../command';

export const registrarCommand: Command = {
  name: 'registrar',
  summary: 'run the local registrar: an HTTP stand-in for the SMS registration API, until stopped',
  help: [
    'Usage: sender-id-registration registrar [--port N] [--host H] [--region R] [--account-id N] [--state FILE]',
    '                                        [--new-version-mode empty|copy] [--s3-root DIR] [--secrets FILE] [--definitions DIR]',
    '',
    'Speaks AWS JSON 1.0 like pinpoint-sms-voice-v2, so the unmodified SDK (and status, plan, definitions sync) talk to',
    'it through AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2. It also answers Secrets Manager\'s GetSecretValue (AWS JSON 1.1,',
    'AWS_ENDPOINT_URL_SECRETS_MANAGER) from a local file. Prints its URL on stdout; runs until Ctrl-C (SIGINT) or SIGTERM.',
    'Its reviewer is played with `registrar approve` and `registrar deny --endpoint <its URL>`.',
    '',
    '  --port N                default 4566 (0 picks a free port)',
    '  --host H                default 127.0.0.1 (nothing outside the machine can reach it)',
    '  --region R, --account-id N   what the registrar answers as (ARNs); the account defaults to the state file\'s',
    '  --state FILE            keep the registrations in FILE: read at start, written after every request (the file',
    '                          `rehearse --local FILE` leaves; it holds declared values, so keep it out of git)',
    '  --new-version-mode M    whether a new version starts empty (default, as the service does) or as a copy',
    '  --s3-root DIR           the directory that plays S3: s3://bucket/key is read from DIR/bucket/key',
    '  --secrets FILE          the secrets GetSecretValue answers with, in every Region: a JSON object of secret name',
    '                          to its value (a string, or a JSON object), or to { "versions": [{ "versionId", "stages",',
    '                          "value" }] }. Values are never logged or printed.',
    '  --definitions DIR       your app\'s synced definitions (definitions sync), served ahead of the bundled catalog.',
    '                          Every bundled type is served too, without the rules the catalog only assumed',
    '',
    EXIT_CODES_HELP,
  ].join('\n'),
  async run(argv, io) {
    const values = commandArgs(argv, {
      port: { type: 'string' }, host: { type: 'string' }, region: { type: 'string' }, 'account-id': { type: 'string' },
      'new-version-mode': { type: 'string' }, 's3-root': { type: 'string' }, secrets: { type: 'string' }, state: { type: 'string' },
      definitions: { type: 'string' },
    });
    const port = Number(values.port ?? 4566);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${values.port}: expected a port number`);
    const mode = values['new-version-mode'];
    if (mode !== undefined && mode !== 'copy' && mode !== 'empty') throw new UsageError(`--new-version-mode ${mode}: expected copy or empty`);
    const registrar = await startRegistrar({
      port, host: values.host, region: values.region, accountId: values['account-id'], newVersionMode: mode, s3Root: values['s3-root'],
      secretsFile: values.secrets === undefined ? undefined : path.resolve(io.cwd, values.secrets),
      stateFile: values.state === undefined ? undefined : path.resolve(io.cwd, values.state),
      catalog: servedCatalog(values.definitions === undefined ? undefined : path.resolve(io.cwd, values.definitions)),
    });
    io.out(registrar.url);
    io.err(`Local SMS registration API listening. Point the SDK at it with AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2=${registrar.url}`
      + ` (and Secrets Manager's GetSecretValue with AWS_ENDPOINT_URL_SECRETS_MANAGER=${registrar.url})`);
    return new Promise<number>((resolve) => {
      const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
      const stop = () => {
        signals.forEach((signal) => process.off(signal, stop));
        io.err('stopping the local registrar…');
        // Whatever still holds the event loop (a client's open connection, an upload timer), the port is freed and the
        // process ends: Ctrl-C must never leave the registrar serving.
        void registrar.close().finally(() => {
          resolve(EXIT.ok);
          setTimeout(() => process.exit(EXIT.ok), 200).unref();
        });
      };
      signals.forEach((signal) => process.on(signal, stop));
    });
  },
};
