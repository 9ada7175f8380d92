import { FORMS } from '../forms';
import { TransactionalOnly } from '../forms/form-rules';
import { LINT_ID_PREFIX } from './lint-id';
import type { LintFinding, LintInput, LintRule } from './lint-rule';

/**
 * Countries whose sender ID forms accept transactional traffic only (their folders' `transactionalOnly`): each form asks
 * the requester to acknowledge that the sender ID sends transactional messages only, and promotional content is refused.
 * Two rules per country: the acknowledgement is missing, and the use case or a message sample is promotional.
 */

/** A transactional-only form's facts (its folder's `transactionalOnly`) with its type. */
interface TransactionalOnlyCountry extends TransactionalOnly {
  readonly registrationType: string;
}

const COUNTRIES: readonly TransactionalOnlyCountry[] = FORMS.flatMap((form) => (
  form.transactionalOnly ? [{ registrationType: form.registrationType, ...form.transactionalOnly }] : []));

const USE_CASE_PATH = 'messagingUseCase.useCaseCategory';
const SAMPLE_PATH = /^messageSamples\.messageSample\d+$/;

/** Wording that sells rather than informs; kept to unmistakable phrases so an order or passcode message never trips it. */
const PROMOTIONAL_WORDING = new RegExp([
  '\\b\\d{1,2}\\s?%\\s?off\\b', '\\bdiscount', '\\bon sale\\b', '\\bsale (?:ends|now)\\b', '\\bpromo(?:tion(?:al)?)?\\s+code\\b',
  '\\bcoupon', '\\bvoucher', '\\bspecial offer', '\\blimited[- ]time\\b', '\\b(?:buy|shop|order) now\\b', '\\bfree gift\\b',
].join('|'), 'i');

/**
 * True when a field about transactional content (the catalog's path, or the live form's if it differs) has a value other
 * than "No": the options are not published in English, so any other choice is taken as the acknowledgement.
 */
function hasAcknowledgement(input: LintInput, country: TransactionalOnlyCountry): boolean {
  return Object.entries(input.fields).some(([path, value]) => (path === country.acknowledgementPath || /transactional/i.test(path))
    && [value].flat().some((v) => v.trim() !== '' && !/^no$/i.test(v.trim())));
}

function acknowledgementRule(country: TransactionalOnlyCountry): LintRule {
  return {
    id: `${LINT_ID_PREFIX}${country.idWord}TransactionalContentAcknowledgement`,
    source: `${country.page}: "Acknowledgement of transactional content": promotional content is not allowed for its sender IDs; `
      + 'the requester acknowledges that the sender ID will be used only to send transactional messages',
    check: (input) => (input.registrationType !== country.registrationType || hasAcknowledgement(input, country) ? [] : [{
      fieldPath: country.acknowledgementPath,
      message: `${country.acknowledgementPath}: the form for ${country.name} asks you to acknowledge that this sender ID sends transactional `
        + 'messages only ("Acknowledgement of transactional content"); a registration without it is denied. Give it with additionalFields. '
        + 'No public source confirms this path: sync the live form (definitions sync) to check it, and use the live path if it differs',
    }]),
  };
}

function promotionalFindings(input: LintInput, country: TransactionalOnlyCountry): LintFinding[] {
  const categories = input.fields[USE_CASE_PATH];
  const promotionalCategories = (Array.isArray(categories) ? categories : []).filter((c) => /promotion|marketing/i.test(c));
  const findings: LintFinding[] = promotionalCategories.map((category) => ({
    fieldPath: USE_CASE_PATH,
    message: `${USE_CASE_PATH}: ${JSON.stringify(category)} is promotional, and ${country.name} accepts transactional sender IDs only; `
      + 'reviewers deny it. Choose the transactional category the messages really serve',
  }));
  for (const [path, value] of Object.entries(input.fields).filter(([p]) => SAMPLE_PATH.test(p)).sort(([a], [b]) => a.localeCompare(b))) {
    const match = typeof value === 'string' ? PROMOTIONAL_WORDING.exec(value) : null;
    // Only the matched wording is quoted: a sample may hold a name or a number.
    if (match) {
      findings.push({
        fieldPath: path,
        message: `${path}: the sample reads as promotional (${JSON.stringify(match[0])}), and ${country.name} accepts transactional sender `
          + 'IDs only; reviewers deny promotional samples. Give samples of the transactional messages you will send',
      });
    }
  }
  return findings;
}

function promotionalRule(country: TransactionalOnlyCountry): LintRule {
  return {
    id: `${LINT_ID_PREFIX}${country.idWord}PromotionalContent`,
    source: `${country.page}: "Acknowledgement of transactional content": promotional content is not allowed for its sender IDs`,
    check: (input) => (input.registrationType === country.registrationType ? promotionalFindings(input, country) : []),
  };
}

export const TRANSACTIONAL_ONLY_RULES: readonly LintRule[] = COUNTRIES.flatMap((country) => [acknowledgementRule(country), promotionalRule(country)]);
