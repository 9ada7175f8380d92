import { catalogEntry } from '../lib/core/forms/catalog';
import { fieldDifferences } from '../lib/core/forms/catalog-diff';
import { RegistrationFieldDefinition } from '../lib/core/forms/types';

/**
 * Why synth did not catch what the live form refused: for each failing field, how the live definition
 * differs from the bundled catalog, and how to refresh the catalog. Definitions only, never values.
 */
export function explainCatalogDrift(
  registrationType: string, live: readonly RegistrationFieldDefinition[], failingPaths: readonly string[], region: string,
): string {
  const refresh = `Refresh the bundled catalog: npx sender-id-registration definitions sync --region ${region} --types ${registrationType}`;
  const entry = catalogEntry(registrationType);
  if (!entry) return `${registrationType} is not in the bundled definitions catalog, so synth could not check these fields. ${refresh}`;

  const liveByPath = new Map(live.map((d) => [d.FieldPath, d]));
  let drifted = false;
  const lines = failingPaths.map((path) => {
    const differences = fieldDifferences(liveByPath.get(path), entry.FieldDefinitions.find((d) => d.FieldPath === path));
    drifted ||= differences.length > 0;
    return `  - ${path}: ${differences.length ? differences.join('; ') : 'same as the bundled catalog'}`;
  });
  return [
    'How the live form differs from the bundled catalog, for these fields:',
    ...lines,
    ...(drifted ? [refresh] : []),
  ].join('\n');
}
