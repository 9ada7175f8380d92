/**
 * The one place that classifies version statuses for the lifecycle contract.
 */

/** A version in these statuses is with a reviewer: nothing can be changed or deleted. */
export const UNDER_REVIEW_STATUSES: readonly string[] = ['SUBMITTED', 'AWS_REVIEWING', 'REVIEWING'];

export function isUnderReview(versionStatus: string): boolean {
  return UNDER_REVIEW_STATUSES.includes(versionStatus);
}

export function isDraft(versionStatus: string): boolean {
  return versionStatus === 'DRAFT';
}
