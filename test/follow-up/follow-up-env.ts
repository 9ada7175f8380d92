import { RunningRegistrar } from '../../tools/registrar';

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

/** Runs a tool's entry point and returns what it printed. */
export async function printed(tool: (argv: string[], print: (text: string) => void) => Promise<void>, argv: string[]): Promise<string> {
  const out: string[] = [];
  await tool(argv, (text) => out.push(text));
  return out.join('\n');
}
