import { textOf } from '../../lib/core/field-value';
import { ActualRegistration } from '../../lib/core/lifecycle/types';
import { showText } from '../../lib/core/personal-data';
import { SENDER_ID_FIELD } from '../deployed/managed-registrations';
import { DeployPreview } from './deploy-preview';
import { MATCHING_RULE } from './find-deployed';

export interface StackPlan {
  readonly stackName: string;
  readonly region: string;
  readonly previews: DeployPreview[];
  /** Registrations tagged for the stack that no declared resource matched. */
  readonly unmatched: ActualRegistration[];
  /** The account quotas (DescribeAccountLimits) and daily quotas the deploy would exceed; the deploy is refused when any. */
  readonly quotaProblems: string[];
  /** What the deploy creates under each daily quota, and in how many days. */
  readonly dailyQuotas: string[];
}

/** The human view of `npm run plan`: one block per declared registration. */
export function formatStackPlan(plan: StackPlan): string {
  const out = [
    `Plan for stack ${plan.stackName} in ${plan.region}: what \`cdk deploy\` would do to each registration `
      + '(read with Describe and List calls, and GetSecretValue for values from secrets; nothing was written)',
    `Matching: ${MATCHING_RULE}.`,
  ];
  if (plan.previews.length === 0) out.push('', 'The stack declares no SenderIdRegistration.');
  for (const preview of plan.previews) {
    out.push('', [preview.logicalId, preview.registrationType, `sender ID ${preview.senderId}`, preview.registrationId].filter(Boolean).join(' · '));
    out.push(`  ${preview.summary}`);
    if (preview.drift) out.push(`  ${preview.drift}`);
    out.push(...preview.fieldChanges.map((c) => `    ${c}`));
    if (preview.secretFields.length) out.push('  values from secrets:', ...preview.secretFields.map((l) => `    ${l}`));
    if (preview.tagChanges.length) out.push(`  tags: ${preview.tagChanges.join('; ')}`);
  }
  if (plan.unmatched.length) {
    out.push('', `Tagged for ${plan.stackName} but declared by no resource (left alone by a deploy unless a resource is replaced):`);
    for (const actual of plan.unmatched) {
      const senderId = textOf(actual.values[SENDER_ID_FIELD]);
      out.push(`  ${actual.registrationId} · ${actual.registrationType} · sender ID ${senderId === undefined ? '(none)' : showText(SENDER_ID_FIELD, senderId)}`
        + ` · version ${actual.versionNumber} ${actual.versionStatus}`);
    }
  }
  if (plan.dailyQuotas.length) out.push('', 'Daily quotas:', ...plan.dailyQuotas.map((line) => `  ${line}`));
  if (plan.quotaProblems.length) {
    out.push('', 'Refused: the deploy does not fit the account\'s quotas; nothing was written:', ...plan.quotaProblems.map((p) => `  ${p}`));
  }
  return out.join('\n');
}
