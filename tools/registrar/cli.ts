import { NewVersionMode, RegistrarOptions } from './options';
import { startRegistrar } from './index';

/**
 * `npm run registrar -- --port 4566 [--new-version-mode empty|copy] [--s3-root DIR] [--region R]
 * [--account-id N] [--upload-complete-after-ms N] [--page-size N] [--seed N] [--secrets FILE]`: runs until killed.
 * New versions start empty unless `--new-version-mode copy`; `--region` is the Region of unsigned requests;
 * `--secrets` is the JSON file GetSecretValue answers from (tools/registrar/secrets/secrets-file.ts).
 */

const USAGE = 'Usage: registrar [--port N] [--host H] [--region R] [--account-id N] [--new-version-mode empty|copy] '
  + '[--s3-root DIR] [--upload-complete-after-ms N] [--page-size N] [--seed N] [--secrets FILE]';

function parseArgs(argv: readonly string[]): RegistrarOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const value = inline ?? argv[++i];
    if (!flag.startsWith('--') || value === undefined) throw new Error(`Bad argument ${argv[i] ?? flag}\n${USAGE}`);
    values.set(flag.slice(2), value);
  }
  const number = (name: string): number | undefined => {
    const raw = values.get(name);
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got ${raw}`);
    return n;
  };
  const known = ['port', 'host', 'region', 'account-id', 'new-version-mode', 's3-root', 'upload-complete-after-ms', 'page-size', 'seed', 'secrets'];
  const unknown = [...values.keys()].filter((k) => !known.includes(k));
  if (unknown.length) throw new Error(`Unknown option --${unknown[0]}\n${USAGE}`);
  return {
    port: number('port'),
    host: values.get('host'),
    region: values.get('region'),
    accountId: values.get('account-id'),
    newVersionMode: values.get('new-version-mode') as NewVersionMode | undefined,
    s3Root: values.get('s3-root'),
    uploadCompleteAfterMs: number('upload-complete-after-ms'),
    defaultPageSize: number('page-size'),
    seed: number('seed'),
    secretsFile: values.get('secrets'),
  };
}

async function main(): Promise<void> {
  const registrar = await startRegistrar(parseArgs(process.argv.slice(2)));
  console.log(registrar.url);
  console.error(`Local SMS registration API listening. Point the SDK at it with AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2=${registrar.url}`
    + ` (and Secrets Manager's GetSecretValue with AWS_ENDPOINT_URL_SECRETS_MANAGER=${registrar.url})`);
  const stop = () => {
    void registrar.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
