import { RegistrationVersionInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { TagProperty } from '../../lib/core/contract/resource-properties';
import { DriftSinceDeploy, driftSinceDeploy, readWrittenValues } from '../../lib/core/lifecycle/written-values';
import { ReadOnlyRegistrationApi } from './read-only-api';

/**
 * A registration changed outside the stack since the last deploy (the console, End User Messaging brand profiles that
 * re-push values into drafts), found by comparing its latest version with the fingerprint the last deploy left on it
 * (lib/core/lifecycle/written-values.ts). Only field paths are reported, never values: they may be personal data.
 *
 * One read at most: the latest version's values, and only when they can have changed since the deploy, that is when
 * it is a draft or a version the deploy did not write. A registration no deploy fingerprinted yet (deployed by an
 * earlier release) shows no drift until its next deploy.
 */
export async function driftOf(
  api: ReadOnlyRegistrationApi, registration: { readonly registrationId: string; readonly tags: readonly TagProperty[] },
  versions: readonly RegistrationVersionInformation[],
): Promise<DriftSinceDeploy | undefined> {
  const written = readWrittenValues(registration.tags);
  const latest = versions.filter((v) => v.RegistrationVersionStatus !== 'DISCARDED').at(-1);
  if (!written || !latest) return undefined;
  const versionNumber = latest.VersionNumber!;
  if (latest.RegistrationVersionStatus !== 'DRAFT' && versionNumber === written.versionNumber) return undefined;
  const values = await api.fieldValues(registration.registrationId, versionNumber);
  return driftSinceDeploy(registration.registrationId, registration.tags, versionNumber, values);
}
