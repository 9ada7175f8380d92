import { TagProperty } from '../lib/core/contract/resource-properties';
import { attachmentIdOf, FieldValue } from '../lib/core/field-value';
import { ActualRegistration, RegistrationSummary } from '../lib/core/lifecycle/types';

/**
 * What one poll knows its registration holds, kept true call by call: each answered write is applied here, so a poll
 * that stops (its writes throttled, its time spent) leaves what it knew for the next poll of this container, which
 * then starts writing without a read (poll-checkpoint.ts). Values only this invocation's writes vouch for are never
 * enough to submit or to finish: those wait for a values read newer than the last write (`valuesRead`), so a draft
 * changed out of band between polls is still converged before it is submitted.
 */
export class KnownState {
  /** State just read from the service. */
  static read(actual: ActualRegistration): KnownState {
    return new KnownState(actual, true);
  }

  /** State an earlier poll of this container knew when it stopped: true as far as our own calls go, not yet read again. */
  static resumed(actual: ActualRegistration): KnownState {
    return new KnownState(actual, false);
  }

  /**
   * False from the start of a call that changes more than values (a version, the status, tags, uploads) until its
   * answer is applied: a poll that stops in between leaves nothing for the next one, which then reads everything.
   */
  private trustedSummary = true;

  private constructor(private state: ActualRegistration, private valuesFromRead: boolean) {}

  get actual(): ActualRegistration {
    return this.state;
  }

  /** Whether the values come from a read made after this invocation's last write. */
  get valuesRead(): boolean {
    return this.valuesFromRead;
  }

  /** Whether everything known is what the service holds, but for values our own answered writes account for. */
  get trusted(): boolean {
    return this.trustedSummary;
  }

  /** A call that may change the version, the status or the tags is about to start. */
  distrust(): void {
    this.trustedSummary = false;
  }

  /** A PutRegistrationFieldValue was answered (a DeleteRegistrationFieldValue when `value` is undefined). */
  fieldWritten(fieldPath: string, value: FieldValue | undefined, contentHash?: string): void {
    const { [fieldPath]: _replaced, ...others } = this.state.values;
    const values = value ? { ...others, [fieldPath]: value } : others;
    const attachmentId = attachmentIdOf(value);
    const hashes = attachmentId && contentHash
      ? { ...this.state.attachmentContentHashes, [attachmentId]: contentHash }
      : this.state.attachmentContentHashes;
    this.state = { ...this.state, values, attachmentContentHashes: hashes };
    this.valuesFromRead = false;
  }

  /** Tags this invocation set or removed, as answered. */
  tagsAre(tags: TagProperty[]): void {
    this.state = { ...this.state, tags };
    this.trustedSummary = true;
  }

  /** A version call (submit) was answered, and the registration's status read: the values stay. */
  summaryIs(summary: Partial<RegistrationSummary>): void {
    this.state = { ...this.state, ...summary };
    this.trustedSummary = true;
  }

  /** The whole state, or its values, was read again. */
  readAgain(actual: ActualRegistration): void {
    this.state = actual;
    this.valuesFromRead = true;
    this.trustedSummary = true;
  }
}
