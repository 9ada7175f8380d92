import { sectionDefinitions } from '../../../lib/core/forms/sections';
import { senderIdCountryOf } from '../../../lib/core/forms/sender-id-country';
import { RegistrationTypeCatalogEntry } from '../../../lib/core/forms/types';
import { validationError } from '../errors';
import { catalogEntryOrThrow } from '../field-checks';
import { filters, optionalString, optionalStrings, paginate, requiredString } from '../params';
import { OperationContext, OperationHandler } from './context';

/** The form definitions, served from the catalog (the bundled one unless an option replaced it). */

/**
 * A type's definition: verbatim from the catalog when known (synced or published), else made up for
 * the simulation. Sender ID types all associate the sender ID on approval (API reference); for other
 * types nothing is known, so no association is claimed.
 */
function typeDefinition(entry: RegistrationTypeCatalogEntry) {
  const { RegistrationType, IsoCountryCode } = entry;
  if (entry.TypeDefinition) return { RegistrationType, ...entry.TypeDefinition };
  const senderId = senderIdCountryOf(RegistrationType) !== undefined;
  return {
    RegistrationType,
    DisplayHints: senderId
      ? { Title: `${IsoCountryCode} sender ID registration`, ShortDescription: `Register a sender ID for ${IsoCountryCode}` }
      : { Title: RegistrationType, ShortDescription: RegistrationType },
    SupportedAssociations: senderId ? [{
      ResourceType: 'SENDER_ID', AssociationBehavior: 'ASSOCIATE_ON_APPROVAL',
      DisassociationBehavior: 'DELETE_REGISTRATION_DISASSOCIATES', IsoCountryCode,
    }] : [],
  };
}

function typeDefinitions(ctx: OperationContext) {
  return ctx.state.catalog.map(typeDefinition);
}

export const definitionOperations: Record<string, OperationHandler> = {
  DescribeRegistrationTypeDefinitions: (ctx, params) => {
    const types = optionalStrings(params, 'RegistrationTypes');
    const byName = filters(params, ['supported-association-iso-country-code', 'supported-association-resource-type']);
    for (const type of types ?? []) catalogEntryOrThrow(ctx.state, type);
    const countries = byName.get('supported-association-iso-country-code');
    const resourceTypes = byName.get('supported-association-resource-type');
    const all = typeDefinitions(ctx).filter((d) => (!types || types.includes(d.RegistrationType))
      && (!countries || d.SupportedAssociations.some((a) => countries.includes(a.IsoCountryCode ?? '')))
      && (!resourceTypes || d.SupportedAssociations.some((a) => resourceTypes.includes(a.ResourceType))));
    const page = paginate(all, params, ctx.state.options, 'types');
    return { RegistrationTypeDefinitions: page.items, NextToken: page.NextToken };
  },

  DescribeRegistrationSectionDefinitions: (ctx, params) => {
    const entry = catalogEntryOrThrow(ctx.state, requiredString(params, 'RegistrationType'));
    const wanted = optionalStrings(params, 'SectionPaths');
    const sections = sectionDefinitions(entry);
    for (const path of wanted ?? []) {
      if (!sections.some((s) => s.SectionPath === path)) {
        throw validationError('UNKNOWN_REGISTRATION_SECTION', `${path} is not a section of ${entry.RegistrationType}`);
      }
    }
    const all = sections.filter((s) => !wanted || wanted.includes(s.SectionPath));
    const page = paginate(all, params, ctx.state.options, `sections:${entry.RegistrationType}`);
    return { RegistrationType: entry.RegistrationType, RegistrationSectionDefinitions: page.items, NextToken: page.NextToken };
  },

  DescribeRegistrationFieldDefinitions: (ctx, params) => {
    const entry = catalogEntryOrThrow(ctx.state, requiredString(params, 'RegistrationType'));
    const section = optionalString(params, 'SectionPath');
    if (section !== undefined && !sectionDefinitions(entry).some((s) => s.SectionPath === section)) {
      throw validationError('UNKNOWN_REGISTRATION_SECTION', `${section} is not a section of ${entry.RegistrationType}`);
    }
    const paths = optionalStrings(params, 'FieldPaths');
    const all = entry.FieldDefinitions.filter((d) => (section === undefined || d.SectionPath === section)
      && (!paths || paths.includes(d.FieldPath)));
    const page = paginate(all, params, ctx.state.options, `fields:${entry.RegistrationType}`);
    return { RegistrationType: entry.RegistrationType, RegistrationFieldDefinitions: page.items, NextToken: page.NextToken };
  },
};
