import { App, Stack } from 'aws-cdk-lib';
import { SenderIdRegistration } from '../../lib';
import { renderMarkdown } from '../../tools/review/render-markdown';
import { buildReview } from '../../tools/review/review';
import { indiaProps } from '../construct/fixtures';
import { reviewOf, synthStage } from './helpers';

// Recognizable personal values, planted in the base and (changed) in the head of a pull request.
const BEFORE = {
  email: 'planted.person@private-mail.test', phone: '+919812345678', line1: '42 Plantedsecret Lane', city: 'Plantedville', taxId: 'PLANTEDTAX12345',
};
const AFTER = {
  email: 'other.planted@private-mail.test', phone: '+919887766554', line1: '7 Hiddenplanted Road', city: 'Secrettown', taxId: 'PLANTEDTAX67890',
};

function registration(values: typeof BEFORE, taxId = values.taxId) {
  return (app: App) => {
    const stack = new Stack(app, 'Personal', { env: { account: '123456789012', region: 'ap-south-1' } });
    new SenderIdRegistration(stack, 'Planted', indiaProps({
      company: { legalName: 'Demo Company', registrationNumber: taxId, website: 'https://example.com', areaOfBusiness: indiaProps().company.areaOfBusiness },
      address: { line1: values.line1, city: values.city, isoCountryCode: 'IN' },
      contact: { email: values.email, phone: values.phone },
    }));
  };
}

const planted = [...Object.values(BEFORE), ...Object.values(AFTER), 'planted@@invalid'];

function expectNoPlantedValue(markdown: string) {
  for (const value of planted) expect(markdown).not.toContain(value);
  // Nor a recognizable part of one (the local part of an email, the digits of a phone number).
  expect(markdown).not.toMatch(/planted\.person|other\.planted|9812345678|9887766554|Plantedsecret|Plantedville|Secrettown|PLANTEDTAX/);
}

describe('personal data never appears in the review', () => {
  const base = synthStage('dev', registration(BEFORE));

  test('neither in the listing of fields nor in the diff of changed values', () => {
    const review = buildReview({ head: [synthStage('dev', registration(AFTER))], base: [base], baseLabel: 'main' });
    const markdown = renderMarkdown(review);

    expectNoPlantedValue(markdown);
    // The reviewer still learns which personal fields changed, and how long the declared values are.
    const changed = reviewOf(review, 'Planted').changes!.filter((c) => c.hidden).map((c) => c.path);
    expect(changed).toEqual([
      'companyInfo.companyId', 'companyAddress.address1', 'companyAddress.city', 'contactInfo.emailAddress', 'contactInfo.phoneNumber',
    ]);
    expect(markdown).toContain('| changed | Contact email `contactInfo.emailAddress` | hidden (personal data) | hidden (personal data) |');
    expect(markdown).toContain(`| Contact email \`contactInfo.emailAddress\` | (hidden personal data, ${AFTER.email.length} characters) |`);
  });

  test('nor in the reasons a change is refused', () => {
    const review = buildReview({ head: [synthStage('dev', registration(AFTER, 'planted@@invalid'))], base: [base], baseLabel: 'main' });
    const markdown = renderMarkdown(review);

    expect(reviewOf(review, 'Planted').consequence!.kind).toBe('refused');
    // A sourced rule (the company id's pattern) refuses, with the value hidden.
    expect(markdown).toMatch(/companyInfo\.companyId \([^)]*\): \(hidden personal data, 16 characters\) must match/);
    expectNoPlantedValue(markdown);
  });
});
