import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { registrationsOf, stacksOf, synthesizeInto, SynthesizedRegistration } from '../rehearsal/cloud-assembly';

/** A stack of the app and the registrations declared in it. */
export interface StackRegistrations {
  readonly stackName: string;
  /** The stack's Region, undefined when the stack is environment-agnostic. */
  readonly region?: string;
  readonly registrations: SynthesizedRegistration[];
}

/** The named stack of a cloud assembly; the error lists the stacks there are. */
export function stackRegistrations(assemblyDir: string, stackName: string): StackRegistrations {
  const stacks = stacksOf(assemblyDir);
  const stack = stacks.find((s) => s.stackName === stackName);
  if (!stack) throw new Error(`No stack ${JSON.stringify(stackName)} in the app; its stacks are: ${stacks.map((s) => s.stackName).join(', ') || 'none'}`);
  return {
    stackName,
    region: stack.agnosticRegion ? undefined : stack.region,
    registrations: registrationsOf(assemblyDir).filter((r) => r.stackName === stackName),
  };
}

/**
 * `cdk synth` of the app in the current directory (its cdk.json) into a temporary cloud assembly,
 * with the context given (`-c key=value`), as `cdk deploy` would synthesize it.
 */
export function withSynthesizedApp<T>(context: readonly string[], read: (assemblyDir: string) => T): T {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-plan-'));
  try {
    synthesizeInto(outdir, context);
    return read(outdir);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
