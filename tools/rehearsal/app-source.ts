import * as path from 'node:path';
import { isCloudAssembly, synthesizeInto } from './cloud-assembly';

/** Where the app to look at comes from: a cloud assembly on disk, or an app that `cdk synth` synthesizes. */
export interface AppSource {
  /** A cloud assembly already synthesized (`cdk synth -o DIR`); it is read, not synthesized again. */
  readonly assemblyDir?: string;
  /** The directory holding the app's cdk.json; default the working directory. */
  readonly appDir?: string;
  /** The command that runs the app (`cdk synth --app`), instead of cdk.json's `app`. */
  readonly app?: string;
  /** CDK context as `key=value`, as `cdk synth -c` takes it. */
  readonly context: readonly string[];
}

/**
 * The cloud assembly directory of `source`: the given one, or `outdir` after `cdk synth` wrote it there. `progress` is told
 * the synth command first, because a synth takes a while.
 */
export function cloudAssemblyOf(source: AppSource, outdir: string, progress: (line: string) => void): string {
  if (source.assemblyDir) {
    if (!isCloudAssembly(source.assemblyDir)) throw new Error(`${source.assemblyDir} is not a cloud assembly: it has no manifest.json`);
    return path.resolve(source.assemblyDir);
  }
  const command = ['cdk synth', ...(source.app ? [`--app ${JSON.stringify(source.app)}`] : []), ...source.context.map((c) => `-c ${c}`)];
  progress(`$ ${command.join(' ')}`);
  synthesizeInto(outdir, source.context, source.appDir, source.app);
  return outdir;
}

/** `base` with `overrides` applied: a key given in both takes the override's value, as a later `-c` would. */
export function withContext(base: readonly string[], overrides: readonly string[]): string[] {
  const keyOf = (pair: string) => pair.slice(0, pair.indexOf('='));
  const overridden = new Set(overrides.map(keyOf));
  return [...base.filter((pair) => !overridden.has(keyOf(pair))), ...overrides];
}
