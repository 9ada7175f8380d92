import { registrationsOf, stacksOf, SynthesizedRegistration } from '../rehearsal/cloud-assembly';

/** A stack of the app and the registrations declared in it. */
export interface StackRegistrations {
  readonly stackName: string;
  /** The stack's Region, undefined when the stack is environment-agnostic. */
  readonly region?: string;
  /** The stack's account, undefined when the stack is environment-agnostic. */
  readonly account?: string;
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
    account: stack.agnosticAccount ? undefined : stack.account,
    registrations: registrationsOf(assemblyDir).filter((r) => r.stackName === stackName),
  };
}
