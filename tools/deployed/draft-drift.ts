import { FieldValues, sameFieldValue } from '../../lib/core/field-value';
import { ReadOnlyRegistrationApi } from './read-only-api';

/**
 * A draft changed outside the stack. A deploy fills a draft and, unless the stack says submit: false, submits it
 * in the same run; so a latest version that is a DRAFT and holds other values than the version before it was
 * opened or changed by someone else (the console, End User Messaging brand profiles that re-push values into
 * drafts) or by a deploy that stopped midway. The next deploy converges it to the declared values.
 * Only field paths are reported, never values: they may be personal data.
 */
export interface DraftDrift {
  readonly draftVersion: number;
  readonly comparedWithVersion: number;
  /** Field paths whose value in the draft differs from the version before it, sorted. */
  readonly changedPaths: string[];
}

function differingPaths(draft: FieldValues, before: FieldValues): string[] {
  const paths = new Set([...Object.keys(draft), ...Object.keys(before)]);
  return [...paths].filter((p) => !(draft[p] && before[p] && sameFieldValue(draft[p], before[p]))).sort();
}

/** The registration's draft drift, or undefined when its latest version is not a draft or holds what the version before it held. */
export async function draftDrift(api: ReadOnlyRegistrationApi, registrationId: string): Promise<DraftDrift | undefined> {
  const versions = [...await api.versions(registrationId)].sort((a, b) => a.VersionNumber! - b.VersionNumber!);
  const latest = versions[versions.length - 1];
  if (latest?.RegistrationVersionStatus !== 'DRAFT') return undefined;
  const previous = versions.slice(0, -1).reverse().find((v) => v.RegistrationVersionStatus !== 'DISCARDED');
  if (!previous) return undefined;
  const changedPaths = differingPaths(
    await api.fieldValues(registrationId, latest.VersionNumber!), await api.fieldValues(registrationId, previous.VersionNumber!));
  return changedPaths.length ? { draftVersion: latest.VersionNumber!, comparedWithVersion: previous.VersionNumber!, changedPaths } : undefined;
}

/** The drift in one sentence, for plan and status; status cannot know the stack's submit setting, so it names that case too. */
export function describeDraftDrift(drift: DraftDrift, submitKnown: boolean): string {
  const n = drift.changedPaths.length;
  return `drift: draft version ${drift.draftVersion} differs from version ${drift.comparedWithVersion} in ${n} field${n === 1 ? '' : 's'} `
    + `(${drift.changedPaths.join(', ')}): changed outside the stack (console, brand profiles) or left by a deploy that stopped`
    + `${submitKnown ? '' : ' (or by a stack with submit: false)'}; the next deploy converges it to the declared values`;
}
