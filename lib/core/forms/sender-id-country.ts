/** Sender ID registration types are named `<ISO2>_SENDER_ID_REGISTRATION` (IN, ID, JO, SG, …). */
const SENDER_ID_TYPE_PATTERN = /^([A-Z]{2})_SENDER_ID_REGISTRATION$/;

/**
 * The country (ISO 3166-1 alpha-2) whose sender ID a registration type registers, or undefined for a registration
 * that registers no sender ID. The sender ID it provisions is addressed by this country (`IsoCountryCode`).
 */
export function senderIdCountryOf(registrationType: string): string | undefined {
  return SENDER_ID_TYPE_PATTERN.exec(registrationType)?.[1];
}
