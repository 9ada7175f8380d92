import { findVersion, latestVersion, setVersionStatus, UNDER_REVIEW, VERSION_STATUSES } from './lifecycle';
import { DeniedReason, Registration, RegistrarState, Version } from './state';

/** Playing AWS's reviewer: the only way a version leaves review in the registrar. */

export interface Denial {
  /** Shown as the version's DeniedReasons. */
  readonly versionReasons?: DeniedReason[];
  /** Field path → reason, shown as that field's DeniedReason in DescribeRegistrationFieldValues. */
  readonly fieldReasons?: Record<string, string>;
  /** Field path → feedback, shown as that field's Feedback in DescribeRegistrationFieldValues. */
  readonly fieldFeedback?: Record<string, string>;
  /** Shown as the version's Feedback. */
  readonly feedback?: string;
  /** Default: the latest version. */
  readonly versionNumber?: number;
}

export interface VersionSummary {
  readonly registrationId: string;
  readonly versionNumber: number;
  readonly status: string;
}

/** By id alone, in any Region: ids are unique across Regions, so the reviewer need not say where. */
function registrationFor(state: RegistrarState, registrationId: string): Registration {
  const registration = state.findRegistration(registrationId);
  if (!registration || registration.deleted) throw new Error(`No live registration ${registrationId}`);
  return registration;
}

function reviewedVersion(registration: Registration, versionNumber: number | undefined, action: string): Version {
  const version = versionNumber === undefined ? latestVersion(registration) : findVersion(registration, versionNumber);
  if (!UNDER_REVIEW.includes(version.status) && version.status !== 'REQUIRES_AUTHENTICATION') {
    throw new Error(`Cannot ${action} version ${version.versionNumber} of ${registration.id}: it is ${version.status}, not under review`);
  }
  return version;
}

function summary(registration: Registration, version: Version): VersionSummary {
  return { registrationId: registration.id, versionNumber: version.versionNumber, status: version.status };
}

function approveVersion(registration: Registration, version: Version): void {
  const now = new Date();
  // Only one approved version at a time: the one it replaces is archived, as the service does.
  for (const other of registration.versions) {
    if (other !== version && other.status === 'APPROVED') setVersionStatus(other, 'ARCHIVED', now);
  }
  setVersionStatus(version, 'APPROVED', now);
}

export function approve(state: RegistrarState, registrationId: string, versionNumber?: number): VersionSummary {
  const registration = registrationFor(state, registrationId);
  const version = reviewedVersion(registration, versionNumber, 'approve');
  approveVersion(registration, version);
  return summary(registration, version);
}

export function deny(state: RegistrarState, registrationId: string, denial: Denial = {}): VersionSummary {
  const registration = registrationFor(state, registrationId);
  const version = reviewedVersion(registration, denial.versionNumber, 'deny');
  version.deniedReasons = (denial.versionReasons ?? []).map((r) => ({ ...r }));
  version.feedback = denial.feedback;
  for (const [path, reason] of Object.entries(denial.fieldReasons ?? {})) {
    version.values.set(path, { ...(version.values.get(path) ?? {}), DeniedReason: reason });
  }
  for (const [path, feedback] of Object.entries(denial.fieldFeedback ?? {})) {
    version.values.set(path, { ...(version.values.get(path) ?? {}), Feedback: feedback });
  }
  setVersionStatus(version, 'DENIED');
  return summary(registration, version);
}

/** Moves a version to any status (e.g. SUBMITTED → REVIEWING) without the rules the API enforces. */
export function setStatus(state: RegistrarState, registrationId: string, status: string, versionNumber?: number): VersionSummary {
  if (!VERSION_STATUSES.includes(status)) throw new Error(`Unknown version status ${status}; one of ${VERSION_STATUSES.join(', ')}`);
  const registration = registrationFor(state, registrationId);
  const version = findVersion(registration, versionNumber);
  if (status === 'APPROVED') approveVersion(registration, version);
  else setVersionStatus(version, status);
  return summary(registration, version);
}
