import { AccountQuotaName } from '../account-quotas';
import { paginate } from '../params';
import { OperationHandler } from './context';

/** The per-account counts DescribeAccountLimits reports (its AccountLimitName) and the quota that bounds each. */
const REPORTED: ReadonlyArray<{ name: string; quota: AccountQuotaName }> = [
  { name: 'REGISTRATIONS', quota: 'REGISTRATIONS_PER_ACCOUNT' },
  { name: 'REGISTRATION_ATTACHMENTS', quota: 'REGISTRATION_ATTACHMENTS_PER_ACCOUNT' },
];

export const accountLimitOperations: Record<string, OperationHandler> = {
  DescribeAccountLimits: ({ state, quotas }, params) => {
    const limits = REPORTED.map(({ name, quota }) => ({ Name: name, Used: quotas.used(state, quota), Max: quotas.max(quota) }));
    const page = paginate(limits, params, state.options, 'account-limits');
    return { AccountLimits: page.items, NextToken: page.NextToken };
  },
};
