import { RegistrationResourceProperties } from '../../lib/core/contract/resource-properties';
import { attachmentRecords } from '../../lib/core/lifecycle/attachment-records';
import { DeployedMatch } from './find-deployed';

/** DescribeAccountLimits' answer by name: what the account holds and may hold. */
export type AccountLimits = Record<string, { readonly used: number; readonly max: number }>;

/** What a deploy would create that counts against the account's quotas. */
export interface QuotaNeeds {
  readonly registrations: number;
  readonly attachments: number;
}

/**
 * The registrations and attachments a deploy would create: a registration not deployed yet, or replacing a CLOSED one
 * (`replaced`), and each of its files; for one deployed, each declared file not already uploaded for its field with the
 * same content (the handler reuses those).
 */
export function quotaNeeds(
  declared: readonly RegistrationResourceProperties[], matches: readonly DeployedMatch[], replaced: readonly boolean[] = [],
): QuotaNeeds {
  let registrations = 0;
  let attachments = 0;
  declared.forEach((props, i) => {
    const match = matches[i];
    if (match.kind === 'none' || replaced[i]) {
      registrations++;
      attachments += Object.keys(props.Attachments).length;
    } else if (match.kind === 'found') {
      const recorded = new Set(attachmentRecords(match.actual.tags).map((r) => `${r.fieldPath} ${r.contentHash}`));
      attachments += Object.entries(props.Attachments).filter(([fieldPath, file]) => !recorded.has(`${fieldPath} ${file.ContentHash}`)).length;
    }
  });
  return { registrations, attachments };
}

/** The quotas named by DescribeAccountLimits that the deploy would exceed, each as a sentence with what to do; empty when it fits. */
export function quotaProblems(needs: QuotaNeeds, limits: AccountLimits): string[] {
  const checks = [
    { name: 'REGISTRATIONS', quota: 'REGISTRATIONS_PER_ACCOUNT', needed: needs.registrations, what: 'registrations' },
    { name: 'REGISTRATION_ATTACHMENTS', quota: 'REGISTRATION_ATTACHMENTS_PER_ACCOUNT', needed: needs.attachments, what: 'attachments' },
  ];
  const problems: string[] = [];
  for (const { name, quota, needed, what } of checks) {
    const limit = limits[name];
    if (!limit || needed === 0 || limit.used + needed <= limit.max) continue;
    problems.push(`${quota}: the deploy would create ${needed} ${what}, the account holds ${limit.used} of at most ${limit.max} `
      + `(${limit.max - limit.used} left). Delete unused ${what} or ask for a quota increase, or deploy fewer at once.`);
  }
  return problems;
}
