// Before the SDK loads: its Node.js-version notice is noise in the summary (the same quiet settings as the rehearsal).
import '../quiet-env';
import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { syncDefinitions } from './sync';

const USAGE = 'Usage: npm run definitions:sync -- --region <region> [--types T1,T2] [--out <dir>]';

export interface CliArguments {
  readonly region: string;
  readonly types?: string[];
  readonly outDir?: string;
}

export function parseArguments(argv: readonly string[]): CliArguments {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i], argv[i + 1]];
    if (!['--region', '--types', '--out'].includes(name) || value === undefined || value.startsWith('--')) {
      throw new Error(`Unexpected argument ${name}${value === undefined ? ' (missing value)' : ''}. ${USAGE}`);
    }
    values.set(name, value);
  }
  const region = values.get('--region');
  if (!region) throw new Error(`--region is required. ${USAGE}`);
  const types = values.get('--types')?.split(',').map((t) => t.trim()).filter(Boolean);
  return { region, ...(types?.length ? { types } : {}), ...(values.has('--out') ? { outDir: values.get('--out') } : {}) };
}

/**
 * definitions:sync. Credentials and endpoint come from the usual AWS settings; the SDK itself honours
 * AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2 (a local registrar, for instance). Returns the exit code.
 */
export async function main(argv: readonly string[], log: (line: string) => void = console.log): Promise<number> {
  let args: CliArguments;
  try {
    args = parseArguments(argv);
  } catch (error) {
    log((error as Error).message);
    return 2;
  }
  const client = new PinpointSMSVoiceV2Client({ region: args.region, retryMode: 'standard', maxAttempts: 10 });
  try {
    const result = await syncDefinitions({ client, region: args.region, types: args.types, outDir: args.outDir });
    result.lines.forEach((line) => log(line));
    return result.missing.length ? 1 : 0;
  } catch (error) {
    log(`definitions:sync failed: ${(error as Error).name}: ${(error as Error).message}`);
    return 1;
  } finally {
    client.destroy();
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
