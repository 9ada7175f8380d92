import { createHash } from 'crypto';
import { TagProperty } from '../contract/resource-properties';
import { canonicalValue, FieldValue, FieldValues } from '../field-value';
import { isPublicTextField } from '../personal-data';

/**
 * What the last deploy wrote, kept on the registration as a fingerprint, so `plan` and `status` can tell a draft
 * changed outside the stack (the console, brand profiles that re-push values into drafts) from the stack's own work,
 * with no access to CloudFormation and without storing any value.
 *
 * One tag: `v<version> <digest> <codes>`. The digest (48 bits) covers every field and value together; each code is
 * 3 characters (18 bits) of a hash of one field's path and value, salted with the registration id. A code cannot
 * be read back into a value, and names a field only by matching it. Personal data (a text field that is not public,
 * personal-data.ts) gets no code: 18 bits would let whoever reads tags confirm a guessed email or phone number, so a
 * change there is told by the digest alone, without naming the field. When the codes would pass the 256 characters
 * a tag value holds, only the digest is kept: drift is then told, but not which fields.
 */
export const WRITTEN_VALUES_TAG = 'sender-id-registration:written';

const DIGEST_CHARS = 12;
const CODE_CHARS = 3;
const MAX_TAG_VALUE = 256;

export interface WrittenValues {
  readonly versionNumber: number;
  readonly digest: string;
  /** Undefined when they did not fit in the tag. */
  readonly codes?: ReadonlySet<string>;
}

/** The drift of a version from what the last deploy wrote; field paths only, never values. */
export interface DriftSinceDeploy {
  readonly versionNumber: number;
  readonly writtenVersion: number;
  /** Fields holding a value the last deploy did not write, sorted; undefined when the tag could not say which. */
  readonly changedPaths?: string[];
  /** Fields the last deploy wrote that no longer hold that value and are not among `changedPaths` (removed). */
  readonly removedCount: number;
  /** Nothing but the digest tells the change: it is in personal data, which has no codes. */
  readonly inPersonalData?: boolean;
}

/** The tag for `values`, the latest version's values as a deploy leaves them. */
export function writtenValuesTag(registrationId: string, versionNumber: number, values: FieldValues): TagProperty {
  const head = `v${versionNumber} ${digestOf(registrationId, values)}`;
  const codes = codedPaths(values).map((path) => codeOf(registrationId, path, values[path])).join('');
  const full = `${head} ${codes}`;
  return { Key: WRITTEN_VALUES_TAG, Value: full.length <= MAX_TAG_VALUE ? full : head };
}

export function readWrittenValues(tags: readonly TagProperty[]): WrittenValues | undefined {
  const value = tags.find((t) => t.Key === WRITTEN_VALUES_TAG)?.Value;
  const match = /^v(\d+) ([0-9a-f]+)(?: (\S*))?$/.exec(value ?? '');
  if (!match) return undefined;
  const codes = match[3];
  const parsed = codes === undefined ? undefined : new Set(codes.match(new RegExp(`.{${CODE_CHARS}}`, 'g')) ?? []);
  return { versionNumber: Number(match[1]), digest: match[2], codes: parsed };
}

/** How `values` (of version `versionNumber`) differ from what the last deploy wrote; undefined when they do not, or nothing was recorded. */
export function driftSinceDeploy(
  registrationId: string, tags: readonly TagProperty[], versionNumber: number, values: FieldValues,
): DriftSinceDeploy | undefined {
  const written = readWrittenValues(tags);
  if (!written || written.digest === digestOf(registrationId, values)) return undefined;
  const base = { versionNumber, writtenVersion: written.versionNumber };
  if (!written.codes) return { ...base, removedCount: 0 };
  const current = new Map(codedPaths(values).map((path) => [codeOf(registrationId, path, values[path]), path]));
  const changedPaths = [...current].filter(([code]) => !written.codes!.has(code)).map(([, path]) => path).sort();
  const unmatched = [...written.codes].filter((code) => !current.has(code)).length;
  const removedCount = Math.max(0, unmatched - changedPaths.length);
  return { ...base, changedPaths, removedCount, ...(changedPaths.length === 0 && removedCount === 0 ? { inPersonalData: true } : {}) };
}

/** The fields that get a code of their own: all but personal data, sorted. */
function codedPaths(values: FieldValues): string[] {
  return Object.keys(values).filter((path) => values[path].kind !== 'text' || isPublicTextField(path)).sort();
}

/**
 * The drift in one sentence, for plan and status: `drift: changed outside the stack since the last deploy: <field
 * paths> (version 2; the last deploy wrote version 1)`; fields removed are counted, as their paths cannot be told.
 */
export function describeDriftSinceDeploy(drift: DriftSinceDeploy): string {
  const version = drift.versionNumber === drift.writtenVersion ? `version ${drift.versionNumber}`
    : `version ${drift.versionNumber}; the last deploy wrote version ${drift.writtenVersion}`;
  if (drift.changedPaths === undefined) {
    return `drift: changed outside the stack since the last deploy (${version}; too many fields to tell which)`;
  }
  if (drift.inPersonalData) {
    return `drift: changed outside the stack since the last deploy: personal data (which field is not recorded) (${version})`;
  }
  const n = drift.removedCount;
  const removed = n ? `${n} field${n === 1 ? '' : 's'} it wrote ${n === 1 ? 'is' : 'are'} now empty` : '';
  return `drift: changed outside the stack since the last deploy: ${[drift.changedPaths.join(', '), removed].filter(Boolean).join('; ')} (${version})`;
}

function digestOf(registrationId: string, values: FieldValues): string {
  const canonical = Object.keys(values).sort().map((path) => `${path}\n${canonicalValue(values[path])}`).join('\n\n');
  return hash(`${registrationId}\n${canonical}`).toString('hex').slice(0, DIGEST_CHARS);
}

function codeOf(registrationId: string, path: string, value: FieldValue): string {
  return hash(`${registrationId}\n${path}\n${canonicalValue(value)}`).toString('base64url').slice(0, CODE_CHARS);
}

function hash(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
