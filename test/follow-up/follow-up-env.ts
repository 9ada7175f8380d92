import { runCli } from '../../tools/cli/main';
import { RegistrarOptions, RunningRegistrar } from '../../tools/registrar';
import { startHandlerAgainstRegistrar } from '../support/local-registrar';

/**
 * Point the tools at the registrar the way a user does (AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2 and fake
 * credentials), so the tests also show that the tools honour the endpoint setting. Returns the undo.
 */
export function pointToolsAt(registrar: RunningRegistrar): () => void {
  const saved = { ...process.env };
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2: registrar.url, AWS_ENDPOINT_URL_SECRETS_MANAGER: registrar.url, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'ap-south-1',
  });
  return () => {
    for (const key of ['AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2', 'AWS_ENDPOINT_URL_SECRETS_MANAGER', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  };
}

/** What a `sender-id-registration` command line printed, and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `sender-id-registration <argv>` in-process, as the installed CLI would in `cwd`. */
export async function cli(argv: string[], cwd = process.cwd()): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (line) => err.push(line), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** What a command printed on stdout; a command that printed nothing and failed rejects with its stderr. */
export async function printed(argv: string[]): Promise<string> {
  const run = await cli(argv);
  if (run.code !== 0 && run.out === '') throw new Error(run.err);
  return run.out;
}

/**
 * The hooks of a follow-up test file: the real handler against one registrar for the file, with the tools pointed
 * at it, both undone at the end. Returns the running registrar (available once beforeAll has run).
 */
export function registrarForTools(options: RegistrarOptions = {}): { readonly current: RunningRegistrar } {
  const holder: { current: RunningRegistrar } = { current: undefined as unknown as RunningRegistrar };
  let restoreEnv: () => void = () => undefined;
  beforeAll(async () => {
    holder.current = await startHandlerAgainstRegistrar(options);
    restoreEnv = pointToolsAt(holder.current);
  });
  afterAll(async () => {
    restoreEnv();
    await holder.current.close();
  });
  return holder;
}
