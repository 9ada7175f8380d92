import { desiredFieldValues, RegistrationResourceProperties } from '../../lib/core/contract/resource-properties';
import { unamendableAfterSubmit } from '../../lib/core/forms';
import { desiredRegistration } from '../../lib/core/lifecycle/desired-state';
import { planRegistration } from '../../lib/core/lifecycle/plan';
import { adoptionRefusedOnUpdate, isReplacement } from '../../lib/core/lifecycle/transitions';
import { ActualRegistration, Plan } from '../../lib/core/lifecycle/types';
import { ReviewedRegistration } from './assembly';
import { referencesAsValues } from './secret-fields';

export type ConsequenceKind =
  | 'nothing' | 'tags-only' | 'new-version' | 'new-draft-version' | 'new-registration' | 'adopted' | 'replaced' | 'replaced-unamendable'
  | 'removed-retained'
  | 'removed-deleted' | 'refused';

/** What deploying the change does to one registration, in words a reviewer acts on. */
export interface Consequence {
  readonly kind: ConsequenceKind;
  readonly summary: string;
  /** Why a change is refused (validation messages; never personal data). */
  readonly reasons?: string[];
  /** What the registration's form adds, in the form's words (a wait, a re-registration block), for the summary column. */
  readonly note?: string;
}

/** How long AWS takes to review a submitted version. */
const REVIEW_TIME = '2–4 weeks';
const NEW_FEE = 'a new registration with its own non-refundable fee';

/**
 * The consequence of deploying `head` over `base`, decided by the handler's own rules, asked of the two
 * property sets (lib/core/lifecycle): whether the update replaces the registration, whether an adoption
 * is allowed, and what the planner does to a registration whose latest version is approved and holds
 * the base values. Only the mapping to words lives here.
 */
export function consequenceOf(
  reviewedBase: ReviewedRegistration | undefined, reviewedHead: ReviewedRegistration | undefined, refusal?: string[],
): Consequence {
  // A value from a secret counts by its reference: a new reference is a changed field (tools/review/secret-fields.ts).
  const base = reviewedBase && { ...reviewedBase, properties: referencesAsValues(reviewedBase.properties) };
  const head = reviewedHead && { ...reviewedHead, properties: referencesAsValues(reviewedHead.properties) };
  if (refusal) return { kind: 'refused', summary: 'Refused: synth fails, so this stage cannot be deployed until the errors are fixed.', reasons: refusal };
  if (!head) return removal(base!.properties);
  if (!base) return creation(head.properties);

  const adoptionRefusal = adoptionRefusedOnUpdate(base.properties, head.properties, DEPLOYED_ID);
  if (adoptionRefusal) return { kind: 'refused', summary: 'Refused by the handler at deploy: nothing is written.', reasons: [adoptionRefusal] };
  if (isReplacement(base.properties, head.properties)) {
    return {
      kind: 'replaced',
      summary: `A brand-new ${head.properties.RegistrationType} registration is created${submitted(head.properties)}: ${NEW_FEE}, `
        + `since a registration's type cannot change. The old ${base.properties.RegistrationType} registration then leaves the stack and `
        + `${removalWords(base.properties)}.`,
    };
  }
  return fromPlan(planRegistration(desiredRegistration(head.properties), approvedHolding(base.properties)), head.properties);
}

function fromPlan(plan: Plan, head: RegistrationResourceProperties): Consequence {
  switch (plan.outcome) {
    // A later deploy deletes or keeps the old one by the new properties' removal policy (lambda/replacement.ts).
    case 'replacement':
      return {
        kind: 'replaced-unamendable',
        note: [plan.replacement!.newRegistrationWait, ...(head.RemovalPolicy === 'destroy' ? [plan.replacement!.reRegistrationBlock] : [])].join('; '),
        summary: `A brand-new registration is created${submitted(head)}, since a submitted registration of this form cannot be amended: `
          + `${NEW_FEE}, usable after the ${plan.replacement!.newRegistrationWait}. The old registration is kept until the new one is `
          + `COMPLETE; a deploy after that ${head.RemovalPolicy === 'destroy' ? `deletes it (removal policy DESTROY): ${plan.replacement!.reRegistrationBlock}`
            : 'keeps it in AWS, no longer managed by this stack (removal policy RETAIN)'}.`,
      };
    case 'new-version':
      return plan.operations.some((o) => o.kind === 'submit')
        ? { kind: 'new-version', summary: `A new version holding the changed fields is created and submitted for review, which takes ${REVIEW_TIME}.` }
        : { kind: 'new-draft-version', summary: 'A new version holding the changed fields is created and left as a draft (submit: false).' };
    case 'tags-only': return { kind: 'tags-only', summary: 'Tags only: the registration\'s tags are updated; no new version, no review.' };
    default: return { kind: 'nothing', summary: 'Nothing: the registration is not touched.' };
  }
}

function creation(head: RegistrationResourceProperties): Consequence {
  if (head.AdoptRegistrationId) {
    return {
      kind: 'adopted',
      summary: `Existing registration ${head.AdoptRegistrationId} is adopted: a draft receives the differences, an approved or denied `
        + `version gets a new version${head.Submit ? ` that is submitted for review (${REVIEW_TIME})` : ''}.`,
    };
  }
  return { kind: 'new-registration', summary: `A brand-new registration is created${submitted(head)}: ${NEW_FEE}.` };
}

function removal(base: RegistrationResourceProperties): Consequence {
  const block = unamendableAfterSubmit(base.RegistrationType)?.reRegistrationBlock;
  return base.RemovalPolicy === 'destroy'
    ? { kind: 'removed-deleted', summary: `Removed: the registration ${removalWords(base)}.`, ...(block ? { note: block } : {}) }
    : { kind: 'removed-retained', summary: `Removed from the stack: the registration ${removalWords(base)}.` };
}

function removalWords(props: RegistrationResourceProperties): string {
  const block = unamendableAfterSubmit(props.RegistrationType)?.reRegistrationBlock;
  return props.RemovalPolicy === 'destroy'
    ? `is deleted (removal policy DESTROY; the deploy fails while a version is under review)${block ? `: ${block}` : ''}`
    : 'is kept in AWS, no longer managed by this stack (removal policy RETAIN)'
      + `${block ? `; should it be deleted later, ${block}` : ''}`;
}

function submitted(props: RegistrationResourceProperties): string {
  return props.Submit ? ` and submitted for review (${REVIEW_TIME})` : ' and left as a draft (submit: false)';
}

/** The physical id the base deploy gave the registration; a report never names a real one. */
const DEPLOYED_ID = 'registration-deployed-from-base';

/** The registration as the base deploy left it once approved: its latest version holds exactly the base values. */
function approvedHolding(base: RegistrationResourceProperties): ActualRegistration {
  const attachmentIds = Object.fromEntries(Object.keys(base.Attachments).map((p) => [p, `attachment-${p}`]));
  return {
    registrationId: DEPLOYED_ID,
    registrationArn: `arn:aws:sms-voice:::registration/${DEPLOYED_ID}`,
    registrationType: base.RegistrationType,
    registrationStatus: 'COMPLETE',
    versionNumber: 1,
    versionStatus: 'APPROVED',
    values: desiredFieldValues(base, attachmentIds),
    attachmentContentHashes: Object.fromEntries(Object.entries(base.Attachments).map(([p, a]) => [attachmentIds[p], a.ContentHash])),
    tags: base.Tags,
  };
}
