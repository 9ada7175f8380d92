import { ServiceError } from './errors';
import { RegionState } from './state';

/**
 * The registration quotas the service's model names (ServiceQuotaExceededException's Reason), configurable so
 * tests and rehearsals can meet them. Their real defaults are unpublished: unset, a quota is not enforced and
 * DescribeAccountLimits reports UNSET_MAX, a made-up figure no deploy here reaches.
 */
export const ACCOUNT_QUOTA_NAMES = [
  'REGISTRATIONS_PER_ACCOUNT', 'REGISTRATION_ATTACHMENTS_PER_ACCOUNT',
  'REGISTRATION_ATTACHMENTS_CREATED_PER_DAY', 'REGISTRATION_VERSIONS_CREATED_PER_DAY',
] as const;
export type AccountQuotaName = typeof ACCOUNT_QUOTA_NAMES[number];
export type AccountLimitSettings = Partial<Record<AccountQuotaName, number>>;

const UNSET_MAX = 10_000;
const DAY_MS = 24 * 3600 * 1000;

/** The limits set, and what the daily quotas have counted (creations in the last 24 hours, in any Region). */
export class AccountQuotas {
  private limits: AccountLimitSettings = {};
  private readonly createdAt: Record<'attachments' | 'versions', number[]> = { attachments: [], versions: [] };

  settings(): AccountLimitSettings {
    return { ...this.limits };
  }

  /** Merges; a limit of 0 or undefined removes it. */
  set(limits: AccountLimitSettings): void {
    for (const [name, max] of Object.entries(limits)) {
      if (!(ACCOUNT_QUOTA_NAMES as readonly string[]).includes(name)) throw new Error(`Unknown account quota ${name}; known: ${ACCOUNT_QUOTA_NAMES.join(', ')}`);
      if (max !== undefined && !(Number.isInteger(max) && max >= 0)) throw new Error(`${name} must be a whole number >= 0, got ${max}`);
      if (max) this.limits[name as AccountQuotaName] = max;
      else delete this.limits[name as AccountQuotaName];
    }
  }

  reset(): void {
    this.limits = {};
    this.createdAt.attachments.length = 0;
    this.createdAt.versions.length = 0;
  }

  used(state: RegionState, quota: AccountQuotaName): number {
    switch (quota) {
      case 'REGISTRATIONS_PER_ACCOUNT': return [...state.registrations.values()].filter((r) => !r.deleted).length;
      case 'REGISTRATION_ATTACHMENTS_PER_ACCOUNT': return state.attachments.size;
      case 'REGISTRATION_ATTACHMENTS_CREATED_PER_DAY': return this.createdToday('attachments');
      case 'REGISTRATION_VERSIONS_CREATED_PER_DAY': return this.createdToday('versions');
    }
  }

  max(quota: AccountQuotaName): number {
    return this.limits[quota] ?? UNSET_MAX;
  }

  /** Refuses one more creation under each of `quotas` that is at its limit, with the model's Reason. */
  check(state: RegionState, ...quotas: AccountQuotaName[]): void {
    for (const quota of quotas) {
      const max = this.limits[quota];
      if (max !== undefined && this.used(state, quota) >= max) {
        throw new ServiceError('ServiceQuotaExceededException', `The ${quota} quota (${max}) is reached`, { Reason: quota });
      }
    }
  }

  counted(kind: 'attachments' | 'versions'): void {
    this.createdAt[kind].push(Date.now());
  }

  private createdToday(kind: 'attachments' | 'versions'): number {
    const since = Date.now() - DAY_MS;
    return this.createdAt[kind].filter((at) => at > since).length;
  }
}
