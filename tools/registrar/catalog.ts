import { formsInUse, readSyncedDefinitions } from '../../lib/core/forms/catalog/synced-definitions';
import { ASSUMABLE_RULES, AssumableRule, RegistrationFieldDefinition, RegistrationTypeCatalogEntry } from '../../lib/core/forms/types';

/**
 * The forms the registrar serves as its Region's live ones: an app's synced forms (definitions sync), then every
 * type of the bundled catalog the app has not synced, so `rehearse` runs every country.
 */
export function servedCatalog(definitionsFolder?: string): RegistrationTypeCatalogEntry[] {
  return formsInUse(definitionsFolder ? readSyncedDefinitions(definitionsFolder) : undefined).map(withoutAssumedRules);
}

/**
 * An entry as a live form would hold it: without the limits the catalog only assumed (FieldProvenance.Assumed).
 * The service enforces its own rules, not our guesses: refusing a value for a borrowed limit (India's opt-in length
 * on Indonesia's form) would make a rehearsal fail where the real deploy would pass. Paths stay: they are all we know.
 */
export function withoutAssumedRules(entry: RegistrationTypeCatalogEntry): RegistrationTypeCatalogEntry {
  const strip = (definition: RegistrationFieldDefinition): RegistrationFieldDefinition => {
    const assumed: readonly string[] = (entry.FieldProvenance[definition.FieldPath]?.Assumed ?? []).filter((rule) => rule !== 'FieldPath');
    if (assumed.length === 0) return definition;
    const without = <T extends object>(validation: T | undefined, fieldType: string): T | undefined => {
      if (!validation) return validation;
      const assumedHere = (rule: string) => assumed.includes(rule) && ASSUMABLE_RULES[rule as AssumableRule] === fieldType;
      const kept = Object.entries(validation).filter(([rule]) => !assumedHere(rule));
      return kept.length ? Object.fromEntries(kept) as T : undefined;
    };
    const { TextValidation, SelectValidation, ...rest } = definition;
    const text = without(TextValidation, 'TEXT');
    const select = without(SelectValidation, 'SELECT');
    return { ...rest, ...(text ? { TextValidation: text } : {}), ...(select ? { SelectValidation: select } : {}) };
  };
  return { ...entry, FieldDefinitions: entry.FieldDefinitions.map(strip) };
}
