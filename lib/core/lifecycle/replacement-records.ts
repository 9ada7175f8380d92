import { TagProperty } from '../contract/resource-properties';

/**
 * Tags that link a registration that cannot be amended (Austria) to the one replacing it. The old one is
 * kept, never deleted or discarded, until its replacement is COMPLETE, because deleting it first would
 * block the sender ID for 30 days; these tags let a later Delete and a later deploy know that, with no
 * state outside the service.
 */
export const REPLACED_BY_TAG = 'sender-id-registration:replaced-by';
export const REPLACES_TAG = 'sender-id-registration:replaces';

export function tagValue(tags: readonly TagProperty[], key: string): string | undefined {
  return tags.find((t) => t.Key === key)?.Value;
}

/** Replacement records are the handler's bookkeeping, not the user's tags: a deploy never removes them as undeclared. */
export function isReplacementRecordTag(key: string): boolean {
  return key === REPLACED_BY_TAG || key === REPLACES_TAG;
}
