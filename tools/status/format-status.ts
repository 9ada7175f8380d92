import { describeDriftSinceDeploy } from '../../lib/core/lifecycle/written-values';
import { RegistrationStatusReport, VersionStatusReport } from './registration-status';

/**
 * The human view of `npm run status`: one row per registration, then its versions with their dates
 * and, for a version the reviewer sent back, the reasons on the version and on each field.
 */
export function formatStatusTable(reports: RegistrationStatusReport[], region: string): string {
  if (reports.length === 0) return `No registrations with the construct's stack tag in ${region}.`;
  const header = ['STACK', 'SENDER ID', 'TYPE', 'STATUS', 'REGISTRATION', 'SENDER ID READY'];
  const rows = reports.map((r) => [r.stackName, r.senderId ?? '(none yet)', r.registrationType, r.registrationStatus, r.registrationId, readyCell(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  const out = [`Registrations managed by the construct in ${region}: ${reports.length}`, '', line(header)];
  reports.forEach((report, i) => {
    out.push(line(rows[i]));
    for (const version of report.versions) out.push(...versionLines(version));
    if (report.outsideStep) out.push(`    still to do outside AWS: ${report.outsideStep}`);
    if (report.drift) out.push(`    ${describeDriftSinceDeploy(report.drift)}`);
  });
  return out.join('\n');
}

/** `yes`, or `no: <why>`; a registration of no sender ID has nothing to be ready. */
function readyCell(report: RegistrationStatusReport): string {
  const readiness = report.senderIdReadiness;
  if (!readiness) return '-';
  return readiness.ready ? 'yes' : `no: ${readiness.reason}`;
}

function versionLines(version: VersionStatusReport): string[] {
  const dates = Object.entries(version.history).map(([status, at]) => `${status} ${shortDate(at)}`).join(' · ');
  const lines = [`    version ${version.versionNumber}  ${version.status.padEnd(16)} ${dates}`];
  for (const reason of version.deniedReasons ?? []) {
    const parts = [reason.shortDescription, reason.reason, reason.longDescription].filter(Boolean).join(': ');
    lines.push(`      denied: ${parts}${reason.documentationLink ? ` (${reason.documentationLink})` : ''}`);
  }
  if (version.feedback) lines.push(`      feedback: ${version.feedback}`);
  for (const field of version.fieldReviews ?? []) {
    const parts = [field.deniedReason && `denied: ${field.deniedReason}`, field.feedback && `feedback: ${field.feedback}`].filter(Boolean);
    lines.push(`      ${field.fieldPath}: ${parts.join('; ')}`);
  }
  return lines;
}

/** 2026-11-27T22:50:01.000Z → 2026-11-27 22:50 UTC: reviews take weeks, so minutes are precise enough. */
function shortDate(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
