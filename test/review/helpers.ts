import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { readAssembly, StageAssembly } from '../../tools/review/assembly';
import { RegistrationReview, Review } from '../../tools/review/review';
import { synthFailureFrom } from '../../tools/review/synth-errors';

/**
 * Synthesize a small app in-process (much faster than `cdk synth`) and read it as the review tool
 * reads a cloud assembly; a failed synth becomes the stage's failure, as the CLI reports it.
 */
export function synthStage(stage: string, build: (app: App) => void, context: Record<string, unknown> = {}): StageAssembly {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-review-test-'));
  const app = new App({ outdir, context });
  build(app);
  try {
    try {
      app.synth();
    } catch (error) {
      return { stage, registrations: [], failure: synthFailureFrom((error as Error).message, stage) };
    }
    // Everything the report needs (asset sizes included) is read now, so the assembly can go.
    return readAssembly(outdir, stage);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** The review of the registration whose construct id is `id` (logical ids carry a hash suffix), in `stage` if given. */
export function reviewOf(review: Review, id: string, stage?: string): RegistrationReview {
  const found = review.stages.filter((s) => stage === undefined || s.stage === stage).flatMap((s) => s.registrations)
    .filter((r) => r.registration.logicalId.startsWith(id));
  if (found.length !== 1) throw new Error(`expected one registration ${id}, found ${found.length}`);
  return found[0];
}
