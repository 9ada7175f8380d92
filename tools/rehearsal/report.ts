import { describeSecretSource, SecretFieldProperty } from '../../lib/core/contract/secret-fields';
import { fromServiceValue, shownFieldValue } from '../../lib/core/field-value';
import { ServiceFieldValue } from '../../lib/core/forms/types';
import { CallLogEntry } from '../registrar';

/** What one rehearsed deploy of one registration did, as the rehearsal prints it. */
export interface RehearsalReport {
  readonly title: string;
  readonly registrationType: string;
  readonly senderId: string;
  readonly registrationId: string;
  readonly data: Record<string, string>;
  readonly calls: CallLogEntry[];
  readonly attachmentFiles: Record<string, string>;
  /** Fields whose values came from secrets: shown by where they come from, never by value. */
  readonly secretFields: Record<string, SecretFieldProperty>;
}

/** A value as it may be printed: personal data hidden, as everywhere else (lib/core/personal-data.ts). */
function shown(fieldPath: string, written: ServiceFieldValue, report: RehearsalReport): string {
  const secret = report.secretFields[fieldPath];
  if (secret) return `${describeSecretSource(secret)}, ${[...(written.TextValue ?? '')].length} characters`;
  const value = fromServiceValue(written);
  if (!value) return '(no value)';
  return shownFieldValue(fieldPath, value, { attachment: (attachmentId) => `${report.attachmentFiles[fieldPath] ?? 'file'} → ${attachmentId}` });
}

export function formatReport(report: RehearsalReport): string {
  // The rehearsal deploys one registration at a time, so every call in the log is this deploy's.
  const mine = report.calls;
  const puts = mine.filter((c) => c.operation === 'PutRegistrationFieldValue' && c.outcome === 'ok');
  const lines = [
    `── ${report.title}`,
    `   type ${report.registrationType} · sender ID ${report.senderId}`,
    `   registration ${report.registrationId} · status ${report.data.RegistrationStatus} · version ${report.data.VersionNumber}`,
    `   fields written (${puts.length}):`,
    ...puts.map((c) => {
      const { FieldPath, RegistrationId: _id, ...value } = c.params as Record<string, unknown>;
      return `     ${String(FieldPath).padEnd(52)} ${shown(String(FieldPath), value as ServiceFieldValue, report)}`;
    }),
    `   API calls (${mine.length}): ${countByOperation(mine)}`,
  ];
  return lines.join('\n');
}

function countByOperation(calls: CallLogEntry[]): string {
  const counts = new Map<string, number>();
  for (const call of calls) counts.set(call.operation, (counts.get(call.operation) ?? 0) + 1);
  return [...counts.entries()].map(([op, n]) => `${op} ×${n}`).join(', ');
}
