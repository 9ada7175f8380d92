/**
 * The service's statuses as one closed model: every registration status and every version status the
 * SMS Voice V2 model (RegistrationStatus, RegistrationVersionStatus) lists, each with one stage. The
 * handler, the planner, the tools, the status-change events and the local registrar all classify
 * through here, so a status means the same thing everywhere. A test holds these lists to the model.
 */

export const REGISTRATION_STATUSES = [
  'CREATED', 'SUBMITTED', 'AWS_REVIEWING', 'REVIEWING', 'REQUIRES_AUTHENTICATION', 'PROVISIONING', 'COMPLETE',
  'REQUIRES_UPDATES', 'CLOSED', 'DELETED',
] as const;

export const VERSION_STATUSES = [
  'DRAFT', 'SUBMITTED', 'AWS_REVIEWING', 'REVIEWING', 'REQUIRES_AUTHENTICATION', 'APPROVED', 'DISCARDED', 'DENIED',
  'REVOKED', 'ARCHIVED', 'REQUIRES_OFFLINE_REVIEW',
] as const;

export type RegistrationStatusName = typeof REGISTRATION_STATUSES[number];
export type VersionStatusName = typeof VERSION_STATUSES[number];

/**
 * Where a registration or version stands, as far as a deploy is concerned:
 * - `draft`: editable, not yet with a reviewer;
 * - `under-review`: with a reviewer; nothing can be changed or deleted;
 * - `needs-user`: the reviewer waits for the user (authenticate, or fix and resubmit);
 * - `approved`: approved (the sender ID is usable once the registration is COMPLETE);
 * - `terminal`: over; nothing more happens to it.
 */
export type StatusStage = 'draft' | 'under-review' | 'needs-user' | 'approved' | 'terminal';

const REGISTRATION_STAGES: Record<RegistrationStatusName, StatusStage> = {
  CREATED: 'draft',
  SUBMITTED: 'under-review',
  AWS_REVIEWING: 'under-review',
  REVIEWING: 'under-review',
  REQUIRES_AUTHENTICATION: 'needs-user',
  REQUIRES_UPDATES: 'needs-user',
  PROVISIONING: 'approved',
  COMPLETE: 'approved',
  CLOSED: 'terminal',
  DELETED: 'terminal',
};

const VERSION_STAGES: Record<VersionStatusName, StatusStage> = {
  DRAFT: 'draft',
  SUBMITTED: 'under-review',
  AWS_REVIEWING: 'under-review',
  REVIEWING: 'under-review',
  // Undocumented; seen on versions a person at AWS reviews by hand: still a review, so still nothing to change.
  REQUIRES_OFFLINE_REVIEW: 'under-review',
  REQUIRES_AUTHENTICATION: 'needs-user',
  DENIED: 'needs-user',
  APPROVED: 'approved',
  ARCHIVED: 'terminal',
  REVOKED: 'terminal',
  DISCARDED: 'terminal',
};

export function isRegistrationStatus(value: string): value is RegistrationStatusName {
  return (REGISTRATION_STATUSES as readonly string[]).includes(value);
}

export function isVersionStatus(value: string): value is VersionStatusName {
  return (VERSION_STATUSES as readonly string[]).includes(value);
}

/** A status read from the service, checked at the edge: one this library does not know is an error that names it. */
export function parseRegistrationStatus(value: string | undefined): RegistrationStatusName {
  if (value !== undefined && isRegistrationStatus(value)) return value;
  throw new Error(`Unknown registration status ${JSON.stringify(value)}: this version of the library knows `
    + `${REGISTRATION_STATUSES.join(', ')}. Nothing was written; upgrade the library to handle the new status.`);
}

export function parseVersionStatus(value: string | undefined): VersionStatusName {
  if (value !== undefined && isVersionStatus(value)) return value;
  throw new Error(`Unknown registration version status ${JSON.stringify(value)}: this version of the library knows `
    + `${VERSION_STATUSES.join(', ')}. Nothing was written; upgrade the library to handle the new status.`);
}

export function registrationStage(status: RegistrationStatusName): StatusStage {
  return REGISTRATION_STAGES[status];
}

export function versionStage(status: VersionStatusName): StatusStage {
  return VERSION_STAGES[status];
}

/** A version with a reviewer: nothing can be changed or deleted until the review ends. */
export function isUnderReview(versionStatus: VersionStatusName): boolean {
  return versionStage(versionStatus) === 'under-review';
}

export function isDraft(versionStatus: VersionStatusName): boolean {
  return versionStatus === 'DRAFT';
}

/** The version statuses a reviewer sent back with reasons (on the version and its fields). */
export function isSentBack(versionStatus: VersionStatusName): boolean {
  return versionStatus === 'DENIED';
}

/** A version as the service lists it: its number and status. */
export interface VersionRef {
  readonly versionNumber: number;
  readonly versionStatus: VersionStatusName;
}

/**
 * The version a deploy compares against and a report shows as "latest": the newest that was not
 * discarded. A discarded version holds nothing anyone will review, so the one before it counts.
 * Undefined when every version was discarded (or there is none).
 */
export function latestLiveVersion<T extends VersionRef>(versions: readonly T[]): T | undefined {
  return versions
    .filter((v) => v.versionStatus !== 'DISCARDED')
    .reduce<T | undefined>((latest, v) => (latest === undefined || v.versionNumber > latest.versionNumber ? v : latest), undefined);
}

/**
 * Why a status allows no write. It is a fact of the status model (the gate in ./status-behaviour decides it, and a
 * planned step and a preview carry it), so it lives here where every one of them can import it one way.
 */
export type BlockedBecause = 'under-review' | 'authentication' | 'provisioning' | 'closed' | 'deleted';
