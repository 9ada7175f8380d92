/**
 * `sender-id-registration review`: a Markdown report of the app's sender ID registrations for a pull request. Exits 1
 * when a stage fails synth (validation), so CI blocks the merge.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StageAssembly } from './assembly';
import { renderMarkdown } from './render-markdown';
import { buildReview } from './review';
import { isAssemblyDirectory, readAssemblies, synthesizeGitRef, synthesizeStages } from './synthesize';

/** One review run: where the head (and the base) come from, and where the Markdown goes. */
export interface ReviewRequest {
  /** A git ref, or a directory of cloud assemblies. */
  readonly base?: string;
  /** The head as a cloud assembly directory, instead of synthesizing. */
  readonly assembly?: string;
  /** The command that runs the app (`cdk synth --app`), instead of cdk.json's. */
  readonly appCommand?: string;
  readonly out?: string;
  /** The stages to synthesize, each with context `stage=<name>`; `default` is one synth without it. */
  readonly stages: string[];
  readonly context: Record<string, string>;
  /** The app's directory (its cdk.json), which is also the git repository a `--base` ref is taken from. */
  readonly repoDir: string;
}

/** Render the review; returns the exit code (1 when a stage fails synth). */
export function runReview(request: ReviewRequest): number {
  const { stages, repoDir } = request;
  // A single given assembly is one stage: the only stage reviewed, if so. Otherwise the base's registrations find
  // their stage by stack name (review.ts), and a head assembly is simply "app".
  const single = (fallback: string) => (stages.length === 1 ? stages[0] : fallback);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-review-'));
  try {
    const synth = { stages, context: request.context, app: request.appCommand };
    let head = request.assembly
      ? readAssemblies(request.assembly, single('app'))
      : synthesizeStages({ ...synth, appDir: repoDir, outRoot: path.join(work, 'head') });
    let base: StageAssembly[] | undefined;
    if (request.base !== undefined) {
      base = isAssemblyDirectory(request.base)
        ? readAssemblies(request.base, single('base'))
        : synthesizeGitRef(repoDir, request.base, { ...synth, outRoot: path.join(work, 'base') });
    }
    if (base && request.base !== undefined && isAssemblyDirectory(request.base)) head = stagesTheBaseCovers(head, base);
    // The label is what the reader knows the base by: the ref as given, or the directory's name (never a temp path).
    const baseLabel = request.base === undefined ? undefined
      : isAssemblyDirectory(request.base) ? path.basename(path.resolve(request.base)) : request.base;
    const markdown = renderMarkdown(buildReview({ head, base, baseLabel }));
    if (request.out) {
      fs.writeFileSync(request.out, markdown);
      console.error(`review: written to ${request.out}`);
    } else {
      process.stdout.write(markdown);
    }
    return reportFailures(head);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * One base assembly (`cdk synth -c stage=dev -o dir`) is one stage's: reviewing the other stages against it would call
 * all their registrations new. Keep the stages it has stacks of, and those that failed synth (they must still block).
 */
function stagesTheBaseCovers(head: StageAssembly[], base: StageAssembly[]): StageAssembly[] {
  const baseStacks = new Set(base.flatMap((s) => s.registrations).map((r) => r.stackName));
  const covered = head.filter((s) => s.failure || s.registrations.some((r) => baseStacks.has(r.stackName)));
  if (covered.length === 0 || covered.length === head.length) return head;
  const left = head.filter((s) => !covered.includes(s)).map((s) => s.stage);
  console.error(`review: the base holds no stack of stage ${left.join(', ')}, so ${left.length === 1 ? 'it is' : 'they are'} left out; `
    + 'give a base per stage (<dir>/<stage>/) or a git ref to review every stage');
  return covered;
}

/** CI blocks the merge on a non-zero exit; say why on stderr too, where a CI log shows it. */
function reportFailures(head: StageAssembly[]): number {
  const failed = head.filter((s) => s.failure);
  for (const stage of failed) {
    console.error(`review: synth fails for stage ${stage.stage}:`);
    for (const e of stage.failure!.errors) console.error(`  ${e.constructPath ? `[${e.constructPath}] ` : ''}${e.message}`);
  }
  return failed.length > 0 ? 1 : 0;
}
