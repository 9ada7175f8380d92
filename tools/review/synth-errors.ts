import { SynthFailure } from './assembly';

/**
 * The errors of a failed synth, read from what it printed (the `cdk synth` CLI's stderr, or the
 * message `app.synth()` threw). Only lines that CDK formats as construct-scoped errors are kept:
 * validation messages are written to hold no personal data, whereas a stack trace or an arbitrary
 * exception might, so anything else becomes one generic line that points at `cdk synth`.
 */
export function synthFailureFrom(output: string, stage: string): SynthFailure {
  const errors: SynthFailure['errors'] = [];
  for (const line of output.split('\n')) {
    // `app.synth()`'s "Validation failed with the following errors:" list: `  [Stack/Construct] message`
    const validation = /^\s+\[([^\]\s]+)\] (.+)$/.exec(line);
    // The CLI's report of error annotations (e.g. cdk-nag): `[Error at /Stack/Construct] message`
    const annotation = /^\[Error at \/?([^\]\s]+)\] (.+)$/.exec(line);
    const match = validation ?? annotation;
    if (match) errors.push({ constructPath: match[1], message: match[2].trim() });
  }
  if (errors.length === 0) {
    errors.push({ message: `synth failed without a validation message; run \`npx cdk synth -c stage=${stage}\` to see the error` });
  }
  return { errors };
}
