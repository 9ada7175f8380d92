import { RegistrationVersionInformation, RegistrationVersionStatusHistory } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { textOf } from '../../lib/core/field-value';
import { outsideStep } from '../../lib/core/forms';
import { isRegistrationStatus, isSentBack, parseVersionStatus, registrationStage } from '../../lib/core/lifecycle/statuses';
import { DriftSinceDeploy } from '../../lib/core/lifecycle/written-values';
import { isPublicTextField } from '../../lib/core/personal-data';
import { driftOf } from '../deployed/drift-since-deploy';
import { ManagedRegistration, managedRegistrations, SENDER_ID_FIELD } from '../deployed/managed-registrations';
import { ReadOnlyRegistrationApi } from '../deployed/read-only-api';
import { SenderIdReadiness, senderIdReadiness } from './sender-id-readiness';

/** What `npm run status` reports for one registration; also its `--json` output. */
export interface RegistrationStatusReport {
  readonly registrationId: string;
  readonly registrationType: string;
  readonly registrationStatus: string;
  readonly stackName: string;
  /** From the newest version that holds one; undefined when no version does yet. */
  readonly senderId?: string;
  /** Whether the sender ID can send (COMPLETE, and in DescribeSenderIds as registered to it); undefined for a registration of no sender ID. */
  readonly senderIdReadiness?: SenderIdReadiness;
  /** A step at another registry the submitted registration still needs before it completes (Singapore's SGNIC). */
  readonly outsideStep?: string;
  /** Oldest first. */
  readonly versions: VersionStatusReport[];
  /** Set when the latest version holds other values than the last deploy wrote (tools/deployed/drift-since-deploy.ts). */
  readonly drift?: DriftSinceDeploy;
}

export interface VersionStatusReport {
  readonly versionNumber: number;
  readonly status: string;
  /** Status → when the version entered it (ISO 8601), from RegistrationVersionStatusHistory, in time order. */
  readonly history: Record<string, string>;
  /** The reviewer's reasons on the version (a DENIED version only). */
  readonly deniedReasons?: DeniedReasonReport[];
  /** The reviewer's feedback on the whole version, when given. */
  readonly feedback?: string;
  /** The fields the reviewer commented on: their DeniedReason and Feedback, never their values. */
  readonly fieldReviews?: FieldReviewReport[];
}

export interface DeniedReasonReport {
  readonly shortDescription?: string;
  readonly reason?: string;
  readonly longDescription?: string;
  readonly documentationLink?: string;
}

export interface FieldReviewReport {
  readonly fieldPath: string;
  readonly deniedReason?: string;
  readonly feedback?: string;
}

/** Every registration the construct manages (optionally one stack's), with its versions and any denial details. */
export async function registrationStatuses(api: ReadOnlyRegistrationApi, stackName?: string): Promise<RegistrationStatusReport[]> {
  const reports: RegistrationStatusReport[] = [];
  for (const registration of await managedRegistrations(api, stackName)) reports.push(await statusOf(api, registration));
  return reports.sort((a, b) => a.stackName.localeCompare(b.stackName) || (a.senderId ?? '').localeCompare(b.senderId ?? ''));
}

async function statusOf(api: ReadOnlyRegistrationApi, registration: ManagedRegistration): Promise<RegistrationStatusReport> {
  const id = registration.registrationId;
  const versions = await api.versions(id);
  const reports: VersionStatusReport[] = [];
  for (const version of versions) reports.push(await versionReport(api, id, version));
  const senderId = await senderIdOf(api, id, versions);
  const readiness = await senderIdReadiness(api, id, registration.registrationType, registration.registrationStatus, senderId);
  return {
    registrationId: id,
    registrationType: registration.registrationType,
    registrationStatus: registration.registrationStatus,
    stackName: registration.stackName,
    senderId,
    ...(readiness ? { senderIdReadiness: readiness } : {}),
    ...outsideStepOf(registration.registrationType, registration.registrationStatus),
    versions: reports,
    ...await driftReport(api, registration, versions),
  };
}

/** Once submitted and until COMPLETE, the form's step outside AWS (lib/core/forms: Singapore's SGNIC) is still to do. */
export function outsideStepOf(registrationType: string, status: string): Pick<RegistrationStatusReport, 'outsideStep'> {
  const step = outsideStep(registrationType);
  if (!step || !isRegistrationStatus(status) || status === 'COMPLETE') return {};
  const stage = registrationStage(status);
  return stage === 'under-review' || stage === 'approved' ? { outsideStep: step.step } : {};
}

async function driftReport(
  api: ReadOnlyRegistrationApi, registration: ManagedRegistration, versions: RegistrationVersionInformation[],
): Promise<Pick<RegistrationStatusReport, 'drift'>> {
  const drift = await driftOf(api, registration, versions);
  return drift ? { drift } : {};
}

async function versionReport(
  api: ReadOnlyRegistrationApi, registrationId: string, version: RegistrationVersionInformation,
): Promise<VersionStatusReport> {
  const base = {
    versionNumber: version.VersionNumber!,
    status: version.RegistrationVersionStatus!,
    history: historyOf(version.RegistrationVersionStatusHistory),
  };
  // Only a version the review sent back carries the reviewer's reasons (on the version and on its fields).
  if (!isSentBack(parseVersionStatus(base.status))) return base;
  const fieldReviews = (await api.fieldValueDetails(registrationId, base.versionNumber))
    .filter((v) => v.DeniedReason || v.Feedback)
    // Only the service's text about the field: the value itself may be personal data.
    .map((v) => ({ fieldPath: v.FieldPath!, deniedReason: v.DeniedReason, feedback: v.Feedback }));
  return {
    ...base,
    deniedReasons: (version.DeniedReasons ?? []).map((r) => ({
      shortDescription: r.ShortDescription, reason: r.Reason, longDescription: r.LongDescription, documentationLink: r.DocumentationLink,
    })),
    ...(version.Feedback ? { feedback: version.Feedback } : {}),
    fieldReviews,
  };
}

/** `DraftTimestamp` → `DRAFT`, and so on, in the order the version went through them. */
function historyOf(history: RegistrationVersionStatusHistory | undefined): Record<string, string> {
  const entries = Object.entries(history ?? {})
    .filter((e): e is [string, Date] => e[1] instanceof Date)
    .sort(([, a], [, b]) => a.getTime() - b.getTime())
    .map(([member, at]) => [statusOfHistoryMember(member), at.toISOString()]);
  return Object.fromEntries(entries);
}

function statusOfHistoryMember(member: string): string {
  // AwsReviewingTimestamp → AWS_REVIEWING, RequiresAuthenticationTimestamp → REQUIRES_AUTHENTICATION.
  return member.replace(/Timestamp$/, '').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

/** The sender ID from the newest version that holds one: a new version may start empty. */
async function senderIdOf(
  api: ReadOnlyRegistrationApi, registrationId: string, versions: RegistrationVersionInformation[],
): Promise<string | undefined> {
  // Decided in one place (lib/core/personal-data.ts); the sender ID is public there, but the check keeps it so.
  if (!isPublicTextField(SENDER_ID_FIELD)) return undefined;
  for (const version of [...versions].reverse()) {
    if (version.RegistrationVersionStatus === 'DISCARDED') continue;
    const value = textOf((await api.fieldValues(registrationId, version.VersionNumber!))[SENDER_ID_FIELD]);
    if (value !== undefined) return value;
  }
  return undefined;
}
