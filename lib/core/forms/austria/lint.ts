import { textOf } from '../../lint/field-values';
import { LINT_ID_PREFIX } from '../../lint/lint-id';
import type { LintRule } from '../../lint/lint-rule';

const AT_PAGE = 'AWS End User Messaging user guide, "Austria registration", https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-country-reg-at.html '
  + '(read 2026-12-07)';

/** The generic terms Austria's page gives as examples of what is refused; the list is the page's, not exhaustive. */
const AUSTRIA_GENERIC_TERMS = ['doctor', 'pharmacy', 'otp', 'sms info'];

/** Sender IDs Austria's page refuses, as lint rules the engine applies to the Austria form only. */
export const AUSTRIA_LINT_RULES: readonly LintRule[] = [
  {
    id: `${LINT_ID_PREFIX}austriaSenderIdLikePhoneNumber`,
    source: `${AT_PAGE}: "Cannot resemble a phone number"`,
    check: (input) => {
      const senderId = textOf(input, 'senderIdInfo.senderId');
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
      const senderId = textOf(input, 'senderIdInfo.senderId');
      return senderId && AUSTRIA_GENERIC_TERMS.includes(senderId.trim().toLowerCase()) ? [{
        fieldPath: 'senderIdInfo.senderId',
        message: `senderIdInfo.senderId: ${JSON.stringify(senderId)} is a generic term, which Austria refuses as a sender ID. Use the brand name`,
      }] : [];
    },
  },
];
