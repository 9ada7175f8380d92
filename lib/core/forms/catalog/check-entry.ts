import { VALUE_FORMATS, isValueFormat } from '../../validation/value-formats';
import { ASSUMABLE_RULES, AssumableRule, RegistrationFieldDefinition, RegistrationTypeCatalogEntry } from '../types';

/**
 * What is wrong with a field's `Assumed` list: each entry a rule we know, of the field's type, that the
 * field's definition has (an assumption about a limit the definition does not set would mean nothing).
 */
function assumedProblems(definition: RegistrationFieldDefinition, assumed: unknown): string[] {
  if (assumed === undefined) return [];
  if (!Array.isArray(assumed)) return ['Assumed must be a list of rules'];
  const problems: string[] = [];
  if (new Set(assumed).size !== assumed.length) problems.push('Assumed lists a rule twice');
  for (const rule of assumed) {
    if (!Object.keys(ASSUMABLE_RULES).includes(rule)) {
      problems.push(`Assumed: ${JSON.stringify(rule)} is not one of ${Object.keys(ASSUMABLE_RULES).join(', ')}`);
      continue;
    }
    const fieldType = ASSUMABLE_RULES[rule as AssumableRule];
    const validation: Record<string, unknown> | undefined = fieldType === 'TEXT' ? { ...definition.TextValidation } : { ...definition.SelectValidation };
    if (fieldType && (definition.FieldType !== fieldType || validation[rule] === undefined)) {
      problems.push(`Assumed: ${rule} is not a rule of this ${definition.FieldType} field's definition`);
    }
  }
  return problems;
}

/**
 * A catalog file checked for the shape the validation engine relies on. Files are data that
 * `definitions:sync` rewrites from live output, so a malformed one must fail loudly, naming the file
 * and the member, instead of making validation quietly wrong.
 */
export function checkedCatalogEntry(json: unknown, fileName: string): RegistrationTypeCatalogEntry {
  const entry = json as RegistrationTypeCatalogEntry;
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => { if (!ok) problems.push(what); };

  check(typeof entry?.RegistrationType === 'string' && `${entry.RegistrationType}.json` === fileName, 'RegistrationType must match the file name');
  check(typeof entry?.IsoCountryCode === 'string', 'IsoCountryCode must be a string');
  check(typeof entry?.Complete === 'boolean', 'Complete must be true or false');
  check(['LIVE', 'ASSEMBLED'].includes(entry?.Provenance?.Kind) && typeof entry.Provenance.Source === 'string',
    'Provenance must have Kind LIVE or ASSEMBLED and a Source');
  const definitions = Array.isArray(entry?.FieldDefinitions) ? entry.FieldDefinitions : [];
  check(Array.isArray(entry?.FieldDefinitions), 'FieldDefinitions must be a list');
  for (const d of definitions) {
    const at = `FieldDefinitions ${d?.FieldPath ?? '(no FieldPath)'}`;
    check(typeof d?.FieldPath === 'string' && typeof d.SectionPath === 'string', `${at}: FieldPath and SectionPath must be strings`);
    check(['TEXT', 'SELECT', 'ATTACHMENT'].includes(d?.FieldType), `${at}: FieldType must be TEXT, SELECT or ATTACHMENT`);
    check(['REQUIRED', 'CONDITIONAL', 'OPTIONAL'].includes(d?.FieldRequirement), `${at}: FieldRequirement must be REQUIRED, CONDITIONAL or OPTIONAL`);
    check(typeof d?.DisplayHints?.Title === 'string', `${at}: DisplayHints.Title must be a string`);
    check(typeof entry.FieldProvenance?.[d?.FieldPath]?.Source === 'string', `${at}: has no FieldProvenance record`);
    for (const problem of assumedProblems(d, entry.FieldProvenance?.[d?.FieldPath]?.Assumed)) check(false, `FieldProvenance ${d.FieldPath}: ${problem}`);
  }
  for (const path of Object.keys(entry?.FieldProvenance ?? {})) {
    check(definitions.some((d) => d.FieldPath === path), `FieldProvenance ${path}: no such field definition`);
  }
  for (const [path, format] of Object.entries(entry?.ValueFormats ?? {})) {
    check(definitions.some((d) => d.FieldPath === path && d.FieldType === 'TEXT'), `ValueFormats ${path}: no such TEXT field definition`);
    check(isValueFormat(format), `ValueFormats ${path}: ${JSON.stringify(format)} is not one of ${VALUE_FORMATS.join(', ')}`);
  }
  if (problems.length) throw new Error(`Definitions catalog file ${fileName} is malformed:\n  - ${problems.join('\n  - ')}`);
  return entry;
}
