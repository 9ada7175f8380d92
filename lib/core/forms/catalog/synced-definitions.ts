import * as fs from 'node:fs';
import * as path from 'node:path';
import { RegistrationTypeCatalogEntry } from '../types';
import { checkedCatalogEntry } from './check-entry';
import { catalogEntries, catalogEntry } from './index';

/**
 * The field definitions an app synced from its own account (`sender-id-registration definitions sync`), used for
 * their types ahead of the bundled catalog by synth, review, rehearse, schema and the local registrar: a form
 * read from the account is exact, the bundled one is assembled from public pages.
 */

/** The CDK context key that names an app's folder of synced definitions, relative to the app's directory. */
export const DEFINITIONS_CONTEXT_KEY = 'sender-id-registration:definitions';

/** Where `definitions sync` writes in an app, and where the app looks when the context names no folder. */
export const DEFAULT_DEFINITIONS_FOLDER = 'sender-id-definitions';

/** The cloud-assembly metadata type that records which form a registration was validated against (read by review and rehearse). */
export const FORM_IN_USE_METADATA = 'sender-id-registration:form';

/** What that metadata holds; `folder` is set for a synced form, so rehearse serves the same form. */
export interface FormInUseRecord {
  readonly registrationType: string;
  readonly origin: 'synced' | 'bundled';
  readonly source: string;
  readonly folder?: string;
}

/** The synced forms of one folder. */
export interface SyncedDefinitions {
  /** The folder's absolute path. */
  readonly folder: string;
  readonly entries: readonly RegistrationTypeCatalogEntry[];
}

/** Which form a registration type is validated against, and where it comes from. */
export interface FormInUse {
  readonly entry: RegistrationTypeCatalogEntry;
  /** `synced`: the app's own account, read by definitions sync; `bundled`: the catalog shipped with this library. */
  readonly origin: 'synced' | 'bundled';
  /** The entry's provenance: "live, <region>, <date>" for a synced form, the public sources for a bundled one. */
  readonly source: string;
}

/**
 * Every `<RegistrationType>.json` of `folder`, each checked as the bundled files are. A malformed file fails
 * naming the file and what is wrong: validating against half a form would pass what the account refuses.
 */
export function readSyncedDefinitions(folder: string): SyncedDefinitions {
  const absolute = path.resolve(folder);
  if (!fs.existsSync(absolute) || !fs.statSync(absolute).isDirectory()) {
    throw new Error(`${DEFINITIONS_CONTEXT_KEY}: ${folder} is not a folder; create it with \`npx sender-id-registration definitions sync `
      + `--region <region> --out ${folder}\` or name the folder that holds your synced definitions`);
  }
  const files = fs.readdirSync(absolute).filter((f) => f.endsWith('.json')).sort();
  const entries = files.map((file) => {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(path.join(absolute, file), 'utf8'));
    } catch (error) {
      throw new Error(`Synced definitions file ${path.join(folder, file)} is not JSON: ${(error as Error).message}`);
    }
    return checkedCatalogEntry(json, file);
  });
  return { folder: absolute, entries };
}

/**
 * The folder an app's synced definitions are in: the one the context value names (it must exist), else
 * `./sender-id-definitions` if `definitions sync` wrote it, else none (the bundled catalog alone).
 */
export function syncedDefinitionsFolder(contextValue: unknown, cwd: string): string | undefined {
  if (contextValue !== undefined && contextValue !== null && contextValue !== '') {
    if (typeof contextValue !== 'string') {
      throw new Error(`${DEFINITIONS_CONTEXT_KEY}: ${JSON.stringify(contextValue)} is not a folder name; give the folder of your synced definitions`);
    }
    return path.resolve(cwd, contextValue);
  }
  const byDefault = path.resolve(cwd, DEFAULT_DEFINITIONS_FOLDER);
  return fs.existsSync(byDefault) ? byDefault : undefined;
}

/** The form `registrationType` is validated against: the synced one if the app has it, else the bundled one. */
export function formInUse(registrationType: string, synced?: SyncedDefinitions): FormInUse | undefined {
  const own = synced?.entries.find((e) => e.RegistrationType === registrationType);
  if (own) return { entry: own, origin: 'synced', source: own.Provenance.Source };
  const bundled = catalogEntry(registrationType);
  return bundled ? { entry: bundled, origin: 'bundled', source: bundled.Provenance.Source } : undefined;
}

/** Every form the app can use: its synced ones, then the bundled ones it has not synced. */
export function formsInUse(synced?: SyncedDefinitions): RegistrationTypeCatalogEntry[] {
  const bundled = catalogEntries();
  const own = synced?.entries ?? [];
  return [...own, ...bundled.filter((b) => !own.some((e) => e.RegistrationType === b.RegistrationType))];
}

/** How a report names the form a registration was validated against at synth, with its source and date. */
export function describeForm(form: FormInUseRecord | undefined): string {
  if (!form) return 'none at synth: not in the bundled catalog nor synced; the live definitions decide at deploy';
  return form.origin === 'synced' ? `synced from your account (${form.source})`
    : 'bundled catalog of this library (assembled from public pages; the live definitions decide at deploy)';
}
