import { companyInfoLayoutRules } from '../company-info-layout';
import { FormRules } from '../form-rules';
import { UNITED_KINGDOM_LINT_RULES } from './lint';

const PAGE = 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-country-reg-gb.html (read 2026-12-07)';

/**
 * The United Kingdom. The type name is unconfirmed (<ISO2>_SENDER_ID_REGISTRATION pattern). Its form keeps the address in
 * "Company info" and the use case as "Use case details", as the toll-free form does; it has no area of business or opt-in.
 */
export const UNITED_KINGDOM: FormRules = {
  ...companyInfoLayoutRules({
    registrationType: 'GB_SENDER_ID_REGISTRATION',
    letterFormat: 'PDF',
    letterSource: `UK page: "Create a PDF of the LOA ... The maximum file size is 400 KB", ${PAGE}`,
  }),
  senderIdCasing: { caseSensitive: true, source: `UK page: "The casing of the Sender ID must match what is registered with MEF", ${PAGE}` },
  lintRules: UNITED_KINGDOM_LINT_RULES,
};
