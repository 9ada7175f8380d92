import { BlockedBecause, isDraft, registrationStage, versionStage } from './statuses';
import { RegistrationSummary } from './types';

/**
 * What an Update with changed fields may do, decided from the registration's and its latest version's
 * status alone (the one status model in ./statuses). Every status has one answer; a status that allows
 * no write answers with the message the deploy fails with, naming the status and what the user must do.
 */
export type UpdateGate =
  /** The latest version is a draft: the changes are written there. */
  | { readonly kind: 'write-draft' }
  /** The latest version is frozen (approved, denied, archived, revoked): the changes go into a new version. */
  | { readonly kind: 'new-version' }
  /** No write is possible in this status; `reason` is the whole message. */
  | { readonly kind: 'blocked'; readonly because: BlockedBecause; readonly reason: string };

export function updateGate(actual: RegistrationSummary, changes: number): UpdateGate {
  const what = `so its ${changes} field change${changes === 1 ? '' : 's'} cannot be applied and nothing was written`;
  const registration = `Registration ${actual.registrationId}`;
  const version = `${registration} version ${actual.versionNumber}`;
  const status = actual.registrationStatus;
  if (status === 'DELETED') return blocked('deleted', registrationGoneReason(actual.registrationId));
  if (status === 'CLOSED') {
    return blocked('closed', `${registration} is CLOSED: its sender ID was deleted, ${what}. The registration must be replaced `
      + 'by a new one: set removalPolicy to DESTROY so the deploy replaces it (the closed registration is then deleted, as AWS asks), '
      + 'or give the construct a new id.');
  }
  if (versionStage(actual.versionStatus) === 'under-review' || registrationStage(status) === 'under-review') {
    const shown = versionStage(actual.versionStatus) === 'under-review' ? actual.versionStatus : status;
    return blocked('under-review', `${version} is ${shown} (under review), ${what}. `
      + 'Wait for the review to end (approved or denied), then deploy again; or deploy this change later.');
  }
  if (actual.versionStatus === 'REQUIRES_AUTHENTICATION' || status === 'REQUIRES_AUTHENTICATION') {
    return blocked('authentication', `${version} is REQUIRES_AUTHENTICATION: AWS waits for the registration's contact to complete `
      + 'email authentication (the link AWS sent to the contact email address given in the registration; the registration\'s page in '
      + `the AWS End User Messaging SMS console shows the step), ${what}. Complete the authentication, wait for the review to end, `
      + 'then deploy again.');
  }
  if (status === 'PROVISIONING') {
    return blocked('provisioning', `${registration} is PROVISIONING: it was approved and its sender ID is being provisioned, ${what}. `
      + 'Deploy the change again after the registration is COMPLETE.');
  }
  return isDraft(actual.versionStatus) ? { kind: 'write-draft' } : { kind: 'new-version' };
}

/** A registration the stack manages is DELETED (or was never there): nothing can be written to it. */
export function registrationGoneReason(registrationId: string): string {
  return `Registration ${registrationId} is DELETED: it no longer exists (deleted outside this stack?), so nothing was written. `
    + 'Remove the construct from the stack, or give it a new id to create a new registration.';
}

function blocked(because: BlockedBecause, reason: string): UpdateGate {
  return { kind: 'blocked', because, reason };
}
