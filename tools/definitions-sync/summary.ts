import { definitionsDiff } from '../../lib/core/forms/catalog-diff';
import { RegistrationTypeCatalogEntry } from '../../lib/core/forms/types';
import { Baseline } from './catalog-files';

/** What a sync changed for one type, as lines for a person to read (definitions only, no values). */
export function summaryLines(entry: RegistrationTypeCatalogEntry, baseline: Baseline | undefined, file: string): string[] {
  const type = entry.RegistrationType;
  if (!baseline) {
    return [`${type}: new file ${file}, ${entry.FieldDefinitions.length} fields. List it in lib/core/forms/catalog/index.ts to bundle it.`];
  }
  const diff = definitionsDiff(entry.FieldDefinitions, baseline.entry.FieldDefinitions);
  const counts = `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`;
  const was = baseline.entry.Provenance.Kind === 'LIVE' ? baseline.entry.Provenance.Source : 'assembled from docs';
  return [
    `${type}: wrote ${file} (compared with the ${baseline.from}, ${was}): ${counts}`,
    ...diff.added.map((d) => `  + ${d.FieldPath} (${d.FieldType}, ${d.FieldRequirement})`),
    ...diff.removed.map((d) => `  - ${d.FieldPath} (no longer in the live form)`),
    ...diff.changed.map((c) => `  ~ ${c.fieldPath}: ${c.differences.join('; ')}`),
  ];
}
