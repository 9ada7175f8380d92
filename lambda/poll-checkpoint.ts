import { TagProperty } from '../lib/core/contract/resource-properties';
import { RegistrationSummary } from '../lib/core/lifecycle/types';

/** What a poll knew of its registration when it stopped, apart from the field values. */
export type KnownSummary = RegistrationSummary & { readonly tags: TagProperty[] };

/**
 * The registration, version and tags a poll of this container knew when it stopped, by registration and request.
 * A poll that ran out of time or was throttled stops because of the write quotas, not because the state changed:
 * the next poll of the same request on this container resumes from this and reads the values again (one read)
 * instead of the whole state (four reads, on the Describe quota every registration and tool of the account shares).
 * Only a summary this invocation's own calls cannot have changed unseen is kept (see converge), and only until taken.
 * Another container, or a cold start, simply reads everything.
 */
const checkpoints = new Map<string, KnownSummary>();
/** Enough for every registration of the largest stack; the oldest go first. */
const MAX_CHECKPOINTS = 500;

const keyOf = (registrationId: string, requestId: string) => `${requestId} ${registrationId}`;

export function keepCheckpoint(registrationId: string, requestId: string, known: KnownSummary): void {
  const key = keyOf(registrationId, requestId);
  checkpoints.delete(key);
  checkpoints.set(key, known);
  if (checkpoints.size > MAX_CHECKPOINTS) checkpoints.delete(checkpoints.keys().next().value!);
}

/** The checkpoint, once: whatever happens next, the poll after that keeps its own or reads everything. */
export function takeCheckpoint(registrationId: string, requestId: string): KnownSummary | undefined {
  const key = keyOf(registrationId, requestId);
  const known = checkpoints.get(key);
  checkpoints.delete(key);
  return known;
}
