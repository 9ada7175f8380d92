import { RegistrationVersionInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';

/** What a fleet row tells of a registration's latest version. */
export interface LatestVersion {
  readonly latestVersion?: number;
  readonly latestVersionStatus?: string;
  /** The reviewer's reasons, each by its short description (the long ones are for `status`), joined by "; ". */
  readonly denialReasons?: string;
}

/** The latest of a registration's versions (oldest first, as the read-only API returns them). */
export function latestVersionOf(versions: readonly RegistrationVersionInformation[]): LatestVersion {
  const latest = versions[versions.length - 1];
  if (!latest) return {};
  const reasons = (latest.DeniedReasons ?? []).map((r) => r.ShortDescription ?? r.Reason).filter((r): r is string => !!r);
  return {
    latestVersion: latest.VersionNumber,
    latestVersionStatus: latest.RegistrationVersionStatus,
    ...(reasons.length > 0 ? { denialReasons: reasons.join('; ') } : {}),
  };
}
