import { RegistrationTypeCatalogEntry } from '../types';

/**
 * A catalog file checked for the shape the validation engine relies on. Files are data that
 * `definitions:sync` rewrites from live output, so a malformed one must fail loudly, naming the file
 * and the member, instead of making validation quietly wrong.
 */
export function checkedCatalogEntry(json: unknown, fileName: string): RegistrationTypeCatalogEntry {
  const entry = json as RegistrationTypeCatalogEntry;
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => { if (!ok) problems.push(what); };

  expect(typeof entry?.RegistrationType === 'string' && `${entry.RegistrationType}.json` === fileName, 'RegistrationType must match the file name');
  expect(typeof entry?.IsoCountryCode === 'string', 'IsoCountryCode must be a string');
  expect(typeof entry?.Complete === 'boolean', 'Complete must be true or false');
  expect(['LIVE', 'ASSEMBLED'].includes(entry?.Provenance?.Kind) && typeof entry.Provenance.Source === 'string',
    'Provenance must have Kind LIVE or ASSEMBLED and a Source');
  const definitions = Array.isArray(entry?.FieldDefinitions) ? entry.FieldDefinitions : [];
  expect(Array.isArray(entry?.FieldDefinitions), 'FieldDefinitions must be a list');
  for (const d of definitions) {
    const at = `FieldDefinitions ${d?.FieldPath ?? '(no FieldPath)'}`;
    expect(typeof d?.FieldPath === 'string' && typeof d.SectionPath === 'string', `${at}: FieldPath and SectionPath must be strings`);
    expect(['TEXT', 'SELECT', 'ATTACHMENT'].includes(d?.FieldType), `${at}: FieldType must be TEXT, SELECT or ATTACHMENT`);
    expect(['REQUIRED', 'CONDITIONAL', 'OPTIONAL'].includes(d?.FieldRequirement), `${at}: FieldRequirement must be REQUIRED, CONDITIONAL or OPTIONAL`);
    expect(typeof d?.DisplayHints?.Title === 'string', `${at}: DisplayHints.Title must be a string`);
    expect(typeof entry.FieldProvenance?.[d?.FieldPath]?.Source === 'string', `${at}: has no FieldProvenance record`);
  }
  for (const path of Object.keys(entry?.FieldProvenance ?? {})) {
    expect(definitions.some((d) => d.FieldPath === path), `FieldProvenance ${path}: no such field definition`);
  }
  if (problems.length) throw new Error(`Definitions catalog file ${fileName} is malformed:\n  - ${problems.join('\n  - ')}`);
  return entry;
}
