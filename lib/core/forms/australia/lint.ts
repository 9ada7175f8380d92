import { declaredLetterRule } from '../../lint/declared-letter-rule';
import { textOf } from '../../lint/field-values';
import { LINT_ID_PREFIX } from '../../lint/lint-id';
import type { LintRule } from '../../lint/lint-rule';

const AU_PAGE = 'AWS End User Messaging user guide, "Australia registration", "Document requirements and common reasons for denial", '
  + 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-country-reg-au.html (read 2026-12-07)';

/**
 * Denial reasons Australia's page lists, as lint rules the engine applies to the Australia form only.
 * The letter's rule fires when the letter is declared (`declaredLetterRule`); docs/forms.md lists the required documents.
 */
export const AUSTRALIA_LINT_RULES: readonly LintRule[] = [
  declaredLetterRule(
    `${LINT_ID_PREFIX}australiaLetterOfAuthorization`,
    `${AU_PAGE}: "An outdated LOA template, a signer who is not listed on the company registration documentation, an LOA that does `
      + 'not name the specific sender ID, or a representative that does not match the form"',
    'auSidSpecificInfo.letterOfAuthorization',
    (senderId) => 'Australia\'s reviewers deny a letter of authorization on an old template, one that does not name the sender ID'
      + `${senderId}, one signed by someone not listed on the company registration documentation, `
      + 'or one naming another representative than the form. Use the template linked from the form today; a letter is needed only '
      + 'when the representative is not on the company extract',
  ),
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
];
