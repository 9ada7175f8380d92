import { RegistrationSectionDefinition, RegistrationTypeCatalogEntry } from './types';

/** "companyAddress" → "Company address": a readable title for a section no verbatim definition names. */
function titleFromPath(sectionPath: string): string {
  const words = sectionPath.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The sections of a form: verbatim DescribeRegistrationSectionDefinitions output where the entry has
 * it, otherwise one section per SectionPath of its fields, in form order, titled from the path.
 */
export function sectionDefinitions(entry: RegistrationTypeCatalogEntry): RegistrationSectionDefinition[] {
  if (entry.SectionDefinitions) return entry.SectionDefinitions;
  const paths = [...new Set(entry.FieldDefinitions.map((d) => d.SectionPath))];
  return paths.map((s) => ({ SectionPath: s, DisplayHints: { Title: titleFromPath(s), ShortDescription: titleFromPath(s) } }));
}
