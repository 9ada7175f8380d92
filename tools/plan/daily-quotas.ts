/**
 * The two daily registration quotas. DescribeAccountLimits does not report them (its names are REGISTRATIONS,
 * REGISTRATION_ATTACHMENTS, SENDER_IDS, ...), and their defaults are unpublished, so their Max is what the user reads
 * in the Service Quotas console and gives on the command line; Used is what the account shows was created in the
 * last 24 hours.
 */

/** What a deploy creates that the daily quotas count. A new registration's first version comes with CreateRegistration. */
export interface DailyNeeds {
  readonly versions: number;
  readonly attachments: number;
}

/** One daily quota: its Max as given, and how many the account created in the last 24 hours (0 when not read). */
export interface DailyQuota {
  readonly max: number;
  readonly used: number;
}

export interface DailyQuotas {
  readonly versions?: DailyQuota;
  readonly attachments?: DailyQuota;
}

/** The daily quotas, each with the option that gives its Max. */
export const DAILY_QUOTAS = [
  { key: 'versions', quota: 'REGISTRATION_VERSIONS_CREATED_PER_DAY', what: 'registration version', option: '--versions-per-day' },
  { key: 'attachments', quota: 'REGISTRATION_ATTACHMENTS_CREATED_PER_DAY', what: 'attachment', option: '--attachments-per-day' },
] as const;

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/** How many days of `quota` creating `needed` takes: today's remainder first, then a full quota each day; 0 when nothing is needed. */
export function daysNeeded(needed: number, quota: DailyQuota): number {
  if (needed <= 0) return 0;
  const leftToday = Math.max(0, quota.max - quota.used);
  if (needed <= leftToday) return 1;
  return 1 + Math.ceil((needed - leftToday) / quota.max);
}

/**
 * The daily quotas today's deploy would run past, each as a sentence with what to do; empty when it fits.
 *
 * Refused rather than only warned: the handler does not wait for the next day (a custom resource has at most hours),
 * it fails at the creation the service refuses and CloudFormation rolls the deploy back, while what it created before
 * still counts against today's quota. Deploying fewer changed registrations, or tomorrow, is what works.
 */
export function dailyQuotaProblems(needs: DailyNeeds, quotas: DailyQuotas): string[] {
  const problems: string[] = [];
  for (const { key, quota, what } of DAILY_QUOTAS) {
    const limit = quotas[key];
    const needed = needs[key];
    if (!limit || needed === 0 || needed <= limit.max - limit.used) continue;
    const left = Math.max(0, limit.max - limit.used);
    const advice = needed > limit.max
      ? `No day has room for them all: deploy the changes in ${Math.ceil(needed / limit.max)} parts, one a day, or ask for a quota increase.`
      : 'Deploy again once the quota frees up (within 24 hours), deploy fewer changed registrations at once, or ask for a quota increase.';
    problems.push(`${quota}: the deploy would create ${count(needed, what)} today, the account created ${limit.used} in the last 24 hours `
      + `of at most ${limit.max} a day (${left} left). The deploy would stop at the refused creation and roll back. ${advice}`);
  }
  return problems;
}

/**
 * One line per daily quota the deploy uses: how many it creates, and how many days that takes at the quota given,
 * or which option gives the quota when it was not given.
 */
export function dailyQuotaLines(needs: DailyNeeds, quotas: DailyQuotas, subject: string): string[] {
  return DAILY_QUOTAS.filter(({ key }) => needs[key] > 0).map(({ key, quota, what, option }) => {
    const limit = quotas[key];
    const needed = needs[key];
    if (!limit) return `${subject} creates ${count(needed, what)} (${quota}, not reported by the service: give ${option} N to count the days)`;
    const days = daysNeeded(needed, limit);
    return `${subject} creates ${count(needed, what)}: ${days === 1 ? 'today' : `${days} days`} at ${quota} of ${limit.max}`
      + (limit.used > 0 ? ` (${limit.used} used in the last 24 hours)` : '');
  });
}
