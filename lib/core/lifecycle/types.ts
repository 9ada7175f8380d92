import { AttachmentProperty, TagProperty } from '../contract/resource-properties';
import { FieldValue, FieldValues } from '../field-value';
import type { AfterSubmitRule } from '../forms/form-rules';
import { BlockedBecause, RegistrationStatusName, VersionStatusName } from './statuses';

/** What the user declared. */
export interface DesiredRegistration {
  readonly registrationType: string;
  /** TEXT and SELECT values by field path. */
  readonly fields: FieldValues;
  /** ATTACHMENT fields by field path. */
  readonly attachments: Record<string, AttachmentProperty>;
  readonly submit: boolean;
  readonly awsReview: boolean;
  readonly tags: TagProperty[];
}

/** A registration and its latest version that was not discarded: the one a deploy acts on. */
export interface RegistrationSummary {
  readonly registrationId: string;
  readonly registrationArn: string;
  readonly registrationType: string;
  readonly registrationStatus: RegistrationStatusName;
  readonly versionNumber: number;
  readonly versionStatus: VersionStatusName;
}

/** What the registration really holds, read from the service. */
export interface ActualRegistration extends RegistrationSummary {
  /** Values of the latest version by field path. */
  readonly values: FieldValues;
  /** Content hash recorded on each attachment the values point at (undefined when unknown). */
  readonly attachmentContentHashes: Record<string, string | undefined>;
  readonly tags: TagProperty[];
}

export type Operation =
  | { readonly kind: 'putField'; readonly fieldPath: string; readonly value: FieldValue }
  | { readonly kind: 'attach'; readonly fieldPath: string; readonly attachment: AttachmentProperty }
  | { readonly kind: 'deleteField'; readonly fieldPath: string }
  | { readonly kind: 'createVersion' }
  | { readonly kind: 'discardVersion'; readonly versionNumber: number }
  | { readonly kind: 'submit'; readonly awsReview: boolean }
  | { readonly kind: 'tag'; readonly tags: TagProperty[] }
  | { readonly kind: 'untag'; readonly keys: string[] };

/**
 * What a deploy does next. `operations` is the whole predicted sequence; after a new version is
 * created, and before a submit that follows writes, the executor reads the state again and
 * re-plans, because a new draft may start empty or as a copy and values must be read back.
 */
export interface Plan {
  readonly operations: Operation[];
  /** What the plan amounts to, decided once here; the handler, review and plan only word it. */
  readonly outcome: PlanOutcome;
  /** Set when the deploy must fail without writing anything; says why and what to do. */
  readonly blockedReason?: string;
  /** Which status blocks the deploy, when it is blocked. */
  readonly blockedBecause?: BlockedBecause;
  /**
   * Set when a stack rollback cannot bring the registration back to the old properties. A rollback
   * never fails because of us: the handler logs this warning and reports success.
   */
  readonly rollbackWarning?: string;
  /**
   * Set when the outcome is `replacement`: the form's rule that a submitted registration cannot be amended,
   * with the new registration's wait and what deleting the old one costs, in the form's words.
   */
  readonly replacement?: AfterSubmitRule;
}

/**
 * A plan's outcome, most significant first: blocked (no write is possible in this status), a replacement (the
 * form cannot be amended after submit: the changes need a new registration, which an Update makes), a new version,
 * writes into the draft, discarding a leftover draft (rollback), submitting a draft, tags only, nothing.
 */
export type PlanOutcome = 'blocked' | 'replacement' | 'new-version' | 'write-draft' | 'discard-draft' | 'submit-draft' | 'tags-only' | 'no-change';

export interface PlanOptions {
  /**
   * The event is CloudFormation rolling a failed update back. Nothing that costs a review is
   * done: no new version, no submit.
   */
  readonly rollback?: boolean;
}
