import { RegistrationTypeCatalogEntry } from '../types';
import { INDIA } from './india';
import { INDONESIA } from './indonesia';

/**
 * The bundled definitions catalog: what we know of each typed registration form.
 *
 * It drives validation at synth and is what the local registrar serves. Live definitions
 * (DescribeRegistrationFieldDefinitions) always win at deploy time, because forms change.
 */
const ENTRIES: RegistrationTypeCatalogEntry[] = [INDIA, INDONESIA];

export function catalogEntry(registrationType: string): RegistrationTypeCatalogEntry | undefined {
  return ENTRIES.find((e) => e.RegistrationType === registrationType);
}

export function catalogEntries(): readonly RegistrationTypeCatalogEntry[] {
  return ENTRIES;
}
