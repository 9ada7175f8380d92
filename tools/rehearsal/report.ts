import { describeSecretSource, SecretFieldProperty } from '../../lib/core/contract/secret-fields';
import { FieldValue } from '../../lib/core/forms/types';
import { showText } from '../../lib/core/personal-data';
import { matchValue } from '../../lib/core/value-kinds';
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
function shown(fieldPath: string, value: FieldValue, report: RehearsalReport): string {
  const secret = report.secretFields[fieldPath];
  if (secret) return `${describeSecretSource(secret)}, ${[...(value.TextValue ?? '')].length} characters`;
  const attachmentFiles = report.attachmentFiles;
  return matchValue(value, {
    select: (choices) => `[${choices.map((c) => JSON.stringify(c)).join(', ')}]`,
    attachment: (attachmentId) => `${attachmentFiles[fieldPath] ?? 'file'} → ${attachmentId}`,
    text: (text) => showText(fieldPath, text),
  });
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
      return `     ${String(FieldPath).padEnd(52)} ${shown(String(FieldPath), value as FieldValue, report)}`;
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
