import { clientToken } from './client-token';
import { OnEventResult, propertiesOf, RegistrationEvent } from './events';
import { logger } from './logger';
import { refuseOutsideRegionRule } from './region-rule';
import { RegistrationApi } from './registration-api';
import { validateAgainstLiveDefinitions } from './validate-live';

/**
 * Validate, then create the registration. Filling, attaching and submitting follow in isComplete.
 * The ClientToken comes from StackId + LogicalResourceId + RequestId: CloudFormation and the
 * Provider framework retry events, and a retried event must find the same registration.
 */
export async function createRegistration(api: RegistrationApi, event: RegistrationEvent): Promise<OnEventResult> {
  const props = propertiesOf(event);
  await refuseOutsideRegionRule(api, props.RegistrationType);
  await validateAgainstLiveDefinitions(api, props);
  const token = clientToken(event.StackId, event.LogicalResourceId, event.RequestId);
  const registrationId = await api.createRegistration(props.RegistrationType, token, props.Tags);
  logger.info('created registration', { registrationId, registrationType: props.RegistrationType, logicalResourceId: event.LogicalResourceId });
  return { PhysicalResourceId: registrationId };
}

/**
 * Remove what a failed Create made: the attachments its latest version points at, then the
 * registration. The Provider framework does not pass the rollback Delete of a failed Create to
 * us in every case, so the handler cleans up itself before it reports the failure.
 */
export async function deleteWhatWasMade(api: RegistrationApi, registrationId: string): Promise<void> {
  const summary = await api.describe(registrationId);
  if (!summary) return;
  const values = await api.fieldValues(registrationId, summary.versionNumber);
  await api.deleteRegistration(registrationId);
  for (const value of Object.values(values)) {
    if (value.RegistrationAttachmentId) await api.deleteAttachment(value.RegistrationAttachmentId);
  }
  logger.warn('deleted the registration of a failed create', { registrationId });
}
