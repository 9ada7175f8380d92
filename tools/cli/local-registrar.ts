import * as path from 'node:path';
import { RunningRegistrar, startRegistrar } from '../registrar';

/** `--local <state file>`: work against the registrations a local registrar keeps in that file instead of AWS. */
export const LOCAL_OPTION = { local: { type: 'string' } } as const;

export const LOCAL_OPTION_HELP = [
  '  --local <state file>    against the local registrar whose registrations this file keeps (`rehearse --local <file>`',
  '                          leaves them there) instead of AWS: no account, no credentials, nothing leaves the machine',
].join('\n');

/** What a command needs of the local registrar beyond its state file. */
export interface LocalRegistrarNeeds {
  /** The account the registrations belong to (the app's stack's); default the state file's. */
  readonly accountId?: string;
  /** The secrets GetSecretValue answers from (`--secrets FILE`). */
  readonly secretsFile?: string;
}

/** The settings that point the SDK at the registrar, with credentials it accepts (it checks no signature). */
function endpointEnvironment(registrar: RunningRegistrar): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2: registrar.url,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: registrar.url,
    AWS_ACCESS_KEY_ID: 'local-registrar',
    AWS_SECRET_ACCESS_KEY: 'local-registrar',
  };
}

/**
 * Run `work` with the SDK pointed at an embedded registrar that reads and keeps its registrations in `stateFile`
 * (relative to `cwd`). The environment is restored and the state saved afterwards, whatever `work` does.
 */
export async function withLocalRegistrar<T>(
  stateFile: string, cwd: string, needs: LocalRegistrarNeeds, work: (registrar: RunningRegistrar) => Promise<T>,
): Promise<T> {
  const registrar = await startRegistrar({
    stateFile: path.resolve(cwd, stateFile), accountId: needs.accountId,
    secretsFile: needs.secretsFile === undefined ? undefined : path.resolve(cwd, needs.secretsFile),
  });
  const settings = endpointEnvironment(registrar);
  const saved = Object.fromEntries(Object.keys(settings).map((key) => [key, process.env[key]]));
  Object.assign(process.env, settings);
  try {
    return await work(registrar);
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await registrar.close();
  }
}
