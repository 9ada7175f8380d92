import { catalogEntry } from '../forms/catalog';
import { RegistrationFieldDefinition, RegistrationTypeCatalogEntry } from '../forms/types';
import { editDistance } from '../validation/closest-path';

/**
 * Most country pages give a field's title, not its path, so the bundled catalog names some paths itself and marks
 * them assumed. Once the app has synced the type's live form, such a path is checked there: a live form without it
 * means the catalog guessed wrong, and the live field with the same title is almost surely the one meant.
 */

function titleOf(definition: RegistrationFieldDefinition | undefined): string | undefined {
  return definition?.DisplayHints?.Title?.trim() || undefined;
}

const words = (title: string) => new Set(title.toLowerCase().match(/[a-z0-9]+/g) ?? []);

/**
 * The live field of the same type whose title is the given one (case and spacing aside), else the one sharing most
 * words with it, then the fewest edits: a bare edit distance would pick any short title ("City" for "Entity type").
 */
function liveFieldTitled(
  live: RegistrationTypeCatalogEntry, guessed: RegistrationFieldDefinition, title: string,
): { definition: RegistrationFieldDefinition; exact: boolean } | undefined {
  const normal = (t: string) => t.toLowerCase().replace(/\s+/g, ' ');
  const candidates = live.FieldDefinitions.filter((d) => d.FieldType === guessed.FieldType && titleOf(d) !== undefined);
  const exact = candidates.find((d) => normal(titleOf(d)!) === normal(title));
  if (exact) return { definition: exact, exact: true };
  const wanted = words(title);
  const ranked = candidates.map((d) => ({
    d,
    shared: [...words(titleOf(d)!)].filter((w) => wanted.has(w)).length,
    distance: editDistance(normal(titleOf(d)!), normal(title)),
  })).sort((a, b) => b.shared - a.shared || a.distance - b.distance);
  return ranked.length > 0 ? { definition: ranked[0].d, exact: false } : undefined;
}

/**
 * The error for a path the bundled catalog only assumed and the synced live form lacks, naming the live field with the
 * same (or the closest) title; undefined when the path is in the live form or was not an assumption of the catalog.
 */
export function assumedPathMissingFromLiveForm(live: RegistrationTypeCatalogEntry, source: string, fieldPath: string): string | undefined {
  if (live.FieldDefinitions.some((d) => d.FieldPath === fieldPath)) return undefined;
  const bundled = catalogEntry(live.RegistrationType);
  if (!bundled?.FieldProvenance[fieldPath]?.Assumed?.includes('FieldPath')) return undefined;
  const guessed = bundled.FieldDefinitions.find((d) => d.FieldPath === fieldPath);
  const title = titleOf(guessed);
  const match = guessed && title ? liveFieldTitled(live, guessed, title) : undefined;
  const hint = !match ? 'none of its fields of the same type has a title to compare'
    : `its field ${match.exact ? 'titled' : 'with the closest title,'} "${titleOf(match.definition)}" is ${match.definition.FieldPath}`;
  return `${fieldPath}${title ? ` ("${title}")` : ''}: no public source confirms this path for ${live.RegistrationType}, and your synced `
    + `form (${source}) has no such field; ${hint}. Give the value at the live path with additionalFields, or report the path so `
    + 'the bundled catalog can be corrected';
}
