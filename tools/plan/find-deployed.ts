import { readActualState } from '../../lambda/tools-api';
import { RESOURCE_TAG_KEY, RegistrationResourceProperties, STACK_TAG_KEY } from '../../lib/core/contract/resource-properties';
import { textOf } from '../../lib/core/field-value';
import { ActualRegistration } from '../../lib/core/lifecycle/types';
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
export const MATCHING_RULE = `a registration is this resource when it carries the tags ${STACK_TAG_KEY}=<stack name> and `
  + `${RESOURCE_TAG_KEY}=<logical ID>; a registration deployed before the resource tag existed is matched by registration type and sender ID`;

/** The registrations tagged for this resource, or, when none is, the untagged ones of its type and sender ID. */
function candidatesFor(resource: DeclaredResource, tagged: ActualRegistration[]): ActualRegistration[] {
  const resourceTag = (a: ActualRegistration) => a.tags.find((t) => t.Key === RESOURCE_TAG_KEY)?.Value;
  const byTag = tagged.filter((a) => resourceTag(a) === resource.logicalId);
  if (byTag.length > 0) return byTag;
  return tagged.filter((a) => resourceTag(a) === undefined && a.registrationType === resource.properties.RegistrationType
    && textOf(a.values[SENDER_ID_FIELD]) === resource.properties.Fields[SENDER_ID_FIELD]);
}

/** A declared resource: its logical ID in the stack and its properties. */
export interface DeclaredResource {
  readonly logicalId: string;
  readonly properties: RegistrationResourceProperties;
}

/**
 * Find the deployed registration of each declared resource, reading state exactly as the handler
 * does (`readActualState`), through the read-only API.
 */
export async function findDeployed(
  api: ReadOnlyRegistrationApi, stackName: string, resources: DeclaredResource[],
): Promise<DeployedRegistrations> {
  const tagged: ActualRegistration[] = [];
  for (const registration of await managedRegistrations(api, stackName)) {
    const actual = await readActualState(api, registration.registrationId);
    if (actual) tagged.push(actual);
  }
  const claimed = new Set<string>();
  const matches: DeployedMatch[] = [];
  for (const resource of resources) {
    const candidates = candidatesFor(resource, tagged);
    if (candidates.length > 1) {
      matches.push({ kind: 'ambiguous', registrationIds: candidates.map((c) => c.registrationId) });
    } else if (candidates.length === 1) {
      matches.push({ kind: 'found', actual: candidates[0], adopting: false });
    } else if (resource.properties.AdoptRegistrationId) {
      // Before its first deploy an adopted registration has no stack tag yet: the Create converges it.
      const adopted = await readActualState(api, resource.properties.AdoptRegistrationId);
      matches.push(adopted ? { kind: 'found', actual: adopted, adopting: true } : { kind: 'none' });
    } else {
      matches.push({ kind: 'none' });
    }
    candidates.forEach((c) => claimed.add(c.registrationId));
  }
  return { matches, unmatched: tagged.filter((a) => !claimed.has(a.registrationId)) };
}
