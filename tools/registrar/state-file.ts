import * as fs from 'node:fs';
import * as path from 'node:path';

import { Attachment, RegionState, Registration, RegistrarState, StoredFieldValue, Version } from './state';

/**
 * The registrar's memory on disk, so registrations outlive the process: a rehearsal leaves them, `status`, `plan` and
 * the reviewer find them. Plain JSON (dates as ISO strings, attachment bodies as base64). It holds the field values the
 * app declared, personal data included, so it is written readable by its owner only and belongs in .gitignore.
 */

const FORMAT = 'sender-id-registration/registrar-state@1';

interface VersionFile extends Omit<Version, 'history' | 'values'> {
  readonly history: Record<string, string>;
  readonly values: Array<[string, StoredFieldValue]>;
}

interface RegionFile {
  readonly registrations: Array<Omit<Registration, 'createdAt' | 'versions'> & { createdAt: string; versions: VersionFile[] }>;
  readonly attachments: Array<Omit<Attachment, 'createdAt' | 'body'> & { createdAt: string; body?: string }>;
  readonly tags: Record<string, Record<string, string>>;
  readonly clientTokens: Record<string, { resourceId: string; response: Record<string, unknown> }>;
}

interface StateFile {
  readonly format: string;
  /** The account the registrar answered as when it wrote the file: its ARNs name it. */
  readonly accountId: string;
  readonly regions: Record<string, RegionFile>;
}

/** The account a state file's registrar answered as; undefined when there is no such file yet. */
export function stateFileAccount(file: string): string | undefined {
  return fs.existsSync(file) ? readStateFile(file).accountId : undefined;
}

/** Fill `state` from `file`; a file that does not exist yet is an empty registrar. */
export function loadStateFile(state: RegistrarState, file: string): void {
  if (!fs.existsSync(file)) return;
  const saved = readStateFile(file);
  for (const [name, region] of Object.entries(saved.regions)) restoreRegion(state.region(name), region);
}

/** Write every Region's state to `file`, replacing it whole (a reader never sees half a file). */
export function saveStateFile(state: RegistrarState, file: string): void {
  const content: StateFile = {
    format: FORMAT,
    accountId: state.options.accountId,
    regions: Object.fromEntries(state.allRegions().map((r) => [r.region, regionFile(r)])),
  };
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, `${JSON.stringify(content, null, 1)}\n`, { mode: 0o600 });
  fs.renameSync(partial, file);
}

function readStateFile(file: string): StateFile {
  let parsed: Partial<StateFile>;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not a registrar state file: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (parsed.format !== FORMAT || typeof parsed.regions !== 'object' || typeof parsed.accountId !== 'string') {
    throw new Error(`${file} is not a registrar state file (format ${JSON.stringify(parsed.format)}; expected ${FORMAT})`);
  }
  return parsed as StateFile;
}

function regionFile(state: RegionState): RegionFile {
  return {
    registrations: [...state.registrations.values()].map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      versions: r.versions.map((v) => ({
        ...v,
        history: Object.fromEntries(Object.entries(v.history).map(([status, at]) => [status, at.toISOString()])),
        values: [...v.values],
      })),
    })),
    attachments: [...state.attachments.values()].map((a) => ({
      ...a, createdAt: a.createdAt.toISOString(), body: a.body?.toString('base64'),
    })),
    tags: Object.fromEntries([...state.tags].map(([arn, tags]) => [arn, Object.fromEntries(tags)])),
    clientTokens: Object.fromEntries(state.clientTokens),
  };
}

function restoreRegion(state: RegionState, saved: RegionFile): void {
  for (const r of saved.registrations) {
    state.registrations.set(r.id, {
      ...r,
      createdAt: new Date(r.createdAt),
      versions: r.versions.map((v) => ({
        ...v,
        history: Object.fromEntries(Object.entries(v.history).map(([status, at]) => [status, new Date(at)])),
        values: new Map(v.values),
      })),
    });
  }
  for (const a of saved.attachments) {
    state.attachments.set(a.id, { ...a, createdAt: new Date(a.createdAt), body: a.body === undefined ? undefined : Buffer.from(a.body, 'base64') });
  }
  for (const [arn, tags] of Object.entries(saved.tags)) state.tags.set(arn, new Map(Object.entries(tags)));
  for (const [token, made] of Object.entries(saved.clientTokens)) state.clientTokens.set(token, made);
}
