import { FORMS, formRules } from '../forms';
import { quoted } from '../validation/message-values';
import { mentionsBrand, senderIdRelatesToCompany } from './brand';
import { textOf } from './field-values';
import { freeMailDomainOf } from './free-mail-domains';
import { LINT_ID_PREFIX } from './lint-id';
import type { LintFinding, LintInput, LintRule } from './lint-rule';
import { TRANSACTIONAL_ONLY_RULES } from './transactional-only-rules';

export { LINT_ID_PREFIX } from './lint-id';
export type { LintFinding, LintInput, LintRule } from './lint-rule';

/**
 * Denial lint: values the form accepts but reviewers are known to deny. Each rule is grounded in a
 * published denial reason or in the form's own guidance, recorded in `source`. Rules read values by
 * field path, so they work for every registration type that uses these paths, typed or not.
 */

// The contact's, and a typed form's own email fields, such as Australia's representative email: "Freemail addresses (such as
// Gmail or Yahoo) are not accepted" (its page).
const EMAIL_PATHS = ['contactInfo.emailAddress', 'contactInfo.supportEmail',
  ...FORMS.flatMap((form) => form.typedKeys ?? []).map((key) => key.fieldPath).filter((path) => /Email$/.test(path))];
const URL_PATHS = ['companyInfo.website', 'messagingUseCase.privacyPolicyUrl', 'messagingUseCase.termsAndConditionsUrl'];
const SAMPLE_PATH = /^messageSamples\.messageSample\d+$/;
/** Sender ID forms' message sample limit: "Maximum 306 characters" (two concatenated GSM-7 segments). */
export const MESSAGE_SAMPLE_MAX_LENGTH = 306;

const text = textOf;

/** A rule's finding on one field when `found`, else none; the message follows the field's path. */
function findingAt(fieldPath: string, found: boolean, message: string): LintFinding[] {
  return found ? [{ fieldPath, message: `${fieldPath}: ${message}` }] : [];
}

function samplePaths(input: LintInput): string[] {
  return Object.keys(input.fields).filter((p) => SAMPLE_PATH.test(p) && text(input, p) !== undefined).sort();
}

/** Whether the sample at `samplePath` names neither the company nor the sender ID (when the registration gives either). */
function lacksBrand(input: LintInput, samplePath: string): boolean {
  const company = text(input, 'companyInfo.companyName');
  const senderId = text(input, 'senderIdInfo.senderId');
  return (company !== undefined || senderId !== undefined) && !mentionsBrand(text(input, samplePath)!, company, senderId);
}

/**
 * Words that say the consent box starts ticked, or that users are in unless they act: consent must
 * be a clear, affirmative action.
 */
const PRESELECTED_CONSENT = new RegExp([
  '\\bpre[- ]?(?:checked|ticked|selected|filled)\\b',
  '\\b(?:checked|ticked|selected|enabled|opted[- ]in|enrolled|subscribed)\\s+(?:by|as\\s+the)\\s+default\\b',
  '\\bdefaults?\\s+to\\s+(?:yes|checked|on|opted[- ]in)\\b',
  '\\bautomatically\\s+(?:opted[- ]in|enrolled|subscribed|signed\\s+up)\\b',
  // "unless they untick it" implies a box ticked for them; "they can untick it later" alone does not.
  '\\b(?:unless|must|need\\s+to|have\\s+to)\\s+(?:\\w+\\s+){0,3}un(?:tick|check)',
].join('|'), 'i');

export const LINT_RULES: readonly LintRule[] = [
  {
    id: `${LINT_ID_PREFIX}freeMailContactEmail`,
    source: 'Denial reason "Unofficial business email" (AWS End User Messaging SMS registration denial reasons); '
      + 'AWS registration support guide, https://docs.aws.amazon.com/sms-voice/latest/userguide/registration-help.html',
    check: (input) => EMAIL_PATHS.flatMap((path) => {
      const email = text(input, path);
      const domain = email && freeMailDomainOf(email);
      // Only a listed public provider is named, never the address: see free-mail-domains.ts.
      return findingAt(path, !!domain, `the contact email is on the public free-mail domain ${domain}; reviewers deny registrations whose `
        + 'contact email is not on the company\'s own domain ("Unofficial business email"). Use an address on the company\'s domain');
    }),
  },
  {
    id: `${LINT_ID_PREFIX}sampleWithoutBrand`,
    source: 'AWS registration support, Opt-in requirements checklist: "Sample messages ... including brand name", '
      + 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registration-help-quickstart.html',
    check: (input) => samplePaths(input).flatMap((path) => findingAt(path, lacksBrand(input, path),
      'the sample names neither the company (companyInfo.companyName) nor the sender ID; reviewers expect each sample '
        + 'to identify the sender. Put the brand name in the message as recipients will see it')),
  },
  {
    id: `${LINT_ID_PREFIX}preselectedOptIn`,
    source: 'AWS registration support, Opt-in requirements checklist: consent "Collected with a clear, affirmative action '
      + '(not pre-checked or bundled as a condition of service)", https://docs.aws.amazon.com/sms-voice/latest/userguide/registration-help-quickstart.html',
    check: (input) => findingAt('messagingUseCase.optInDescription', PRESELECTED_CONSENT.test(text(input, 'messagingUseCase.optInDescription') ?? ''),
      'the opt-in description suggests consent is pre-selected (a box ticked by default, or opted in unless the user acts); '
        + 'reviewers deny consent that is not a clear, affirmative action. Describe an unticked box the user ticks'),
  },
  {
    id: `${LINT_ID_PREFIX}senderIdUnrelatedToCompany`,
    source: 'Sender ID description field, verbatim DescribeRegistrationFieldDefinitions (AWS blog, UK form): "If it is not obvious, explain '
      + 'the connection between your company name and this sender ID"; https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-australia.html',
    check: (input) => {
      const senderId = text(input, 'senderIdInfo.senderId');
      const company = text(input, 'companyInfo.companyName');
      if (!senderId || !company || text(input, 'senderIdInfo.senderIdDescription') || senderIdRelatesToCompany(senderId, company)) return [];
      return findingAt('senderIdInfo.senderId', true, `${quoted(senderId)} does not obviously relate to the company name, and there is no `
        + 'senderIdInfo.senderIdDescription; reviewers deny a sender ID whose connection to the company is not explained. '
        + 'Add senderIdInfo.senderIdDescription (and proof of the connection where the form has one)');
    },
  },
  {
    id: `${LINT_ID_PREFIX}websiteNotHttps`,
    source: 'AWS registration support, Opt-in requirements checklist: "Website: Live, publicly accessible, and matches your registered brand '
      + 'name", https://docs.aws.amazon.com/sms-voice/latest/userguide/registration-help-quickstart.html (https itself: reviewers\' practice)',
    check: (input) => URL_PATHS.flatMap((path) => {
      const url = text(input, path);
      return url && /^http:\/\//i.test(url.trim()) ? [{
        fieldPath: path,
        message: `${path}: the address starts with http://, not https://; reviewers must be able to open the site and check it, `
          + 'and an insecure site is a common reason for denial. Give the https:// address',
      }] : [];
    }),
  },
  {
    id: `${LINT_ID_PREFIX}sampleTooLong`,
    source: 'AWS blog "Automate sender ID registration in AWS End User Messaging" (2026-01-07), India and Indonesia config: message sample '
      + '"Maximum 306 characters"',
    check: (input) => samplePaths(input).flatMap((path) => {
      const length = [...text(input, path)!].length;
      return length > MESSAGE_SAMPLE_MAX_LENGTH ? [{
        fieldPath: path,
        message: `${path}: the sample is ${length} characters; sender ID forms take at most ${MESSAGE_SAMPLE_MAX_LENGTH}. `
          + 'Shorten it to what recipients really receive',
      }] : [];
    }),
  },
];

/** Every lint finding for one registration, with the id of the rule that found it. */
export function lintRegistration(input: LintInput): Array<LintFinding & { readonly id: string }> {
  return [...LINT_RULES, ...formRules(input.registrationType)?.lintRules ?? [], ...TRANSACTIONAL_ONLY_RULES]
    .flatMap((rule) => rule.check(input).map((finding) => ({ id: rule.id, ...finding })));
}
