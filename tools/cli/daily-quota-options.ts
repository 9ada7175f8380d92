import { UsageError } from './args';

/** The options that give the daily quotas' Max, which the service does not report (see tools/plan/daily-quotas.ts). */
export const DAILY_QUOTA_OPTIONS = { 'versions-per-day': { type: 'string' }, 'attachments-per-day': { type: 'string' } } as const;

export const DAILY_QUOTA_OPTIONS_HELP = [
  '  --versions-per-day N       REGISTRATION_VERSIONS_CREATED_PER_DAY as the Service Quotas console shows it',
  '  --attachments-per-day N    REGISTRATION_ATTACHMENTS_CREATED_PER_DAY as the Service Quotas console shows it',
].join('\n');

/** The daily quotas given, checked: each a whole number of at least 1. */
export function dailyQuotaMaxima(values: { 'versions-per-day'?: string; 'attachments-per-day'?: string }): { versions?: number; attachments?: number } {
  return { versions: perDay('versions-per-day', values['versions-per-day']), attachments: perDay('attachments-per-day', values['attachments-per-day']) };
}

function perDay(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`--${option} ${value}: expected a whole number of at least 1 (the quota's value in Service Quotas)`);
  return number;
}
