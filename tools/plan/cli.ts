/**
 * `npm run plan -- --stack NAME [--region R] [--app CLOUD_ASSEMBLY_DIR] [-c key=value ...]`: what
 * `cdk deploy` would do to each registration of a stack, decided by the handler's own planner on
 * the deployed state. Reads through Describe and List calls only.
 */
import '../quiet-env';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { RegistrationApi } from '../../lambda/registration-api';
import { readSecretFields } from '../../lambda/secret-values';
import { SecretReader, SecretsManagerReader } from '../../lambda/secrets-api';
import { describeServiceError } from '../../lambda/service-errors';
import { parseResourceProperties } from '../../lib/core/contract/resource-properties';
import { parseArgs } from '../deployed/cli-args';
import { readOnlyApi, ReadOnlyRegistrationApi, smsClient } from '../deployed/read-only-api';
import { previewDeploy } from './deploy-preview';
import { findDeployed } from './find-deployed';
import { formatStackPlan, StackPlan } from './format-plan';
import { AccountLimits, QuotaNeeds, quotaNeeds, quotaProblems } from './quota-check';
import { StackRegistrations, stackRegistrations, withSynthesizedApp } from './stack-registrations';

/** The handler's Secrets Manager reader, in the plan's Region (AWS_ENDPOINT_URL_SECRETS_MANAGER and credentials as for the SDK). */
function secretsReader(region: string): SecretReader {
  return new SecretsManagerReader(new SecretsManagerClient({ region, retryMode: 'standard', maxAttempts: 10 }));
}

const USAGE = 'Usage: npm run plan -- --stack NAME [--region R] [--app CLOUD_ASSEMBLY_DIR] [-c key=value ...]';

/** The plan of one stack against what is deployed. */
export async function planStack(
  api: ReadOnlyRegistrationApi, stack: StackRegistrations, region: string, secrets: SecretReader = secretsReader(region),
  accountLimits?: () => Promise<AccountLimits>,
): Promise<StackPlan> {
  const resources = stack.registrations.map((r) => parseResourceProperties(r.properties));
  const declared = stack.registrations.map((r, i) => ({ logicalId: r.logicalId, properties: resources[i] }));
  const deployed = await findDeployed(api, stack.stackName, declared);
  // Read with the plan's read credentials, to say "changed" or "unchanged"; the values go no further than the planner.
  const readings = await Promise.all(resources.map((props) => readSecretFields(secrets, props)));
  return {
    stackName: stack.stackName,
    region,
    previews: stack.registrations.map((r, i) => previewDeploy(r.logicalId, resources[i], deployed.matches[i], readings[i])),
    unmatched: deployed.unmatched,
    // Read only when the deploy creates something: a plan of changes alone costs no quota read.
    quotaProblems: await fitsTheAccount(quotaNeeds(resources, deployed.matches), accountLimits),
  };
}

async function fitsTheAccount(needs: QuotaNeeds, accountLimits?: () => Promise<AccountLimits>): Promise<string[]> {
  if (!accountLimits || (needs.registrations === 0 && needs.attachments === 0)) return [];
  return quotaProblems(needs, await accountLimits());
}

export async function plan(argv: readonly string[], print: (text: string) => void): Promise<void> {
  const args = parseArgs(argv, { values: ['stack', 'region', 'app'], flags: ['help'] }, USAGE);
  if (args.flags.has('help')) return print(USAGE);
  const stackName = args.values.get('stack');
  if (!stackName) throw new Error(`--stack is required\n${USAGE}`);
  const assembly = args.values.get('app');
  const stack = assembly ? stackRegistrations(assembly, stackName) : withSynthesizedApp(args.context, (dir) => stackRegistrations(dir, stackName));
  // The registrations live where the stack deploys; an environment-agnostic stack deploys to the environment's Region.
  const client = smsClient(args.values.get('region') ?? stack.region);
  const region = await client.config.region();
  const stackPlan = await planStack(readOnlyApi(client), stack, region, secretsReader(region), () => new RegistrationApi(client).accountLimits());
  print(formatStackPlan(stackPlan));
  if (stackPlan.quotaProblems.length > 0) throw new Error(`the deploy does not fit the account's quotas: ${stackPlan.quotaProblems.join(' ')}`);
}

if (require.main === module) {
  plan(process.argv.slice(2), (text) => console.log(text)).catch((error) => {
    console.error(`plan failed: ${describeServiceError(error)}`);
    process.exit(1);
  });
}
