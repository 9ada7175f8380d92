import * as fs from 'node:fs';
import * as path from 'node:path';
import { catalogEntry } from '../../lib/core/forms/catalog';
import { checkedCatalogEntry } from '../../lib/core/forms/catalog/check-entry';
import { RegistrationFieldDefinition, RegistrationTypeCatalogEntry } from '../../lib/core/forms/types';
import { LiveForm } from './fetch-live';

/** Reading and writing catalog files in the one format the loader (lib/core/forms/catalog) reads. */

export const BUNDLED_CATALOG_DIR = path.join(__dirname, '..', '..', 'lib', 'core', 'forms', 'catalog');

export function fileNameOf(registrationType: string): string {
  return `${registrationType}.json`;
}

/** The registration types that have a file in `dir`. */
export function typesInDirectory(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).sort();
}

export interface Baseline {
  readonly entry: RegistrationTypeCatalogEntry;
  /** Where the entry compared against came from: the file in the output folder, or the bundled catalog. */
  readonly from: 'file' | 'bundled catalog';
}

/** What a sync compares against: the file it will replace, else the bundled entry, else nothing. */
export function baselineFor(dir: string, registrationType: string): Baseline | undefined {
  const file = path.join(dir, fileNameOf(registrationType));
  if (fs.existsSync(file)) return { entry: checkedCatalogEntry(JSON.parse(fs.readFileSync(file, 'utf8')), fileNameOf(registrationType)), from: 'file' };
  const bundled = catalogEntry(registrationType);
  return bundled ? { entry: bundled, from: 'bundled catalog' } : undefined;
}

/**
 * A LIVE entry: the service's output verbatim, complete by definition, and every fact's provenance
 * replaced by the live source, since live facts supersede whatever was inferred before.
 */
export function liveEntry(form: LiveForm, source: string, baseline: RegistrationTypeCatalogEntry | undefined): RegistrationTypeCatalogEntry {
  const { RegistrationType, ...typeDefinition } = form.typeDefinition;
  const fields = form.fields as RegistrationFieldDefinition[];
  const associatedCountry = (typeDefinition.SupportedAssociations ?? []).map((a: any) => a.IsoCountryCode).find(Boolean);
  return {
    RegistrationType,
    // Not every type associates with a country (10DLC brands); then keep what the catalog said, else the type's prefix.
    IsoCountryCode: associatedCountry ?? baseline?.IsoCountryCode ?? RegistrationType.slice(0, 2),
    Complete: true,
    Provenance: {
      Kind: 'LIVE',
      Source: source,
      Note: 'Verbatim DescribeRegistrationTypeDefinitions, DescribeRegistrationSectionDefinitions and DescribeRegistrationFieldDefinitions output.',
    },
    TypeDefinition: typeDefinition as RegistrationTypeCatalogEntry['TypeDefinition'],
    SectionDefinitions: form.sections as RegistrationTypeCatalogEntry['SectionDefinitions'],
    FieldDefinitions: fields,
    FieldProvenance: Object.fromEntries(fields.map((f) => [f.FieldPath, { Source: source }])),
    // Formats are ours, not the API's: kept for the fields that are still TEXT fields of the live form.
    ...keptValueFormats(baseline, fields),
  };
}

function keptValueFormats(baseline: RegistrationTypeCatalogEntry | undefined, fields: readonly RegistrationFieldDefinition[]):
Pick<RegistrationTypeCatalogEntry, 'ValueFormats'> {
  const kept = Object.entries(baseline?.ValueFormats ?? {}).filter(([path]) => fields.some((f) => f.FieldPath === path && f.FieldType === 'TEXT'));
  return kept.length ? { ValueFormats: Object.fromEntries(kept) } : {};
}

export function writeEntry(dir: string, entry: RegistrationTypeCatalogEntry): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, fileNameOf(entry.RegistrationType));
  fs.writeFileSync(file, `${JSON.stringify(checkedCatalogEntry(entry, fileNameOf(entry.RegistrationType)), null, 2)}\n`);
  return file;
}
