import { TagProperty } from '../contract/resource-properties';
import { attachmentIdOf, sameFieldValue } from '../field-value';
import { unamendableAfterSubmit } from '../forms';
import { isAttachmentRecordTag } from './attachment-records';
import { isReplacementRecordTag } from './replacement-records';
import { updateGate } from './status-behaviour';
import { isDraft, isUnderReview } from './statuses';
import { ActualRegistration, DesiredRegistration, Operation, Plan, PlanOptions, PlanOutcome } from './types';
import { isUploadBookkeepingTag } from './unbound-attachments';
import { WRITTEN_VALUES_TAG } from './written-values';

/**
 * The pure planner: desired versus actual state to the operations that converge them, following
 * the lifecycle contract (DESIGN.md). The handler runs the plan; the tools show it.
 */
export function planRegistration(desired: DesiredRegistration, actual: ActualRegistration, options: PlanOptions = {}): Plan {
  const fieldOps = planFieldChanges(desired, actual);
  const tagOps = planTagChanges(desired, actual);
  if (options.rollback) return planRollback(actual, fieldOps, tagOps);

  if (fieldOps.length === 0) {
    const submit = isDraft(actual.versionStatus) && desired.submit ? [submitOp(desired)] : [];
    return planOf([...tagOps, ...submit]);
  }
  const replacement = unamendableAfterSubmit(desired.registrationType);
  if (replacement && actual.registrationStatus !== 'CREATED' && actual.registrationStatus !== 'DELETED') {
    // A submitted registration of this form takes no write: an Update replaces it (lambda/replacement.ts), under review or not.
    return { operations: [], outcome: 'replacement', replacement, blockedReason: unamendableReason(actual, fieldOps.length) };
  }
  const gate = updateGate(actual, fieldOps.length);
  const submit = desired.submit ? [submitOp(desired)] : [];
  switch (gate.kind) {
    case 'blocked': return { operations: [], outcome: 'blocked', blockedReason: gate.reason, blockedBecause: gate.because };
    case 'write-draft': return planOf([...tagOps, ...fieldOps, ...submit]);
    case 'new-version': return planOf([...tagOps, { kind: 'createVersion' }, ...fieldOps, ...submit]);
  }
}

/** The one classification of what a plan's operations amount to. */
export function outcomeOf(operations: readonly Operation[]): PlanOutcome {
  const kinds = new Set(operations.map((o) => o.kind));
  if (kinds.has('createVersion')) return 'new-version';
  if (kinds.has('putField') || kinds.has('attach') || kinds.has('deleteField')) return 'write-draft';
  if (kinds.has('discardVersion')) return 'discard-draft';
  if (kinds.has('submit')) return 'submit-draft';
  if (kinds.has('tag') || kinds.has('untag')) return 'tags-only';
  return 'no-change';
}

function planOf(operations: Operation[], rollbackWarning?: string): Plan {
  return { operations, outcome: outcomeOf(operations), ...(rollbackWarning ? { rollbackWarning } : {}) };
}

/**
 * A rollback follows the old properties only as far as it can without a review fee or a failure:
 * a draft left by the failed update is discarded (the previous version is again the latest); a
 * first draft that was never submitted is written back; tags follow. A version already submitted
 * stays under review, and a frozen version keeps its values: the stack reports success with a
 * warning, and the next deploy converges.
 */
function planRollback(actual: ActualRegistration, fieldOps: Operation[], tagOps: Operation[]): Plan {
  // Even a leftover draft that matches the old values goes: a later deploy would submit it for a needless review.
  if (isDraft(actual.versionStatus) && actual.versionNumber > 1) {
    return planOf([...tagOps, { kind: 'discardVersion', versionNumber: actual.versionNumber }]);
  }
  if (fieldOps.length === 0) return planOf(tagOps);
  if (isDraft(actual.versionStatus)) return planOf([...tagOps, ...fieldOps]);
  return planOf(tagOps, `Registration ${actual.registrationId} cannot follow the rollback: version ${actual.versionNumber} is `
      + `${actual.versionStatus}${isUnderReview(actual.versionStatus) ? ' (under review)' : ''} and holds ${fieldOps.length} value`
      + `${fieldOps.length === 1 ? '' : 's'} that differ from the rolled-back properties. It is left as it is; `
      + 'the next deploy converges it (wait for the review to end first if it is under review).');
}

/**
 * Why the handler itself writes nothing to such a registration: an Update whose declared values changed replaces it
 * before the planner runs, so reaching here means the values differ some other way (an adopted registration, a change
 * made outside the stack).
 */
function unamendableReason(actual: ActualRegistration, changes: number): string {
  return `Registration ${actual.registrationId} is ${actual.registrationStatus}: its form cannot be amended once submitted, so its `
    + `${changes} field change${changes === 1 ? '' : 's'} cannot be written and nothing was written. A deploy that changes a declared `
    + 'value replaces it with a new registration; or give the construct a new id to create one.';
}

function submitOp(desired: DesiredRegistration): Operation {
  return { kind: 'submit', awsReview: desired.awsReview };
}

/** Field writes that make the latest version hold exactly the desired values. */
export function planFieldChanges(desired: DesiredRegistration, actual: ActualRegistration): Operation[] {
  const ops: Operation[] = [];
  for (const [fieldPath, attachment] of Object.entries(desired.attachments)) {
    const current = attachmentIdOf(actual.values[fieldPath]);
    const currentHash = current ? actual.attachmentContentHashes[current] : undefined;
    if (currentHash !== attachment.ContentHash) ops.push({ kind: 'attach', fieldPath, attachment });
  }
  for (const [fieldPath, value] of Object.entries(desired.fields)) {
    if (!sameFieldValue(value, actual.values[fieldPath])) ops.push({ kind: 'putField', fieldPath, value });
  }
  for (const fieldPath of Object.keys(actual.values)) {
    if (!(fieldPath in desired.fields) && !(fieldPath in desired.attachments)) ops.push({ kind: 'deleteField', fieldPath });
  }
  return ops;
}

/** Tags live on the registration, not on a version: they change without a new version. */
export function planTagChanges(desired: DesiredRegistration, actual: ActualRegistration): Operation[] {
  // aws: tags belong to AWS and cannot be changed; the others are the handler's own bookkeeping.
  const mine = (key: string) => key.startsWith('aws:') || isAttachmentRecordTag(key) || isReplacementRecordTag(key) || isUploadBookkeepingTag(key)
    || key === WRITTEN_VALUES_TAG;
  const current = new Map(actual.tags.filter((t) => !mine(t.Key)).map((t) => [t.Key, t.Value]));
  const wanted = new Map(desired.tags.map((t) => [t.Key, t.Value]));
  const toSet = desired.tags.filter((t) => current.get(t.Key) !== t.Value);
  const toRemove = [...current.keys()].filter((k) => !wanted.has(k));
  return [
    ...(toSet.length ? [{ kind: 'tag', tags: toSet } as Operation] : []),
    ...(toRemove.length ? [{ kind: 'untag', keys: toRemove } as Operation] : []),
  ];
}

/** The tags a registration holds after TagResource sets `set`: a key given again takes the new value. */
export function withTagsSet(tags: readonly TagProperty[], set: readonly TagProperty[]): TagProperty[] {
  const keys = new Set(set.map((t) => t.Key));
  return [...tags.filter((t) => !keys.has(t.Key)), ...set];
}
