import { choicesOf } from '../../lint/field-values';
import { LINT_ID_PREFIX } from '../../lint/lint-id';
import type { LintRule } from '../../lint/lint-rule';

/** What India's reviewers deny although the form accepts it; the lint engine applies these to the India form only. */
export const INDIA_LINT_RULES: readonly LintRule[] = [
  {
    id: `${LINT_ID_PREFIX}promotionalUseCaseInIndia`,
    source: 'AWS blog "Automate sender ID registration in AWS End User Messaging" (2026-01-07): "India does not support \'Promotions and '
      + 'marketing\'"; India docs: promotional sender IDs go through a Support case, '
      + 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-sms-senderid-india.html',
    check: (input) => {
      const path = 'messagingUseCase.useCaseCategory';
      return choicesOf(input, path).includes('Promotions and marketing') ? [{
        fieldPath: path,
        message: `${path}: "Promotions and marketing" is not accepted for ${input.registrationType}: the India form registers `
          + 'transactional sender IDs; promotional ones are requested through an AWS Support case',
      }] : [];
    },
  },
];
