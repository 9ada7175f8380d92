import { RegistrationTypeCatalogEntry } from '../types';
import AE_SENDER_ID_REGISTRATION from './AE_SENDER_ID_REGISTRATION.json';
import AT_SENDER_ID_REGISTRATION from './AT_SENDER_ID_REGISTRATION.json';
import AU_SENDER_ID_REGISTRATION from './AU_SENDER_ID_REGISTRATION.json';
import BY_SENDER_ID_REGISTRATION from './BY_SENDER_ID_REGISTRATION.json';
import { checkedCatalogEntry } from './check-entry';
import EG_SENDER_ID_REGISTRATION from './EG_SENDER_ID_REGISTRATION.json';
import ES_SENDER_ID_REGISTRATION from './ES_SENDER_ID_REGISTRATION.json';
import FI_SENDER_ID_REGISTRATION from './FI_SENDER_ID_REGISTRATION.json';
import GB_SENDER_ID_REGISTRATION from './GB_SENDER_ID_REGISTRATION.json';
import ID_SENDER_ID_REGISTRATION from './ID_SENDER_ID_REGISTRATION.json';
import IE_SENDER_ID_REGISTRATION from './IE_SENDER_ID_REGISTRATION.json';
import IN_SENDER_ID_REGISTRATION from './IN_SENDER_ID_REGISTRATION.json';
import JO_SENDER_ID_REGISTRATION from './JO_SENDER_ID_REGISTRATION.json';
import KE_SENDER_ID_REGISTRATION from './KE_SENDER_ID_REGISTRATION.json';
import KW_SENDER_ID_REGISTRATION from './KW_SENDER_ID_REGISTRATION.json';
import KZ_SENDER_ID_REGISTRATION from './KZ_SENDER_ID_REGISTRATION.json';
import LK_SENDER_ID_REGISTRATION from './LK_SENDER_ID_REGISTRATION.json';
import PH_SENDER_ID_REGISTRATION from './PH_SENDER_ID_REGISTRATION.json';
import QA_SENDER_ID_REGISTRATION from './QA_SENDER_ID_REGISTRATION.json';
import RU_SENDER_ID_REGISTRATION from './RU_SENDER_ID_REGISTRATION.json';
import SA_SENDER_ID_REGISTRATION from './SA_SENDER_ID_REGISTRATION.json';
import SG_SENDER_ID_REGISTRATION from './SG_SENDER_ID_REGISTRATION.json';
import TH_SENDER_ID_REGISTRATION from './TH_SENDER_ID_REGISTRATION.json';
import TR_SENDER_ID_REGISTRATION from './TR_SENDER_ID_REGISTRATION.json';
import US_TEN_DLC_BRAND_REGISTRATION from './US_TEN_DLC_BRAND_REGISTRATION.json';
import US_TEN_DLC_CAMPAIGN_REGISTRATION from './US_TEN_DLC_CAMPAIGN_REGISTRATION.json';
import US_TOLL_FREE_REGISTRATION from './US_TOLL_FREE_REGISTRATION.json';
import VN_SENDER_ID_REGISTRATION from './VN_SENDER_ID_REGISTRATION.json';
import ZM_SENDER_ID_REGISTRATION from './ZM_SENDER_ID_REGISTRATION.json';

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
  // Assembled from each country's page of the user guide: partial, every field path unconfirmed (docs/countries.md).
  AE_SENDER_ID_REGISTRATION,
  BY_SENDER_ID_REGISTRATION,
  EG_SENDER_ID_REGISTRATION,
  ES_SENDER_ID_REGISTRATION,
  IE_SENDER_ID_REGISTRATION,
  JO_SENDER_ID_REGISTRATION,
  KE_SENDER_ID_REGISTRATION,
  KW_SENDER_ID_REGISTRATION,
  KZ_SENDER_ID_REGISTRATION,
  LK_SENDER_ID_REGISTRATION,
  PH_SENDER_ID_REGISTRATION,
  QA_SENDER_ID_REGISTRATION,
  RU_SENDER_ID_REGISTRATION,
  SA_SENDER_ID_REGISTRATION,
  TH_SENDER_ID_REGISTRATION,
  TR_SENDER_ID_REGISTRATION,
  VN_SENDER_ID_REGISTRATION,
  ZM_SENDER_ID_REGISTRATION,
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
