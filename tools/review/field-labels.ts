import { catalogEntry } from '../../lib/definitions/catalog';
import { RegistrationFieldDefinition } from '../../lib/definitions/types';
import { isPublicTextField, showText } from '../../lib/personal-data';

/** How the report names a field: the form's own title and section where the catalog knows them. */
export interface FieldLabel {
  readonly fieldPath: string;
  /** The catalog's DisplayHints.Title, or the field path for a field the catalog does not know. */
  readonly title: string;
  readonly section: string;
  /** Position in the form, so fields are listed as the console lists them; unknown fields come last. */
  readonly order: number;
}

export function fieldLabel(registrationType: string, fieldPath: string): FieldLabel {
  const definitions: readonly RegistrationFieldDefinition[] = catalogEntry(registrationType)?.FieldDefinitions ?? [];
  const index = definitions.findIndex((d) => d.FieldPath === fieldPath);
  if (index < 0) return { fieldPath, title: fieldPath, section: fieldPath.split('.')[0], order: Number.MAX_SAFE_INTEGER };
  const definition = definitions[index];
  return { fieldPath, title: definition.DisplayHints.Title, section: definition.SectionPath, order: index };
}

/** Field paths in form order (then by path), for stable output. */
export function inFormOrder(registrationType: string, fieldPaths: Iterable<string>): FieldLabel[] {
  return [...fieldPaths].map((p) => fieldLabel(registrationType, p))
    .sort((a, b) => a.order - b.order || a.fieldPath.localeCompare(b.fieldPath));
}

/**
 * A field value as the report may show it. lib/personal-data.ts decides: public text is quoted,
 * personal text shows only its length; select choices are public enumerations.
 */
export function shownValue(fieldPath: string, value: string | string[]): string {
  return Array.isArray(value) ? value.join(', ') : showText(fieldPath, value);
}

/** Whether a value may be shown at all (a changed personal value is reported without before or after). */
export function isShowable(fieldPath: string, value: string | string[]): boolean {
  return Array.isArray(value) || isPublicTextField(fieldPath);
}
