/**
 * Field paths every sender ID form shares, for the modules that read registrations without building
 * them (the handler's reports, the CLI). The typed props render them in lib/countries/common-form.ts.
 */

/** The field that holds the sender ID on every sender ID form we know; public (lib/core/personal-data.ts). */
export const SENDER_ID_FIELD = 'senderIdInfo.senderId';
