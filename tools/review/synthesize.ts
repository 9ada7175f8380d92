import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCdkSynth } from '../rehearsal/cloud-assembly';
import { readAssembly, StageAssembly } from './assembly';
import { synthFailureFrom } from './synth-errors';

/** How to synthesize an app: where it is, which stages, and extra `-c key=value` context. */
export interface SynthRequest {
  readonly appDir: string;
  readonly stages: string[];
  readonly context: Record<string, string>;
  /** Cloud assemblies go to `<outRoot>/<stage>`. */
  readonly outRoot: string;
  /** The command that runs the app (`cdk synth --app`); default cdk.json's. */
  readonly app?: string;
}

/**
 * The stages of cdk.json context "stages" (an object keyed by stage, or a list of names), in their order; an app without
 * stages is synthesized once, as "default".
 */
export function stagesOf(appDir: string): string[] {
  const cdkJson = JSON.parse(fs.readFileSync(path.join(appDir, 'cdk.json'), 'utf8'));
  const declared: unknown = cdkJson.context?.stages ?? {};
  const stages = Array.isArray(declared) ? declared.map(String) : Object.keys(declared as object);
  return stages.length > 0 ? stages : [DEFAULT_STAGE];
}

/** The stage of an app synthesized once, without a `stage` context. */
export const DEFAULT_STAGE = 'default';

/** `cdk synth` of every stage, as CI runs it; a stage that fails carries its errors instead of registrations. */
export function synthesizeStages(request: SynthRequest): StageAssembly[] {
  return request.stages.map((stage) => {
    const outdir = path.join(request.outRoot, stage);
    const context = { ...(stage === DEFAULT_STAGE ? {} : { stage }), ...request.context };
    const pairs = Object.entries(context).map(([k, v]) => `${k}=${v}`);
    const app = request.app ? ` --app ${JSON.stringify(request.app)}` : '';
    process.stderr.write(`$ npx cdk synth${app} ${pairs.map((c) => `-c ${c}`).join(' ')} -o <tmp> --quiet\n`);
    const result = runCdkSynth(outdir, pairs, request.appDir, request.app);
    if (result.status !== 0) return { stage, registrations: [], failure: synthFailureFrom(`${result.stdout}\n${result.stderr}`, stage) };
    return readAssembly(outdir, stage);
  });
}

/**
 * Cloud assemblies already on disk: `dir` is one assembly (`dir/manifest.json`, taken as `stageLabel`)
 * or holds one per stage (`dir/<stage>/manifest.json`).
 */
export function readAssemblies(dir: string, stageLabel: string): StageAssembly[] {
  if (fs.existsSync(path.join(dir, 'manifest.json'))) return [readAssembly(dir, stageLabel)];
  const stages = fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, 'manifest.json'))).sort();
  if (stages.length === 0) throw new Error(`${dir} is not a cloud assembly: no manifest.json in it or in its subdirectories`);
  return stages.map((stage) => readAssembly(path.join(dir, stage), stage));
}

/**
 * Synthesize the app as it is at git `ref`: a detached worktree of the repository (sharing its
 * node_modules), synthesized, then removed. The worktree's handler bundle is built first, because
 * synth needs the asset directory to exist.
 */
export function synthesizeGitRef(repoDir: string, ref: string, request: Omit<SynthRequest, 'appDir'>): StageAssembly[] {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-review-base-'));
  const worktree = path.join(tmp, 'worktree');
  git(repoDir, ['worktree', 'add', '--detach', worktree, ref]);
  try {
    fs.symlinkSync(fs.realpathSync(path.join(repoDir, 'node_modules')), path.join(worktree, 'node_modules'), 'dir');
    const buildHandler = path.join(worktree, 'tools', 'build-handler.mjs');
    if (fs.existsSync(buildHandler)) run('node', [buildHandler], worktree);
    return synthesizeStages({ ...request, appDir: worktree });
  } finally {
    git(repoDir, ['worktree', 'remove', '--force', worktree]);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Whether `base` names a directory of cloud assemblies rather than a git ref. */
export function isAssemblyDirectory(base: string): boolean {
  return fs.existsSync(base) && fs.statSync(base).isDirectory();
}

function git(cwd: string, args: string[]): void {
  run('git', args, cwd);
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}): ${result.stderr.trim()}`);
}
