/** The plan of one stack: each declared registration against what is deployed, decided by the handler's own planner. */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { readSecretFields, SecretReader, SecretsManagerReader } from '../../lambda/tools-api';
import { parseResourceProperties } from '../../lib/core/contract/resource-properties';
import { describeDriftSinceDeploy, driftSinceDeploy } from '../../lib/core/lifecycle/written-values';
import { ReadOnlyRegistrationApi } from '../deployed/read-only-api';
import { previewDeploy } from './deploy-preview';
import { findDeployed } from './find-deployed';
import { StackPlan } from './format-plan';
import { QuotaNeeds, quotaNeeds, quotaProblems } from './quota-check';
import { StackRegistrations } from './stack-registrations';

/** The handler's Secrets Manager reader, in the plan's Region (AWS_ENDPOINT_URL_SECRETS_MANAGER and credentials as for the SDK). */
function secretsReader(region: string): SecretReader {
  return new SecretsManagerReader(new SecretsManagerClient({ region, retryMode: 'standard', maxAttempts: 10 }));
}

/** The plan of one stack against what is deployed. */
export async function planStack(
  api: ReadOnlyRegistrationApi, stack: StackRegistrations, region: string, secrets: SecretReader = secretsReader(region),
): Promise<StackPlan> {
  const resources = stack.registrations.map((r) => parseResourceProperties(r.properties));
  const declared = stack.registrations.map((r, i) => ({ logicalId: r.logicalId, properties: resources[i] }));
  const deployed = await findDeployed(api, stack.stackName, declared);
  // Read with the plan's read credentials, to say "changed" or "unchanged"; the values go no further than the planner.
  const readings = await Promise.all(resources.map((props) => readSecretFields(secrets, props)));
  // The state read for the plan holds what the fingerprint is compared with: no read of its own.
  const drifts = deployed.matches.map((match) => {
    if (match.kind !== 'found') return undefined;
    const { registrationId, tags, versionNumber, values } = match.actual;
    const drift = driftSinceDeploy(registrationId, tags, versionNumber, values);
    return drift && `${describeDriftSinceDeploy(drift)}; the next deploy converges it to the declared values`;
  });
  return {
    stackName: stack.stackName,
    region,
    previews: stack.registrations.map((r, i) => ({
      ...previewDeploy(r.logicalId, resources[i], deployed.matches[i], readings[i]), ...(drifts[i] ? { drift: drifts[i] } : {}),
    })),
    unmatched: deployed.unmatched,
    // Read only when the deploy creates something: a plan of changes alone costs no quota read.
    quotaProblems: await fitsTheAccount(api, quotaNeeds(resources, deployed.matches)),
  };
}

async function fitsTheAccount(api: ReadOnlyRegistrationApi, needs: QuotaNeeds): Promise<string[]> {
  if (needs.registrations === 0 && needs.attachments === 0) return [];
  return quotaProblems(needs, await api.accountLimits());
}

/** How many declared values come from secrets the plan could not read: a deploy would fail on any of them. */
export function unreadableSecrets(plan: StackPlan): number {
  return plan.previews.reduce((sum, preview) => sum + preview.unreadableSecrets, 0);
}
