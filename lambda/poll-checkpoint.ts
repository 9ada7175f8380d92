import { ActualRegistration } from '../lib/core/lifecycle/types';

/**
 * What a poll of this container knew of its registration when it stopped, by registration and request (known-state.ts).
 * A poll that ran out of time or was throttled stops because of the write quotas, not because the state changed: the
 * next poll of the same request on this container resumes from this and reads nothing until just before it submits or
 * finishes, instead of the whole state (four reads, on the Describe quota every registration and tool of the account
 * shares) or the values (one) on every poll. Only a state this invocation's own calls cannot have changed unseen is
 * kept, and only until taken. Another container, or a cold start, simply reads everything.
 */
const checkpoints = new Map<string, ActualRegistration>();
/** Enough for every registration of the largest stack; the oldest go first. */
const MAX_CHECKPOINTS = 500;

const keyOf = (registrationId: string, requestId: string) => `${requestId} ${registrationId}`;

export function keepCheckpoint(registrationId: string, requestId: string, known: ActualRegistration): void {
  const key = keyOf(registrationId, requestId);
  checkpoints.delete(key);
  checkpoints.set(key, known);
  if (checkpoints.size > MAX_CHECKPOINTS) checkpoints.delete(checkpoints.keys().next().value!);
}

/** The checkpoint, once: whatever happens next, the poll after that keeps its own or reads everything. */
export function takeCheckpoint(registrationId: string, requestId: string): ActualRegistration | undefined {
  const key = keyOf(registrationId, requestId);
  const known = checkpoints.get(key);
  checkpoints.delete(key);
  return known;
}
