import { catalogEntry } from './catalog';
import { senderIdCountryOf } from './sender-id-country';

/** One origination identity a registration type associates with, as far as it is known. */
export interface KnownAssociation {
  readonly resourceType: string;
  /** RegistrationAssociationBehavior: ASSOCIATE_BEFORE_SUBMIT, ASSOCIATE_ON_APPROVAL or ASSOCIATE_AFTER_COMPLETE. */
  readonly associationBehavior: string;
  /** RegistrationDisassociationBehavior, when a source gives it. */
  readonly disassociationBehavior?: string;
}

/** What is known of how a registration type associates its origination identity, and where that comes from. */
export interface KnownAssociations {
  readonly associations: KnownAssociation[];
  /** `bundled` when the catalog holds the type definition verbatim; `documented` when only the API reference says it. */
  readonly source: 'bundled' | 'documented';
}

/**
 * The type's SupportedAssociations: the bundled type definition when the catalog has it verbatim; else, for a sender ID
 * type, what the API reference documents for every one of them (SupportedAssociation: "ASSOCIATE_ON_APPROVAL This
 * applies to all sender ID registrations. The sender ID will be automatically provisioned once the registration is
 * approved."), whose DisassociationBehavior no public source gives. Undefined when nothing is known. The handler
 * still reads the live type definition before submitting (lambda/association-guard.ts): this is what a reviewer is told.
 */
export function knownAssociations(registrationType: string): KnownAssociations | undefined {
  const definition = catalogEntry(registrationType)?.TypeDefinition;
  if (definition) {
    return {
      associations: definition.SupportedAssociations.map((a) => ({
        resourceType: a.ResourceType, associationBehavior: a.AssociationBehavior, disassociationBehavior: a.DisassociationBehavior,
      })),
      source: 'bundled',
    };
  }
  if (senderIdCountryOf(registrationType) === undefined) return undefined;
  return { associations: [{ resourceType: 'SENDER_ID', associationBehavior: 'ASSOCIATE_ON_APPROVAL' }], source: 'documented' };
}
