import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { baselineFor, BUNDLED_CATALOG_DIR, liveEntry, typesInDirectory, writeEntry } from './catalog-files';
import { liveForm, liveTypeDefinitions } from './fetch-live';
import { summaryLines } from './summary';

export interface SyncOptions {
  readonly client: PinpointSMSVoiceV2Client;
  readonly region: string;
  /** Types to sync; default: every type that has a file in `outDir` (else in the bundled catalog). */
  readonly types?: readonly string[];
  /** Where the files are written; default the bundled catalog, lib/core/forms/catalog/. */
  readonly outDir?: string;
  /** The day written into provenance; default today (UTC). */
  readonly date?: string;
}

export interface SyncResult {
  readonly lines: string[];
  /** Types asked for by name that the Region does not offer. */
  readonly missing: string[];
}

/**
 * Refresh catalog files from a real account's definitions: read-only against the service, writes
 * only files. Types the Region does not offer are reported and their files left as they are.
 */
export async function syncDefinitions(options: SyncOptions): Promise<SyncResult> {
  const outDir = options.outDir ?? BUNDLED_CATALOG_DIR;
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const source = `live, ${options.region}, ${date}`;
  const inOutDir = typesInDirectory(outDir);
  const wanted = options.types ?? (inOutDir.length ? inOutDir : typesInDirectory(BUNDLED_CATALOG_DIR));

  const offered = await liveTypeDefinitions(options.client);
  const lines: string[] = [];
  const missing: string[] = [];
  for (const type of wanted) {
    const typeDefinition = offered.get(type);
    if (!typeDefinition) {
      lines.push(`${type}: not offered in ${options.region} (DescribeRegistrationTypeDefinitions does not list it); its file is left unchanged`);
      missing.push(type);
      continue;
    }
    const baseline = baselineFor(outDir, type);
    const entry = liveEntry(await liveForm(options.client, typeDefinition), source, baseline?.entry);
    lines.push(...summaryLines(entry, baseline, writeEntry(outDir, entry)));
  }
  return { lines, missing: options.types ? missing : [] };
}
