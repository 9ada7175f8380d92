import { SenderIdInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { senderIdCountryOf } from '../../lib/core/forms/sender-id-country';
import { ReadOnlyRegistrationApi } from '../deployed/read-only-api';

/**
 * Whether a registration's sender ID can send. "Submitted" is not "usable": the sender ID exists only once the
 * registration is COMPLETE (PROVISIONING is "approved, your origination identity is being created"), and it is ready
 * when DescribeSenderIds shows it `Registered`, with this registration's id.
 */
export interface SenderIdReadiness {
  readonly ready: boolean;
  /** Why not (or `ready`), in a few words for the table. */
  readonly reason: string;
}

/** The status that comes before readiness; whatever else the registration is, it is not there yet. */
const READY_REGISTRATION_STATUS = 'COMPLETE';

/** The decision, on what the service returned: the registration's status and the sender IDs DescribeSenderIds listed. */
export function readinessOf(
  registrationId: string, registrationStatus: string, listed: readonly SenderIdInformation[] | undefined,
): SenderIdReadiness {
  if (registrationStatus !== READY_REGISTRATION_STATUS) return { ready: false, reason: `registration ${registrationStatus}, not COMPLETE` };
  if (listed === undefined) return { ready: false, reason: 'COMPLETE, but no sender ID found in its versions' };
  const own = listed.find((s) => s.RegistrationId === registrationId);
  if (!own) {
    return { ready: false, reason: listed.length > 0 ? 'COMPLETE, but the sender ID belongs to another registration' : 'COMPLETE, but not in DescribeSenderIds' };
  }
  if (!own.Registered) return { ready: false, reason: 'COMPLETE, but DescribeSenderIds shows it not registered' };
  return { ready: true, reason: 'ready' };
}

/** Reads what the decision needs: DescribeSenderIds only for a COMPLETE sender ID registration, so other rows cost no call. */
export async function senderIdReadiness(
  api: ReadOnlyRegistrationApi, registrationId: string, registrationType: string, registrationStatus: string, senderId: string | undefined,
): Promise<SenderIdReadiness | undefined> {
  const country = senderIdCountryOf(registrationType);
  if (country === undefined) return undefined;
  const listed = registrationStatus === READY_REGISTRATION_STATUS && senderId !== undefined ? await api.senderIds(senderId, country) : undefined;
  return readinessOf(registrationId, registrationStatus, listed);
}
