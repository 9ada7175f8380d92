import { LINT_ID_PREFIX } from './lint-id';
import type { LintInput, LintRule } from './rules';

/**
 * Denial reasons a country's own page lists, as lint rules. A rule reads the form's own field paths, so it fires only
 * for that form. A document's content cannot be read at synth: a rule about an optional document fires when it is
 * declared, with the checklist reviewers apply to it (a required one would warn on every registration; docs/forms.md lists those).
 */

const AU_PAGE = 'AWS End User Messaging user guide, "Australia registration", "Document requirements and common reasons for denial", '
  + 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-country-reg-au.html (read 2026-12-07)';

const AT_PAGE = 'AWS End User Messaging user guide, "Austria registration", https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-country-reg-at.html '
  + '(read 2026-12-07)';
const GB_PAGE = 'AWS End User Messaging user guide, "United Kingdom registration", https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-country-reg-gb.html '
  + '(read 2026-12-07)';

/** The generic terms Austria's page gives as examples of what is refused; the list is the page's, not exhaustive. */
const AUSTRIA_GENERIC_TERMS = ['doctor', 'pharmacy', 'otp', 'sms info'];

function textOf(input: LintInput, path: string): string | undefined {
  const value = input.fields[path];
  return typeof value === 'string' && value.trim() ? value : undefined;
}

export const COUNTRY_RULES: readonly LintRule[] = [
  {
    id: `${LINT_ID_PREFIX}australiaLetterOfAuthorization`,
    source: `${AU_PAGE}: "An outdated LOA template, a signer who is not listed on the company registration documentation, an LOA that does `
      + 'not name the specific sender ID, or a representative that does not match the form"',
    check: (input) => {
      const path = 'auSidSpecificInfo.letterOfAuthorization';
      if (!input.attachmentPaths?.includes(path)) return [];
      const senderId = textOf(input, 'senderIdInfo.senderId');
      return [{
        fieldPath: path,
        message: `${path}: Australia's reviewers deny a letter of authorization on an old template, one that does not name the sender ID`
          + `${senderId ? ` ${JSON.stringify(senderId)}` : ''}, one signed by someone not listed on the company registration documentation, `
          + 'or one naming another representative than the form. Use the template linked from the form today; a letter is needed only '
          + 'when the representative is not on the company extract',
      }];
    },
  },
  {
    id: `${LINT_ID_PREFIX}australiaBusinessNumber`,
    source: `${AU_PAGE}: "Your 11-digit Australian Business Number ... If you do not have an ABN, enter your international business registration number"`,
    check: (input) => {
      const path = 'auSidSpecificInfo.australianBusinessNumber';
      const abn = textOf(input, path);
      const inAustralia = textOf(input, 'companyAddress.isoCountryCode') === 'AU';
      return abn && inAustralia && !/^\d{11}$/.test(abn.replace(/\s/g, '')) ? [{
        fieldPath: path,
        message: `${path}: ${JSON.stringify(abn)} is not an 11-digit ABN, but the company's address is in Australia; reviewers match it `
          + 'against the Australian Business Register. Give the ABN (spaces are ignored)',
      }] : [];
    },
  },
  {
    id: `${LINT_ID_PREFIX}austriaSenderIdLikePhoneNumber`,
    source: `${AT_PAGE}: "Cannot resemble a phone number"`,
    check: (input) => {
      const senderId = input.registrationType === 'AT_SENDER_ID_REGISTRATION' ? textOf(input, 'senderIdInfo.senderId') : undefined;
      return senderId && /^[+\d\s-]+$/.test(senderId) ? [{
        fieldPath: 'senderIdInfo.senderId',
        message: `senderIdInfo.senderId: ${JSON.stringify(senderId)} looks like a phone number, which Austria refuses for an alphanumeric sender ID. `
          + 'Use the brand name',
      }] : [];
    },
  },
  {
    id: `${LINT_ID_PREFIX}austriaGenericSenderId`,
    source: `${AT_PAGE}: "Generic terms are not permitted (for example: doctor, pharmacy, OTP, SMS info)"`,
    check: (input) => {
      const senderId = input.registrationType === 'AT_SENDER_ID_REGISTRATION' ? textOf(input, 'senderIdInfo.senderId') : undefined;
      return senderId && AUSTRIA_GENERIC_TERMS.includes(senderId.trim().toLowerCase()) ? [{
        fieldPath: 'senderIdInfo.senderId',
        message: `senderIdInfo.senderId: ${JSON.stringify(senderId)} is a generic term, which Austria refuses as a sender ID. Use the brand name`,
      }] : [];
    },
  },
  {
    id: `${LINT_ID_PREFIX}unitedKingdomLetterOfAuthorization`,
    source: `${GB_PAGE}: "The LOA must be dated within the last 30 days", "The casing of the Sender ID must match what is registered with MEF", `
      + '"Clearly specify the sender ID requested"',
    check: (input) => {
      const path = 'senderIdInfo.letterOfAuthorization';
      if (input.registrationType !== 'GB_SENDER_ID_REGISTRATION' || !input.attachmentPaths?.includes(path)) return [];
      const senderId = textOf(input, 'senderIdInfo.senderId');
      return [{
        fieldPath: path,
        message: `${path}: the UK's reviewers deny a letter of authorization dated more than 30 days before they read it, or one that does not `
          + `name the sender ID${senderId ? ` ${JSON.stringify(senderId)}` : ''} in exactly the casing registered with MEF. Date and sign it `
          + 'shortly before you deploy',
      }];
    },
  },
];
