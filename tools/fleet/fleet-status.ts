import { App, CfnResource, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { RESOURCE_TAG_KEY } from '../../lib/core/contract/resource-properties';
import { loadFleetRecords, readPlacementLock } from '../../lib/fleet/fleet-records';
import { managedRegistrations } from '../deployed/managed-registrations';
import { ReadOnlyRegistrationApi } from '../deployed/read-only-api';
import { latestVersionOf, LatestVersion } from './latest-version';

/** One row of `fleet status`: a record and the registration deployed for it, or a registration of the fleet without a record. */
export interface FleetStatusRow {
  /** The record's name, or undefined for a registration of a fleet stack whose record is gone. */
  readonly record?: string;
  /** The record's file in the records folder, e.g. `acme-india.yaml`. */
  readonly recordFile?: string;
  /** The stack the record is placed in (`<prefix><n>`), or the registration's stack. */
  readonly stack?: string;
  readonly senderId?: string;
  readonly registrationType?: string;
  /** The registration's status, NOT_DEPLOYED when its stack holds none for the record yet, NOT_PLACED when placement.json lacks it. */
  readonly status: string;
  readonly registrationId?: string;
  /** The registration's latest version: its number, status and the reviewer's reasons in short, when it has one. */
  readonly latestVersion?: number;
  readonly latestVersionStatus?: string;
  readonly denialReasons?: string;
}

/**
 * The logical id CloudFormation knows a record's registration by: the custom resource `Default` of the construct
 * `Resource` of the record's SenderIdRegistration, at the top of its stack. CDK's own algorithm computes it, so it is
 * what the registration's resource tag says.
 */
export function fleetRecordLogicalId(recordName: string): string {
  const stack = new Stack(new App(), 'FleetStack');
  const resource = new CfnResource(new Construct(new Construct(stack, recordName), 'Resource'), 'Default', { type: 'Custom::SenderIdRegistration' });
  return stack.getLogicalId(resource);
}

/** Each record of the folder with its registration's status, found by the stack and resource tags the construct puts on it. */
export async function fleetStatus(api: ReadOnlyRegistrationApi, recordsFolder: string, stackPrefix: string): Promise<FleetStatusRow[]> {
  const { records } = loadFleetRecords(recordsFolder);
  const { lock } = readPlacementLock(recordsFolder);
  const fleetStack = new RegExp(`^${stackPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\d+$`);
  const deployed = (await managedRegistrations(api)).filter((r) => fleetStack.test(r.stackName));
  // One DescribeRegistrationVersions per registration of the fleet: the latest version is what a reviewer last saw.
  const latest = new Map<string, LatestVersion>();
  for (const r of deployed) latest.set(r.registrationId, latestVersionOf(await api.versions(r.registrationId)));
  const claimed = new Set<string>();
  const rows: FleetStatusRow[] = records.map((record) => {
    const n = lock.records[record.name];
    const base = {
      record: record.name, recordFile: record.fileName, senderId: record.props.senderId, registrationType: record.props.form.registrationType,
    };
    if (n === undefined) return { ...base, status: 'NOT_PLACED' };
    const stack = `${stackPrefix}${n}`;
    const logicalId = fleetRecordLogicalId(record.name);
    const registration = deployed.find((r) => r.stackName === stack && r.tags.some((t) => t.Key === RESOURCE_TAG_KEY && t.Value === logicalId));
    if (!registration) return { ...base, stack, status: 'NOT_DEPLOYED' };
    claimed.add(registration.registrationId);
    return { ...base, stack, registrationType: registration.registrationType, status: registration.registrationStatus,
      registrationId: registration.registrationId, ...latest.get(registration.registrationId) };
  });
  // Registrations of the fleet's stacks that no record claims: a record removed, its registration retained.
  const orphans = deployed.filter((r) => !claimed.has(r.registrationId)).map((r) => ({
    stack: r.stackName, registrationType: r.registrationType, status: r.registrationStatus, registrationId: r.registrationId,
    ...latest.get(r.registrationId),
  }));
  return [...rows, ...orphans];
}

const COLUMNS: Array<[string, (row: FleetStatusRow) => string | undefined]> = [
  ['record', (r) => r.record], ['stack', (r) => r.stack], ['senderId', (r) => r.senderId], ['registrationType', (r) => r.registrationType],
  ['status', (r) => r.status], ['registrationId', (r) => r.registrationId], ['recordFile', (r) => r.recordFile],
  ['latestVersion', (r) => r.latestVersion?.toString()], ['latestVersionStatus', (r) => r.latestVersionStatus],
  ['denialReasons', (r) => r.denialReasons],
];

function csvCell(value: string | undefined): string {
  const text = value ?? '';
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function fleetStatusCsv(rows: readonly FleetStatusRow[]): string {
  return [COLUMNS.map(([name]) => name).join(','), ...rows.map((row) => COLUMNS.map(([, cell]) => csvCell(cell(row))).join(','))].join('\n');
}

/** The human view: a summary line of how many records are in each status, then one row per record. */
export function fleetStatusTable(rows: readonly FleetStatusRow[]): string {
  const counts = new Map<string, number>();
  const records = rows.filter((r) => r.record !== undefined);
  for (const row of records) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  const orphans = rows.length - records.length;
  const summary = `${records.length} records: ${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')}`
    + (orphans > 0 ? `; ${orphans} registration${orphans === 1 ? '' : 's'} of the fleet's stacks without a record` : '');
  const cells = rows.map((row) => COLUMNS.map(([, cell]) => cell(row) ?? (cell === COLUMNS[0][1] ? '(no record)' : '-')));
  const header = COLUMNS.map(([name]) => name.toUpperCase());
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (values: string[]) => values.map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i]))).join('  ');
  return [summary, '', line(header), ...cells.map(line)].join('\n');
}
