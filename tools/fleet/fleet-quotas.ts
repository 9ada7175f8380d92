import { LoadedRecord } from '../../lib/fleet/fleet-records';
import { createWritesByOperation } from '../../lib/fleet/write-count';
import { dailyQuotaLines } from '../plan/daily-quotas';
import { AccountLimits, QuotaNeeds, quotaProblems } from '../plan/quota-check';

/** What `fleet place --check-quotas` read and was given: DescribeAccountLimits' answer, and the daily quotas' Max. */
export interface FleetQuotaCheck {
  readonly limits: AccountLimits;
  readonly perDay: { readonly versions?: number; readonly attachments?: number };
}

export interface FleetQuotaVerdict {
  /** The account quotas creating the records would exceed (the planner's own sentences); empty when they fit. */
  readonly problems: string[];
  /** What their first deploy creates, and how many days of the daily quotas that takes. */
  readonly lines: string[];
}

/** What creating `records` counts: one registration each, with one attachment per document. */
export function fleetQuotaNeeds(records: readonly LoadedRecord[]): QuotaNeeds {
  return {
    registrations: records.length,
    attachments: records.reduce((sum, record) => sum + createWritesByOperation(record.props).CreateRegistrationAttachment, 0),
  };
}

/**
 * Whether the records being placed now fit the account, decided by the planner's quota check (one place decides
 * "fits"). Records placed before are taken as deployed: the account's Used already counts them.
 */
export function fleetQuotaVerdict(records: readonly LoadedRecord[], check: FleetQuotaCheck): FleetQuotaVerdict {
  const needs = fleetQuotaNeeds(records);
  const subject = `the first deploy of the ${records.length} record${records.length === 1 ? '' : 's'} placed now`;
  // Today's use of the daily quotas is not read here: the days are counted from a day with the whole quota free.
  const daily = {
    versions: check.perDay.versions === undefined ? undefined : { max: check.perDay.versions, used: 0 },
    attachments: check.perDay.attachments === undefined ? undefined : { max: check.perDay.attachments, used: 0 },
  };
  const lines = records.length === 0 ? [] : [
    `quotas: ${subject} creates ${needs.registrations} registrations and ${needs.attachments} attachments `
      + `(the account holds ${describeLimit(check.limits.REGISTRATIONS)} registrations and ${describeLimit(check.limits.REGISTRATION_ATTACHMENTS)} attachments)`,
    ...dailyQuotaLines({ versions: 0, attachments: needs.attachments }, daily, `quotas: ${subject}`),
    `quotas: ${subject} makes no CreateRegistrationVersion call (a registration's first version comes with CreateRegistration), `
      + 'so REGISTRATION_VERSIONS_CREATED_PER_DAY takes no day',
  ];
  return { problems: quotaProblems(needs, check.limits), lines };
}

function describeLimit(limit: { used: number; max: number } | undefined): string {
  return limit ? `${limit.used} of at most ${limit.max}` : 'an unreported number';
}
