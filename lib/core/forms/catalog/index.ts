import { RegistrationTypeCatalogEntry } from '../types';
import AT_SENDER_ID_REGISTRATION from './AT_SENDER_ID_REGISTRATION.json';
import AU_SENDER_ID_REGISTRATION from './AU_SENDER_ID_REGISTRATION.json';
import { checkedCatalogEntry } from './check-entry';
import FI_SENDER_ID_REGISTRATION from './FI_SENDER_ID_REGISTRATION.json';
import GB_SENDER_ID_REGISTRATION from './GB_SENDER_ID_REGISTRATION.json';
import ID_SENDER_ID_REGISTRATION from './ID_SENDER_ID_REGISTRATION.json';
import IN_SENDER_ID_REGISTRATION from './IN_SENDER_ID_REGISTRATION.json';
import SG_SENDER_ID_REGISTRATION from './SG_SENDER_ID_REGISTRATION.json';
import US_TEN_DLC_BRAND_REGISTRATION from './US_TEN_DLC_BRAND_REGISTRATION.json';
import US_TEN_DLC_CAMPAIGN_REGISTRATION from './US_TEN_DLC_CAMPAIGN_REGISTRATION.json';
import US_TOLL_FREE_REGISTRATION from './US_TOLL_FREE_REGISTRATION.json';

/**
 * The bundled definitions catalog: what we know of each registration type's form, one JSON file per
 * type in this folder (format and provenance in README.md). A file `npm run definitions:sync` adds is
 * listed here too: static imports are what bundles the catalog into the handler.
 *
 * It drives validation at synth and is what the local registrar serves. Live definitions
 * (DescribeRegistrationFieldDefinitions) always win at deploy time, because forms change.
 */
const FILES: Record<string, unknown> = {
  IN_SENDER_ID_REGISTRATION,
  ID_SENDER_ID_REGISTRATION,
  AU_SENDER_ID_REGISTRATION,
  AT_SENDER_ID_REGISTRATION,
  FI_SENDER_ID_REGISTRATION,
  GB_SENDER_ID_REGISTRATION,
  SG_SENDER_ID_REGISTRATION,
  US_TEN_DLC_BRAND_REGISTRATION,
  US_TEN_DLC_CAMPAIGN_REGISTRATION,
  US_TOLL_FREE_REGISTRATION,
};

const ENTRIES: RegistrationTypeCatalogEntry[] = Object.entries(FILES).map(([name, json]) => checkedCatalogEntry(json, `${name}.json`));

export function catalogEntry(registrationType: string): RegistrationTypeCatalogEntry | undefined {
  return ENTRIES.find((e) => e.RegistrationType === registrationType);
}

export function catalogEntries(): readonly RegistrationTypeCatalogEntry[] {
  return ENTRIES;
}

/** The catalog's file names, so a test can prove every file in the folder is loaded. */
export function catalogFileNames(): string[] {
  return Object.keys(FILES).map((name) => `${name}.json`);
}
