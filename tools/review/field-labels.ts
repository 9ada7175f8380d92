import { catalogEntry } from '../../lib/core/forms/catalog';
import { RegistrationFieldDefinition } from '../../lib/core/forms/types';

/** How the report names a field: the form's own title and section where the catalog knows them. */
export interface FieldLabel {
  readonly fieldPath: string;
  /** The catalog's DisplayHints.Title, or the field path for a field the catalog does not know. */
  readonly title: string;
  readonly section: string;
  /** Position in the form, so fields are listed as the console lists them; unknown fields come last. */
  readonly order: number;
}

/**
 * The label of a field of `registrationType`. A diff across a type change passes the old type too,
 * so the fields only the old form has keep their titles.
 */
export function fieldLabel(registrationType: string, fieldPath: string, otherType?: string): FieldLabel {
  for (const type of otherType ? [registrationType, otherType] : [registrationType]) {
    const definitions: readonly RegistrationFieldDefinition[] = catalogEntry(type)?.FieldDefinitions ?? [];
    const index = definitions.findIndex((d) => d.FieldPath === fieldPath);
    if (index >= 0) return { fieldPath, title: definitions[index].DisplayHints.Title, section: definitions[index].SectionPath, order: index };
  }
  return { fieldPath, title: fieldPath, section: fieldPath.split('.')[0], order: Number.MAX_SAFE_INTEGER };
}

/** Field paths in form order (then by path), for stable output. */
export function inFormOrder(registrationType: string, fieldPaths: Iterable<string>): FieldLabel[] {
  return [...fieldPaths].map((p) => fieldLabel(registrationType, p))
    .sort((a, b) => a.order - b.order || a.fieldPath.localeCompare(b.fieldPath));
}
