import { RegistrationResourceProperties } from '../lib/core/contract/resource-properties';
import { logger } from './logger';
import { RegistrationApi } from './registration-api';

/**
 * Refuse, before any write, a registration that the service would only accept with an origination identity
 * associated before submit: this construct never associates one. Sender ID types are documented to associate on
 * approval (ASSOCIATE_ON_APPROVAL), but no verbatim DescribeRegistrationTypeDefinitions output is public and the
 * enum's description has changed over time, so the handler reads what the live type says instead of assuming.
 * A draft (Submit false) is allowed: a person can associate the identity and submit it in the console.
 */
export async function refuseAssociationBeforeSubmit(api: RegistrationApi, props: RegistrationResourceProperties): Promise<void> {
  if (!props.Submit) return;
  const associations = await api.supportedAssociations(props.RegistrationType);
  const before = associations.filter((a) => a.AssociationBehavior === 'ASSOCIATE_BEFORE_SUBMIT');
  logger.info('association behaviour', { registrationType: props.RegistrationType, behaviours: associations.map((a) => a.AssociationBehavior) });
  if (before.length === 0) return;
  throw new Error(`${props.RegistrationType} needs an origination identity (${before.map((a) => a.ResourceType).join(', ')}) associated `
    + 'before submit (SupportedAssociations: ASSOCIATE_BEFORE_SUBMIT), which this construct does not do; nothing was created or changed. '
    + 'Set submit: false to leave a draft, associate the identity in the console, then submit it there.');
}
