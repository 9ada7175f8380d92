import { STACK_TAG_KEY } from '../lib/core/contract/resource-properties';
import { OnEventResult, oldPropertiesOf, propertiesOf, RegistrationEvent } from './events';
import { logger } from './logger';
import { refuseOutsideRegionRule } from './region-rule';
import { RegistrationApi } from './registration-api';
import { validateAgainstLiveDefinitions } from './validate-live';

/**
 * Take over an existing registration (e.g. one made in the console) on Create: check that it can be
 * ours, validate the desired values, and return its id as the physical id. isComplete then converges
 * it like any update (a draft receives the diff, a frozen version gets a new version). Nothing is
 * written here, so a refusal leaves the registration exactly as it was.
 */
export async function adoptRegistration(api: RegistrationApi, event: RegistrationEvent): Promise<OnEventResult> {
  const props = propertiesOf(event);
  const registrationId = props.AdoptRegistrationId!;
  // Converging a registration made in the wrong Region would submit it to a review that sends it back.
  await refuseOutsideRegionRule(api, props.RegistrationType);
  const summary = await api.describe(registrationId);
  if (!summary) {
    throw new Error(`AdoptRegistrationId: registration ${registrationId} was not found (or is deleted) in this account and region; `
      + 'nothing was created or changed. Check the id, or remove adoptRegistrationId to create a new registration.');
  }
  if (summary.registrationType !== props.RegistrationType) {
    throw new Error(`AdoptRegistrationId: registration ${registrationId} is a ${summary.registrationType}, but this resource declares `
      + `${props.RegistrationType}; a registration's type cannot change, so it is not adopted and nothing was written.`);
  }
  // Two stacks converging one registration would each undo the other's deploy with a new version (and review).
  const owner = (await api.listTags(summary.registrationArn)).find((t) => t.Key === STACK_TAG_KEY)?.Value;
  const ours = props.Tags.find((t) => t.Key === STACK_TAG_KEY)?.Value;
  if (owner !== undefined && ours !== undefined && owner !== ours) {
    throw new Error(`AdoptRegistrationId: registration ${registrationId} is managed by stack ${owner} (tag ${STACK_TAG_KEY}); `
      + 'it is not adopted by a second stack and nothing was written.');
  }
  await validateAgainstLiveDefinitions(api, props);
  logger.info('adopting registration', {
    registrationId, registrationType: summary.registrationType, versionNumber: summary.versionNumber, versionStatus: summary.versionStatus,
    logicalResourceId: event.LogicalResourceId,
  });
  return { PhysicalResourceId: registrationId };
}

/**
 * Adoption happens only on Create. An Update that newly asks to adopt a different registration would
 * otherwise silently keep converging the current one, so it is refused before anything is written.
 * Removing the prop after the first deploy, or naming the registration already held, is fine.
 */
export function checkAdoptionOnUpdate(event: RegistrationEvent): void {
  if (event.RequestType !== 'Update') return;
  const wanted = propertiesOf(event).AdoptRegistrationId;
  if (wanted === undefined || wanted === event.PhysicalResourceId || wanted === oldPropertiesOf(event)!.AdoptRegistrationId) return;
  throw new Error(`AdoptRegistrationId: this resource already manages registration ${event.PhysicalResourceId}; adoption happens only `
    + `when the resource is created, so ${wanted} is not adopted and nothing was written. Declare the adopting registration as a new `
    + 'construct (a new id), or remove adoptRegistrationId.');
}
