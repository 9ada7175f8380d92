import { declaredLetterRule } from '../../lint/declared-letter-rule';
import { LINT_ID_PREFIX } from '../../lint/lint-id';
import type { LintRule } from '../../lint/lint-rule';

const GB_PAGE = 'AWS End User Messaging user guide, "United Kingdom registration", https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-country-reg-gb.html '
  + '(read 2026-12-07)';

/**
 * Denial reasons the UK's page lists, as lint rules the engine applies to the UK form only.
 * The letter's rule fires when the letter is declared (`declaredLetterRule`); docs/forms.md lists the required documents.
 */
export const UNITED_KINGDOM_LINT_RULES: readonly LintRule[] = [
  declaredLetterRule(
    `${LINT_ID_PREFIX}unitedKingdomLetterOfAuthorization`,
    `${GB_PAGE}: "The LOA must be dated within the last 30 days", "The casing of the Sender ID must match what is registered with MEF", `
      + '"Clearly specify the sender ID requested"',
    'senderIdInfo.letterOfAuthorization',
    (senderId) => 'the UK\'s reviewers deny a letter of authorization dated more than 30 days before they read it, or one that does not '
      + `name the sender ID${senderId} in exactly the casing registered with MEF. Date and sign it shortly before you deploy`,
  ),
];
