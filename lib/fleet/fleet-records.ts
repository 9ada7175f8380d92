import * as fs from 'fs';
import * as path from 'path';
import { PlacementLock, parsePlacementLock } from './placement';
import { PLACEMENT_FILE, listRecordFiles, readRecordFile } from './record-files';
import { FleetRecord, readRecord } from './record-reader';
import { createWriteCount } from './write-count';

/** A loaded record with the write count its create takes. */
export interface LoadedRecord extends FleetRecord {
  readonly writes: number;
}

export interface FleetLoad {
  readonly records: LoadedRecord[];
  /** Problems of records that did not load, each naming its file; those records are left out. */
  readonly problems: string[];
  /** The names of the record files that did not load: still present, so placement keeps their stack. */
  readonly unloaded: string[];
}

/** Every record of the folder, read and checked; the problems of every file are collected, not only the first. */
export function loadFleetRecords(recordsFolder: string): FleetLoad {
  const records: LoadedRecord[] = [];
  const problems: string[] = [];
  const unloaded: string[] = [];
  const seen = new Map<string, string>();
  for (const filePath of listRecordFiles(recordsFolder)) {
    const file = readRecordFile(filePath);
    const earlier = seen.get(file.name);
    if (earlier) {
      problems.push(`${file.fileName}: has the same name as ${earlier}; a record's name (its file name without extension) is its id, keep one`);
      continue;
    }
    seen.set(file.name, file.fileName);
    const reading = readRecord(file, recordsFolder);
    problems.push(...reading.problems);
    if (reading.record) records.push({ ...reading.record, writes: createWriteCount(reading.record.props) });
    else unloaded.push(file.name);
  }
  return { records, problems, unloaded };
}

/** The placement lock of the folder; a missing lock is an empty one (every record then still has to be placed). */
export function readPlacementLock(recordsFolder: string): { lock: PlacementLock; problems: string[]; exists: boolean } {
  const file = path.join(recordsFolder, PLACEMENT_FILE);
  if (!fs.existsSync(file)) return { lock: { stackCount: 0, records: {} }, problems: [], exists: false };
  return { ...parsePlacementLock(fs.readFileSync(file, 'utf8'), PLACEMENT_FILE), exists: true };
}
