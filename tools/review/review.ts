import { ReviewedRegistration, StageAssembly, SynthFailure } from './assembly';
import { consequenceOf, Consequence } from './consequence';
import { Change, diffRegistration } from './diff';

/** One registration in the report: as the head declares it, and what changes against the base. */
export interface RegistrationReview {
  readonly stage: string;
  /** `<stack>/<logical id>`: a registration keeps its identity while both stay the same. */
  readonly key: string;
  /** The head's registration; for a removed one, the base's. */
  readonly registration: ReviewedRegistration;
  readonly removed: boolean;
  /** A base was given and has no registration of this key: the head adds it. */
  readonly added?: boolean;
  /** Present when a base was given. */
  readonly changes?: Change[];
  readonly consequence?: Consequence;
}

export interface StageReview {
  readonly stage: string;
  readonly failure?: SynthFailure;
  readonly registrations: RegistrationReview[];
}

export interface Review {
  /** What the head was compared with (a git ref or a directory name); absent without a base. */
  readonly baseLabel?: string;
  /** Stages whose base did not synthesize: their registrations are compared with nothing. */
  readonly baseFailures?: string[];
  readonly stages: StageReview[];
}

export interface ReviewInput {
  readonly head: StageAssembly[];
  /** The base, one assembly per stage (or one for all; registrations are matched by stack and logical id). */
  readonly base?: StageAssembly[];
  readonly baseLabel?: string;
}

function keyOf(r: ReviewedRegistration): string {
  return `${r.stackName}/${r.logicalId}`;
}

/** Pair base and head registrations per stage and decide each one's diff and consequence. */
export function buildReview(input: ReviewInput): Review {
  const baseByKey = new Map((input.base ?? []).flatMap((s) => s.registrations).map((r) => [keyOf(r), r]));
  const claimed = new Set<string>();
  const stages = input.head.map((head): StageReview => {
    const registrations: RegistrationReview[] = head.registrations.map((r) => {
      claimed.add(keyOf(r));
      return reviewOf(r.stage, r, input.base ? baseByKey.get(keyOf(r)) : undefined, input.base !== undefined);
    });
    return { stage: head.stage, failure: head.failure, registrations };
  });

  if (input.base) {
    // A base registration no head holds was removed; if its stage failed synth, it is refused instead.
    for (const base of baseByKey.values()) {
      if (claimed.has(keyOf(base))) continue;
      let stage = stageFor(base, input, stages);
      if (!stage) {
        // Its stage is no longer reviewed at all (e.g. removed from cdk.json): still say what happens to it.
        stage = { stage: base.stage, registrations: [] };
        stages.push(stage);
      }
      const refusal = stage.failure ? reasonsFor(base, stage.failure) : undefined;
      stage.registrations.push({
        stage: stage.stage,
        key: keyOf(base),
        registration: base,
        removed: !refusal,
        consequence: consequenceOf(base, undefined, refusal),
      });
    }
  }
  for (const stage of stages) stage.registrations.sort((a, b) => a.key.localeCompare(b.key));
  const baseFailures = (input.base ?? []).filter((s) => s.failure).map((s) => s.stage);
  return {
    ...(input.baseLabel !== undefined ? { baseLabel: input.baseLabel } : {}),
    ...(baseFailures.length > 0 ? { baseFailures } : {}),
    stages,
  };
}

function reviewOf(stage: string, head: ReviewedRegistration, base: ReviewedRegistration | undefined, compared: boolean): RegistrationReview {
  if (!compared) return { stage, key: keyOf(head), registration: head, removed: false };
  return {
    stage,
    key: keyOf(head),
    registration: head,
    removed: false,
    ...(base ? {} : { added: true }),
    changes: base ? diffRegistration(base.properties, head.properties) : [],
    consequence: consequenceOf(base, head),
  };
}

/**
 * The reviewed stage a base-only registration belongs to: the one it was synthesized for, or (for a
 * single base assembly given for all stages) the stage whose head has its stack, or the only stage
 * that failed (whose stacks are unknown), or the only stage.
 */
function stageFor(base: ReviewedRegistration, input: ReviewInput, stages: StageReview[]): StageReview | undefined {
  const byName = stages.find((s) => s.stage === base.stage);
  if (byName) return byName;
  const withStack = input.head.find((h) => h.registrations.some((r) => r.stackName === base.stackName));
  if (withStack) return stages.find((s) => s.stage === withStack.stage);
  const failed = stages.filter((s) => s.failure);
  if (failed.length === 1) return failed[0];
  return stages.length === 1 ? stages[0] : undefined;
}

/** The errors naming this registration, or all of the stage's errors when none does (the stage as a whole fails). */
function reasonsFor(registration: ReviewedRegistration, failure: SynthFailure): string[] {
  const own = failure.errors.filter((e) => e.constructPath === registration.constructPath
    || e.constructPath?.startsWith(`${registration.constructPath}/`));
  return (own.length > 0 ? own : failure.errors).map((e) => e.message);
}
