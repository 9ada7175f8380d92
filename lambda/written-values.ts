import { ActualRegistration } from '../lib/core/lifecycle/types';
import { writtenValuesTag } from '../lib/core/lifecycle/written-values';
import { RegistrationApi } from './registration-api';

/**
 * At the end of a deploy, the registration keeps a fingerprint of what its latest version holds (written-values.ts),
 * so `plan` and `status` can later tell a change made outside the stack from the stack's own. Written only when it
 * changed: a deploy that changes nothing writes nothing.
 */
export async function recordWrittenValues(api: RegistrationApi, actual: ActualRegistration): Promise<void> {
  const tag = writtenValuesTag(actual.registrationId, actual.versionNumber, actual.values);
  if (actual.tags.some((t) => t.Key === tag.Key && t.Value === tag.Value)) return;
  await api.tag(actual.registrationArn, [tag]);
}
