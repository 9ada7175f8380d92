import { isVersionStatus, RegistrationStatusName, versionStage, VersionStatusName } from '../../lib/core/lifecycle/statuses';
import { conflictError, notFoundError, validationError } from './errors';
import { serviceModel } from './service-model';
import { Registration, RegionState, Version } from './state';

/** The service model's enum of a status shape: what the registrar plays comes from the service's own list. */
export function modelStatuses(shape: 'RegistrationStatus' | 'RegistrationVersionStatus'): readonly string[] {
  return serviceModel().shapes[shape].enum ?? [];
}

/** A version with a reviewer (by the core's one status model): nothing about it may change. */
export function isWithReviewer(version: Version): boolean {
  return isVersionStatus(version.status) && versionStage(version.status) === 'under-review';
}

export function latestVersion(registration: Registration): Version {
  return registration.versions[registration.versions.length - 1];
}

/** A live registration; a deleted one is as absent as one that never existed. */
export function liveRegistration(state: RegionState, id: unknown): Registration {
  const registration = typeof id === 'string' ? state.registrations.get(id) : undefined;
  if (!registration || registration.deleted) throw notFoundError('registration', String(id));
  return registration;
}

export function findVersion(registration: Registration, versionNumber: number | undefined): Version {
  if (versionNumber === undefined) return latestVersion(registration);
  const version = registration.versions.find((v) => v.versionNumber === versionNumber);
  if (!version) {
    throw validationError('UNKNOWN_REGISTRATION_VERSION', `Registration ${registration.id} has no version ${versionNumber}`);
  }
  return version;
}

export function setVersionStatus(version: Version, status: string, now = new Date()): void {
  version.status = status;
  version.history[status] = now;
}

export function newVersion(versionNumber: number, now = new Date()): Version {
  return { versionNumber, status: 'DRAFT', history: { DRAFT: now }, values: new Map() };
}

/**
 * The registration status a version's status shows through, for the versions that have been through
 * review (drafts, discarded and archived versions leave it as it is). REQUIRES_OFFLINE_REVIEW has no
 * registration status of its own in the model: the registration shows REVIEWING.
 */
const REGISTRATION_STATUS_FOR_VERSION: Partial<Record<VersionStatusName, RegistrationStatusName>> = {
  SUBMITTED: 'SUBMITTED',
  AWS_REVIEWING: 'AWS_REVIEWING',
  REVIEWING: 'REVIEWING',
  REQUIRES_OFFLINE_REVIEW: 'REVIEWING',
  REQUIRES_AUTHENTICATION: 'REQUIRES_AUTHENTICATION',
  APPROVED: 'COMPLETE',
  DENIED: 'REQUIRES_UPDATES',
  REVOKED: 'CLOSED',
};

/**
 * The registration's status follows its newest version that has been through review; drafts and
 * discarded versions do not change it, so an approved registration stays COMPLETE while a new draft is edited.
 */
export function registrationStatus(registration: Registration): RegistrationStatusName {
  if (registration.deleted) return 'DELETED';
  // Set by the reviewer: PROVISIONING (approved, sender ID being made) or CLOSED (sender ID deleted).
  if (registration.statusOverride) return registration.statusOverride;
  for (let i = registration.versions.length - 1; i >= 0; i--) {
    const status = REGISTRATION_STATUS_FOR_VERSION[registration.versions[i].status as VersionStatusName];
    if (status) return status;
  }
  return 'CREATED';
}

export function approvedVersionNumber(registration: Registration): number | undefined {
  return registration.versions.filter((v) => v.status === 'APPROVED').pop()?.versionNumber;
}

export function latestDeniedVersionNumber(registration: Registration): number | undefined {
  return registration.versions.filter((v) => v.status === 'DENIED').pop()?.versionNumber;
}

/** Field values may only change on a draft: the reason the service gives when they may not. */
export function requireDraft(registration: Registration): Version {
  const version = latestVersion(registration);
  if (version.status !== 'DRAFT') {
    throw conflictError('EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED',
      `Version ${version.versionNumber} of registration ${registration.id} is ${version.status}; field values can only change on a DRAFT version`
      + (isWithReviewer(version) ? '' : ' (call CreateRegistrationVersion for a new draft)'),
      'registration', registration.id);
  }
  return version;
}

/** Seconds since the epoch: how AWS JSON 1.0 sends timestamps and the SDK parses them into Dates. */
export function epochSeconds(date: Date): number {
  return date.getTime() / 1000;
}

const HISTORY_MEMBERS: Record<string, string> = {
  DRAFT: 'DraftTimestamp',
  SUBMITTED: 'SubmittedTimestamp',
  AWS_REVIEWING: 'AwsReviewingTimestamp',
  REVIEWING: 'ReviewingTimestamp',
  REQUIRES_AUTHENTICATION: 'RequiresAuthenticationTimestamp',
  APPROVED: 'ApprovedTimestamp',
  DISCARDED: 'DiscardedTimestamp',
  DENIED: 'DeniedTimestamp',
  REVOKED: 'RevokedTimestamp',
  ARCHIVED: 'ArchivedTimestamp',
};

export function statusHistoryOut(version: Version): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [status, at] of Object.entries(version.history)) {
    const member = HISTORY_MEMBERS[status];
    if (member) out[member] = epochSeconds(at);
  }
  return out;
}

/** RegistrationInformation, also the output of DeleteRegistration. */
export function registrationOut(registration: Registration): Record<string, unknown> {
  return {
    RegistrationArn: registration.arn,
    RegistrationId: registration.id,
    RegistrationType: registration.type,
    RegistrationStatus: registrationStatus(registration),
    CurrentVersionNumber: latestVersion(registration).versionNumber,
    ApprovedVersionNumber: approvedVersionNumber(registration),
    LatestDeniedVersionNumber: latestDeniedVersionNumber(registration),
    AdditionalAttributes: {},
    CreatedTimestamp: epochSeconds(registration.createdAt),
  };
}

/** The output of Submit, CreateRegistrationVersion and DiscardRegistrationVersion. */
export function versionChangeOut(registration: Registration, version: Version): Record<string, unknown> {
  return {
    RegistrationArn: registration.arn,
    RegistrationId: registration.id,
    VersionNumber: version.versionNumber,
    RegistrationVersionStatus: version.status,
    RegistrationVersionStatusHistory: statusHistoryOut(version),
  };
}

export function versionOut(version: Version): Record<string, unknown> {
  return {
    VersionNumber: version.versionNumber,
    RegistrationVersionStatus: version.status,
    RegistrationVersionStatusHistory: statusHistoryOut(version),
    DeniedReasons: version.deniedReasons,
    Feedback: version.feedback,
  };
}
