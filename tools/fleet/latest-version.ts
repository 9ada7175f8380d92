import { RegistrationVersionInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { latestLiveVersion, parseVersionStatus } from '../../lib/core/lifecycle/statuses';

/** What a fleet row tells of a registration's latest version. */
export interface LatestVersion {
  readonly latestVersion?: number;
  readonly latestVersionStatus?: string;
  /** The reviewer's reasons, each by its short description (the long ones are for `status`), joined by "; ". */
  readonly denialReasons?: string;
}

/** The latest version as a deploy sees it (the newest not discarded: the core decides, once). */
export function latestVersionOf(versions: readonly RegistrationVersionInformation[]): LatestVersion {
  const latest = latestLiveVersion(versions.map((v) => ({
    versionNumber: v.VersionNumber!, versionStatus: parseVersionStatus(v.RegistrationVersionStatus), information: v,
  })));
  if (!latest) return {};
  const reasons = (latest.information.DeniedReasons ?? []).map((r) => r.ShortDescription ?? r.Reason).filter((r): r is string => !!r);
  return {
    latestVersion: latest.versionNumber,
    latestVersionStatus: latest.versionStatus,
    ...(reasons.length > 0 ? { denialReasons: reasons.join('; ') } : {}),
  };
}
