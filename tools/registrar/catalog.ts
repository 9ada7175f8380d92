import { RegistrationResourceProperties } from '../../lib/core/contract/resource-properties';
import { formsInUse, readSyncedDefinitions } from '../../lib/core/forms/catalog/synced-definitions';
import { ASSUMABLE_RULES, AssumableRule, RegistrationFieldDefinition, RegistrationTypeCatalogEntry } from '../../lib/core/forms/types';

/**
 * The forms the registrar serves as its Region's live ones: an app's synced forms (definitions sync), then every
 * type of the bundled catalog the app has not synced, so `rehearse` runs every country.
 */
export function servedCatalog(definitionsFolder?: string, declared: readonly RegistrationResourceProperties[] = []): RegistrationTypeCatalogEntry[] {
  return formsInUse(definitionsFolder ? readSyncedDefinitions(definitionsFolder) : undefined)
    .map(withoutAssumedRules)
    .map((entry) => withDeclaredFields(entry, declared.filter((p) => p.RegistrationType === entry.RegistrationType)));
}

/**
 * A partial entry knows only some of its form's fields; the service's form has the others. Served as it is, the
 * registrar (and the handler, which validates against what it serves) would refuse every field outside it, where the
 * real form would not. So the fields the app declares for that type are added as OPTIONAL, unchecked: a rehearsal
 * then runs every country, with the rules the entry does know enforced.
 */
function withDeclaredFields(entry: RegistrationTypeCatalogEntry, declared: readonly RegistrationResourceProperties[]): RegistrationTypeCatalogEntry {
  if (entry.Complete) return entry;
  const known = new Set(entry.FieldDefinitions.map((d) => d.FieldPath));
  const added = new Map<string, RegistrationFieldDefinition>();
  const add = (path: string, type: RegistrationFieldDefinition['FieldType']) => {
    if (known.has(path) || added.has(path)) return;
    added.set(path, { SectionPath: path.split('.')[0], FieldPath: path, FieldType: type, FieldRequirement: 'OPTIONAL', DisplayHints: { Title: path } });
  };
  for (const properties of declared) {
    for (const [path, value] of Object.entries(properties.Fields)) add(path, Array.isArray(value) ? 'SELECT' : 'TEXT');
    for (const path of Object.keys(properties.SecretFields ?? {})) add(path, 'TEXT');
    for (const path of Object.keys(properties.Attachments)) add(path, 'ATTACHMENT');
  }
  if (added.size === 0) return entry;
  return {
    ...entry,
    FieldDefinitions: [...entry.FieldDefinitions, ...added.values()],
    FieldProvenance: { ...entry.FieldProvenance, ...Object.fromEntries([...added.keys()].map((p) => [p, { Source: 'declared by the app (rehearsal)' }])) },
  };
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
