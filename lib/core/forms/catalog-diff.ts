import { describeBehavior } from '../validation/conditional';
import { RegistrationFieldDefinition } from './types';

/**
 * How live field definitions differ from the bundled catalog, in words. The one place that compares
 * the two: the handler explains a refusal with it, and definitions:sync summarises a refresh with it.
 * It speaks only of definitions, never of values, so its output is safe to show.
 */

function list(values: readonly string[] | undefined): string {
  return values?.length ? values.map((v) => JSON.stringify(v)).join(', ') : 'none';
}

function sameSet(a: readonly string[] = [], b: readonly string[] = []): boolean {
  return a.length === b.length && a.every((v) => b.includes(v));
}

function choices(min: number | undefined, max: number | undefined): string {
  if (min === undefined && max === undefined) return 'any number';
  return min === max ? `${min}` : `${min ?? 0} to ${max ?? 'any'}`;
}

function compare(what: string, live: unknown, catalog: unknown, show: (v: any) => string = (v) => String(v ?? 'none')): string[] {
  return JSON.stringify(live) === JSON.stringify(catalog) ? [] : [`${what} changed: live ${show(live)}; catalog had ${show(catalog)}`];
}

/** Every difference of one field that matters to validation; [] when live and catalog agree. */
export function fieldDifferences(live: RegistrationFieldDefinition | undefined, catalog: RegistrationFieldDefinition | undefined): string[] {
  if (!live && !catalog) return [];
  if (!live) return ['not in the live form (the bundled catalog has it)'];
  if (!catalog) return [`not in the bundled catalog (live: ${live.FieldType}, ${live.FieldRequirement})`];
  const differences: string[] = [];
  differences.push(...compare('type', live.FieldType, catalog.FieldType));
  if (live.FieldRequirement !== catalog.FieldRequirement) {
    differences.push(live.FieldRequirement === 'REQUIRED'
      ? `the live form requires it; the catalog has it ${catalog.FieldRequirement}`
      : `requirement changed: live ${live.FieldRequirement}; catalog had ${catalog.FieldRequirement}`);
  }
  const [lt, ct] = [live.TextValidation, catalog.TextValidation];
  differences.push(...compare('min length', lt?.MinLength, ct?.MinLength));
  differences.push(...compare('max length', lt?.MaxLength, ct?.MaxLength));
  differences.push(...compare('pattern', lt?.Pattern, ct?.Pattern));
  const [ls, cs] = [live.SelectValidation, catalog.SelectValidation];
  if (!sameSet(ls?.Options, cs?.Options)) {
    differences.push(`option list changed: live allows ${list(ls?.Options)}; catalog had ${list(cs?.Options)}`);
  }
  if (ls?.MinChoices !== cs?.MinChoices || ls?.MaxChoices !== cs?.MaxChoices) {
    differences.push(`number of choices changed: live ${choices(ls?.MinChoices, ls?.MaxChoices)}; catalog had ${choices(cs?.MinChoices, cs?.MaxChoices)}`);
  }
  differences.push(...compare('conditions', live.ConditionalBehavior, catalog.ConditionalBehavior, describeBehavior));
  return differences;
}

export interface DefinitionsDiff {
  readonly added: RegistrationFieldDefinition[];
  readonly removed: RegistrationFieldDefinition[];
  /** Fields in both whose definitions differ, each difference in words (display hints included, for the sync summary). */
  readonly changed: Array<{ readonly fieldPath: string; readonly differences: string[] }>;
}

/** What a whole form gained, lost and changed between the catalog and the live definitions. */
export function definitionsDiff(live: readonly RegistrationFieldDefinition[], catalog: readonly RegistrationFieldDefinition[]): DefinitionsDiff {
  const catalogByPath = new Map(catalog.map((d) => [d.FieldPath, d]));
  const livePaths = new Set(live.map((d) => d.FieldPath));
  const changed: DefinitionsDiff['changed'] = [];
  for (const definition of live) {
    const before = catalogByPath.get(definition.FieldPath);
    if (!before) continue;
    const differences = fieldDifferences(definition, before);
    const hintsChanged = JSON.stringify(definition.DisplayHints) !== JSON.stringify(before.DisplayHints);
    if (differences.length || hintsChanged) changed.push({ fieldPath: definition.FieldPath, differences: hintsChanged ? [...differences, 'display hints changed'] : differences });
  }
  return {
    added: live.filter((d) => !catalogByPath.has(d.FieldPath)),
    removed: catalog.filter((d) => !livePaths.has(d.FieldPath)),
    changed,
  };
}
