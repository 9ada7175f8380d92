import { ReadOnlyRegistrationApi } from '../deployed/read-only-api';
import { DailyNeeds, DailyQuotas } from './daily-quotas';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The daily quotas given (`--versions-per-day`, `--attachments-per-day`) with what the account created in the last
 * 24 hours, read only for a quota given that the deploy uses.
 *
 * What the account shows is a lower bound of the service's count: an attachment or version deleted since is gone
 * from the reads but still counted by the service. Versions are read only for registrations past their first
 * version (that one comes with CreateRegistration), so an account of new registrations costs one read.
 */
export async function dailyQuotasWithUse(
  api: ReadOnlyRegistrationApi, perDay: { versions?: number; attachments?: number }, needs: DailyNeeds, now = new Date(),
): Promise<DailyQuotas> {
  const since = now.getTime() - DAY_MS;
  const versions = perDay.versions !== undefined && needs.versions > 0
    ? { max: perDay.versions, used: await versionsCreatedSince(api, since) } : undefined;
  const attachments = perDay.attachments !== undefined && needs.attachments > 0
    ? { max: perDay.attachments, used: (await api.attachments()).filter((a) => createdSince(a.CreatedTimestamp, since)).length } : undefined;
  return { ...(versions ? { versions } : {}), ...(attachments ? { attachments } : {}) };
}

async function versionsCreatedSince(api: ReadOnlyRegistrationApi, since: number): Promise<number> {
  const amended = (await api.registrations()).filter((r) => (r.CurrentVersionNumber ?? 1) > 1);
  let count = 0;
  for (const registration of amended) {
    const versions = await api.versions(registration.RegistrationId!);
    count += versions.filter((v) => v.VersionNumber! > 1 && createdSince(v.RegistrationVersionStatusHistory?.DraftTimestamp, since)).length;
  }
  return count;
}

function createdSince(timestamp: Date | undefined, since: number): boolean {
  return timestamp !== undefined && new Date(timestamp).getTime() > since;
}
