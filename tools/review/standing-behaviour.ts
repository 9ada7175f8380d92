import { RegistrationResourceProperties } from '../../lib/core/contract/resource-properties';
import { KnownAssociation, knownAssociations } from '../../lib/core/forms/association';
import { replacesClosed } from '../../lib/core/lifecycle/transitions';
import { code } from './markdown-text';

/** RegistrationAssociationBehavior in a reviewer's words (service model's SupportedAssociation documentation). */
const ASSOCIATION_WORDS: Record<string, string> = {
  ASSOCIATE_ON_APPROVAL: 'is provisioned when the registration is approved, with no association step',
  ASSOCIATE_BEFORE_SUBMIT: 'must be associated before the registration is submitted, which this construct does not do: with submit '
    + 'true the deploy is refused before any write; set submit false, associate it in the console and submit there',
  ASSOCIATE_AFTER_COMPLETE: 'is associated after the registration is complete, outside this construct',
};

/** RegistrationDisassociationBehavior in a reviewer's words. */
const DISASSOCIATION_WORDS: Record<string, string> = {
  DISASSOCIATE_ALL_CLOSES_REGISTRATION: 'disassociating every identity closes the registration',
  DISASSOCIATE_ALL_ALLOWS_DELETE_REGISTRATION: 'the registration can be deleted once every identity is disassociated',
  DELETE_REGISTRATION_DISASSOCIATES: 'deleting the registration disassociates its identities',
};

/**
 * How the registration's type associates its origination identity, one line per association, behaviours as code
 * spans; empty when nothing is known of the type.
 */
export function associationLines(registrationType: string): string[] {
  const known = knownAssociations(registrationType);
  if (!known) return [];
  const source = known.source === 'bundled'
    ? 'from the bundled type definition'
    : 'documented for every sender ID type; no verbatim type definition is public';
  return known.associations.map((a) => `**Association:** ${describeAssociation(a)} (${source}; a deploy that submits reads the live one).`);
}

function describeAssociation(a: KnownAssociation): string {
  const identity = a.resourceType === 'SENDER_ID' ? 'the sender ID' : `the ${code(a.resourceType)} identity`;
  const association = `${code(a.associationBehavior)}: ${identity} ${ASSOCIATION_WORDS[a.associationBehavior] ?? 'is associated as the service decides'}`;
  if (!a.disassociationBehavior) return association;
  const disassociation = DISASSOCIATION_WORDS[a.disassociationBehavior];
  return `${association}; ${code(a.disassociationBehavior)}${disassociation ? `: ${disassociation}` : ''}`;
}

/**
 * What the next deploy does to this registration if AWS has closed it (CLOSED: its sender ID was deleted), by its
 * removal policy, decided by the handler's own rule (`replacesClosed`).
 */
export function closedLine(props: RegistrationResourceProperties): string {
  const policy = code(props.RemovalPolicy.toUpperCase());
  if (replacesClosed(props, 'CLOSED')) {
    return `**If AWS closes it (${code('CLOSED')}):** removal policy ${policy}: the next deploy that changes it is replaced by a new `
      + 'registration (a new fee, and a new review) and the closed one is deleted; a deploy that changes nothing leaves it closed.';
  }
  return `**If AWS closes it (${code('CLOSED')}):** removal policy ${policy}: the next deploy that changes it fails, saying the `
    + `registration is closed, and writes nothing; set removalPolicy to ${code('RegistrationRemovalPolicy.DESTROY')} to have it replaced `
    + '(a new fee), or give the construct a new id.';
}
