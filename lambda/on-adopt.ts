import { STACK_TAG_KEY } from '../lib/core/contract/resource-properties';
import { adoptionRefusedOnUpdate } from '../lib/core/lifecycle/transitions';
import { OnEventResult, RegistrationRequest } from './events';
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
export async function adoptRegistration(api: RegistrationApi, request: RegistrationRequest): Promise<OnEventResult> {
  const { props } = request;
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
    logicalResourceId: request.logicalResourceId,
  });
  return { PhysicalResourceId: registrationId };
}

/** Refuse, before anything is written, an Update that asks to adopt (lib/core/lifecycle/transitions.ts decides). */
export function checkAdoptionOnUpdate(request: RegistrationRequest & { readonly requestType: 'Update' }): void {
  const refusal = adoptionRefusedOnUpdate(request.oldProps, request.props, request.physicalResourceId);
  if (refusal) throw new Error(refusal);
}
