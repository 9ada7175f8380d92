import { findVersion, isWithReviewer, latestVersion, modelStatuses, registrationStatus, setVersionStatus } from './lifecycle';
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
  if (!isWithReviewer(version)) {
    const hint = version.status === 'REQUIRES_AUTHENTICATION' ? ' (it waits for the user\'s authentication: set it to REVIEWING first)' : '';
    throw new Error(`Cannot ${action} version ${version.versionNumber} of ${registration.id}: it is ${version.status}, not under review${hint}`);
  }
  return version;
}

function summary(registration: Registration, version: Version): VersionSummary {
  return { registrationId: registration.id, versionNumber: version.versionNumber, status: version.status };
}

function approveVersion(registration: Registration, version: Version): void {
  const now = new Date();
  registration.statusOverride = undefined;
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
  const known = modelStatuses('RegistrationVersionStatus');
  if (!known.includes(status)) throw new Error(`Unknown version status ${status}; one of ${known.join(', ')}`);
  const registration = registrationFor(state, registrationId);
  const version = findVersion(registration, versionNumber);
  if (status === 'APPROVED') approveVersion(registration, version);
  else setVersionStatus(version, status);
  return summary(registration, version);
}

export interface RegistrationStatusSummary {
  readonly registrationId: string;
  readonly status: string;
}

/**
 * The registration statuses no version status implies, played by hand: PROVISIONING (an approved
 * registration whose sender ID is being made), COMPLETE (provisioning done), CLOSED (the sender ID was
 * deleted) and DELETED. The others follow the latest reviewed version: set that version's status instead.
 */
export function setRegistrationStatus(state: RegistrarState, registrationId: string, status: string): RegistrationStatusSummary {
  const known = modelStatuses('RegistrationStatus');
  if (!known.includes(status)) throw new Error(`Unknown registration status ${status}; one of ${known.join(', ')}`);
  const registration = registrationFor(state, registrationId);
  const approved = registration.versions.some((v) => v.status === 'APPROVED');
  switch (status) {
    case 'PROVISIONING':
    case 'COMPLETE':
      if (!approved) throw new Error(`Cannot make ${registrationId} ${status}: no version of it is APPROVED (approve one first)`);
      registration.statusOverride = status === 'PROVISIONING' ? 'PROVISIONING' : undefined;
      break;
    case 'CLOSED':
      registration.statusOverride = 'CLOSED';
      break;
    case 'DELETED':
      registration.deleted = true;
      break;
    default:
      throw new Error(`Registration status ${status} follows the latest reviewed version: set that version's status instead`);
  }
  return { registrationId, status: registrationStatus(registration) };
}
