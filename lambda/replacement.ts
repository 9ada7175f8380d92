import { ConflictException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { REPLACED_BY_TAG, REPLACES_TAG, tagValue } from '../lib/core/lifecycle/replacement-records';
import { mayReplaceClosed, replacesClosed, unamendableChange, unamendableReplacement } from '../lib/core/lifecycle/transitions';
import { ActualRegistration } from '../lib/core/lifecycle/types';
import { OnEventResult, RegistrationRequest } from './events';
import { logger } from './logger';
import { createRegistration } from './on-create';
import { causeOf } from './operation-error';
import { RegistrationApi } from './registration-api';

type UpdateRequest = RegistrationRequest & { readonly requestType: 'Update' };

/** The onEvent Data key that tells isComplete (and the stack) which registration a new one replaces. */
export const REPLACED_REGISTRATION_ID = 'ReplacedRegistrationId';

/**
 * An Update of a submitted registration whose form cannot be amended (Austria) makes a new registration
 * (a new physical id) and keeps the old one untouched: it is only tagged with its replacement, so the
 * Delete CloudFormation sends next keeps it until the new one is COMPLETE. Undefined when the update
 * converges the registration as usual.
 */
export async function replaceUnamendable(
  api: RegistrationApi, request: UpdateRequest, withValues: () => Promise<RegistrationRequest>,
): Promise<OnEventResult | undefined> {
  if (!unamendableChange(request.oldProps, request.props)) return undefined;
  const oldId = request.physicalResourceId;
  const old = await api.describe(oldId);
  if (!old || !unamendableReplacement(request.oldProps, request.props, old.registrationStatus)) return undefined;
  const resolved = await withValues();
  const replacing = { ...resolved, props: { ...resolved.props, Tags: [...resolved.props.Tags, { Key: REPLACES_TAG, Value: oldId }] } };
  const { PhysicalResourceId: newId } = await createRegistration(api, replacing);
  await api.tag(old.registrationArn, [{ Key: REPLACED_BY_TAG, Value: newId }]);
  logger.info('a registration that cannot be amended is replaced; the old one is kept until the new one is COMPLETE', { oldId, newId });
  return { PhysicalResourceId: newId, Data: { [REPLACED_REGISTRATION_ID]: oldId } };
}

/**
 * An Update of a CLOSED registration (its sender ID was deleted, so it can never send again) that sets removal policy
 * DESTROY or changes values under it makes a new registration (a new physical id); CloudFormation then sends the Delete for the closed one,
 * which deletes it. No replacement record: nothing is worth keeping the closed one for. With RETAIN, undefined:
 * the planner's CLOSED message says what to do, and the registration is left as it is.
 */
export async function replaceClosed(
  api: RegistrationApi, request: UpdateRequest, withValues: () => Promise<RegistrationRequest>,
): Promise<OnEventResult | undefined> {
  if (!mayReplaceClosed(request.oldProps, request.props)) return undefined;
  const oldId = request.physicalResourceId;
  if (!replacesClosed(request.props, await api.registrationStatus(oldId))) return undefined;
  const { PhysicalResourceId: newId } = await createRegistration(api, await withValues());
  logger.info('a CLOSED registration is replaced; CloudFormation deletes the closed one next', { oldId, newId });
  return { PhysicalResourceId: newId, Data: { [REPLACED_REGISTRATION_ID]: oldId } };
}

/**
 * Why a Delete keeps a registration: its replacement is not COMPLETE yet, so deleting it would leave no
 * usable sender ID and block re-registering it. Undefined when the Delete follows the removal policy.
 */
export async function keptForReplacement(api: RegistrationApi, registrationArn: string): Promise<string | undefined> {
  const replacedBy = tagValue(await api.listTags(registrationArn), REPLACED_BY_TAG);
  if (!replacedBy) return undefined;
  const status = await api.registrationStatus(replacedBy);
  return status && status !== 'COMPLETE' && status !== 'DELETED' ? replacedBy : undefined;
}

/**
 * Once a replacement is COMPLETE, the registration it replaced follows the removal policy (deleted with
 * DESTROY, kept with RETAIN) and the link is removed. A deploy that finds the old one still under review
 * leaves the link for the next deploy.
 */
export async function retireReplaced(api: RegistrationApi, actual: ActualRegistration, removalPolicy: string): Promise<void> {
  const oldId = tagValue(actual.tags, REPLACES_TAG);
  if (!oldId || actual.registrationStatus !== 'COMPLETE') return;
  if (removalPolicy === 'destroy') {
    try {
      await api.deleteRegistration(oldId);
    } catch (error) {
      if (!(causeOf(error) instanceof ConflictException)) throw error;
      logger.warn('the replaced registration cannot be deleted yet; the next deploy tries again', { oldId });
      return;
    }
  }
  await api.untag(actual.registrationArn, [REPLACES_TAG]);
  logger.info('the replaced registration followed the removal policy', { oldId, removalPolicy });
}
