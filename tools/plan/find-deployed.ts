import { readActualState } from '../../lambda/read-state';
import { ActualRegistration } from '../../lib/planner/types';
import { RegistrationResourceProperties, STACK_TAG_KEY } from '../../lib/resource-properties';
import { managedRegistrations, SENDER_ID_FIELD } from '../deployed/managed-registrations';
import { ReadOnlyRegistrationApi } from '../deployed/read-only-api';

/** Which deployed registration, if any, a declared resource is. */
export type DeployedMatch =
  | { readonly kind: 'found'; readonly actual: ActualRegistration; readonly adopting: boolean }
  | { readonly kind: 'none' }
  | { readonly kind: 'ambiguous'; readonly registrationIds: string[] };

/** What is known about a stack's deployed registrations: a match per declared resource, and those nothing matched. */
export interface DeployedRegistrations {
  readonly matches: DeployedMatch[];
  readonly unmatched: ActualRegistration[];
}

/** How a resource is matched to its registration; the plan prints it so nobody trusts more than that. */
export const MATCHING_RULE = `a registration is this resource when it carries the tag ${STACK_TAG_KEY}=<stack name> and has the same `
  + 'registration type and sender ID (the construct puts no per-resource tag on registrations); a changed sender ID therefore shows as a create';

/**
 * Find the deployed registration of each declared resource, reading state exactly as the handler
 * does (`readActualState`), through the read-only API.
 */
export async function findDeployed(
  api: ReadOnlyRegistrationApi, stackName: string, resources: RegistrationResourceProperties[],
): Promise<DeployedRegistrations> {
  const tagged: ActualRegistration[] = [];
  for (const registration of await managedRegistrations(api, stackName)) {
    const actual = await readActualState(api, registration.registrationId);
    if (actual) tagged.push(actual);
  }
  const claimed = new Set<string>();
  const matches: DeployedMatch[] = [];
  for (const resource of resources) {
    const candidates = tagged.filter((a) => a.registrationType === resource.RegistrationType
      && a.values[SENDER_ID_FIELD]?.TextValue === resource.Fields[SENDER_ID_FIELD]);
    if (candidates.length > 1) {
      matches.push({ kind: 'ambiguous', registrationIds: candidates.map((c) => c.registrationId) });
    } else if (candidates.length === 1) {
      matches.push({ kind: 'found', actual: candidates[0], adopting: false });
    } else if (resource.AdoptRegistrationId) {
      // Before its first deploy an adopted registration has no stack tag yet: the Create converges it.
      const adopted = await readActualState(api, resource.AdoptRegistrationId);
      matches.push(adopted ? { kind: 'found', actual: adopted, adopting: true } : { kind: 'none' });
    } else {
      matches.push({ kind: 'none' });
    }
    candidates.forEach((c) => claimed.add(c.registrationId));
  }
  return { matches, unmatched: tagged.filter((a) => !claimed.has(a.registrationId)) };
}
