import * as fs from 'node:fs';
import * as path from 'node:path';
import { isCloudAssembly } from '../rehearsal/cloud-assembly';
import { contextPairs, UsageError } from './args';

/** The options that say which app to read: `--app <command | cloud assembly dir>`, `--assembly <dir>`, `--context k=v`. */
export const APP_OPTIONS = {
  app: { type: 'string' },
  assembly: { type: 'string' },
  context: { type: 'string', short: 'c', multiple: true },
} as const;

export const APP_OPTIONS_HELP = [
  '  --app <command | dir>   the command that runs your CDK app (default: "app" of ./cdk.json), or a cloud assembly directory',
  '  --assembly <dir>        read an existing cloud assembly (cdk synth -o <dir>) instead of synthesizing',
  '  -c, --context key=value CDK context for the synth, repeatable, as cdk takes it',
].join('\n');

/** Which app `--app`, `--assembly` and `--context` name, relative to `cwd`. */
export interface AppChoice {
  readonly assemblyDir?: string;
  readonly appCommand?: string;
  readonly context: string[];
}

export function appChoice(values: { app?: string; assembly?: string; context?: string[] }, cwd: string): AppChoice {
  if (values.app !== undefined && values.assembly !== undefined) throw new UsageError('give --app or --assembly, not both');
  const context = contextPairs(values.context);
  const dir = values.assembly ?? (values.app !== undefined && isDirectory(path.resolve(cwd, values.app)) ? values.app : undefined);
  if (dir !== undefined) {
    const assemblyDir = path.resolve(cwd, dir);
    if (!isCloudAssembly(assemblyDir)) throw new UsageError(`${dir} is not a cloud assembly: it has no manifest.json`);
    return { assemblyDir, context };
  }
  if (values.app === undefined && !fs.existsSync(path.join(cwd, 'cdk.json'))) {
    throw new UsageError(`no cdk.json in ${cwd}: run in your CDK app's directory, or give --app <command> or --assembly <dir>`);
  }
  return { appCommand: values.app, context };
}

function isDirectory(p: string): boolean {
  return fs.existsSync(p) && fs.statSync(p).isDirectory();
}
