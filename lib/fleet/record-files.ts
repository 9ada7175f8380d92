import * as fs from 'fs';
import * as path from 'path';
import { RawValue } from './record-values';

// js-yaml ships no types of its own; this is the one call we make. It is a bundled runtime dependency (package.json).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml: { safeLoad(text: string, options: { filename: string; schema: unknown }): unknown; FAILSAFE_SCHEMA: unknown } = require('js-yaml');

/** The placement lock beside the records (lib/fleet/placement.ts); never read as a record. */
export const PLACEMENT_FILE = 'placement.json';

const RECORD_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** One record file as read from disk, before its values are checked. */
export interface RecordFile {
  /** The file name without its extension: the record's construct id and its key in placement.json. */
  readonly name: string;
  /** The file name, as messages name it. */
  readonly fileName: string;
  readonly filePath: string;
  /** The parsed content, or undefined when it could not be parsed (then `problem` says why). */
  readonly content?: RawValue;
  readonly problem?: string;
}

/** Whether a file of the records folder is a record: YAML or JSON, not the placement lock, not a saved JSON Schema. */
export function isRecordFileName(fileName: string): boolean {
  return RECORD_EXTENSIONS.includes(path.extname(fileName).toLowerCase()) && fileName !== PLACEMENT_FILE && !fileName.endsWith('.schema.json');
}

/** The record's name: what stays when the file changes from YAML to JSON, so the registration keeps its place and id. */
export function recordNameOf(fileName: string): string {
  return path.basename(fileName, path.extname(fileName));
}

function parseRecord(filePath: string, text: string): RawValue {
  if (path.extname(filePath).toLowerCase() === '.json') return JSON.parse(text);
  // FAILSAFE: every scalar is text, so a PEID or chain id keeps all of its 19 digits and "NO" stays "NO".
  return yaml.safeLoad(text, { filename: path.basename(filePath), schema: yaml.FAILSAFE_SCHEMA });
}

/** Reads and parses one record file; a parse error is a problem of that file, not a crash of the synth. */
export function readRecordFile(filePath: string): RecordFile {
  const fileName = path.basename(filePath);
  const base = { name: recordNameOf(fileName), fileName, filePath };
  if (!fs.existsSync(filePath)) return { ...base, problem: `${fileName}: the record file does not exist (${filePath})` };
  try {
    return { ...base, content: parseRecord(filePath, fs.readFileSync(filePath, 'utf8')) };
  } catch (error) {
    // Parser messages quote the offending line, which may hold personal data: keep only the position.
    const message = error instanceof Error ? error.message : '';
    const line = /line (\d+)/i.exec(message)?.[1];
    const position = /position (\d+)/i.exec(message)?.[1];
    const where = line ? ` near line ${line}` : position ? ` at character ${position}` : '';
    return { ...base, problem: `${fileName}: is not valid ${path.extname(fileName).slice(1).toUpperCase()}${where}` };
  }
}

/** Every record file of the folder (not its subfolders, which hold documents), sorted by name so synth is repeatable. */
export function listRecordFiles(folder: string): string[] {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new Error(`SenderIdRegistrationFleet: the records folder ${folder} does not exist or is not a folder`);
  }
  return fs.readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && isRecordFileName(entry.name))
    .map((entry) => path.join(folder, entry.name))
    .sort();
}
