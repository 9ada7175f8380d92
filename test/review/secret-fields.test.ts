import { App, Stack } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { SecretText, SenderIdRegistration } from '../../lib';
import { renderMarkdown } from '../../tools/review/render-markdown';
import { buildReview } from '../../tools/review/review';
import { indiaProps } from '../construct/fixtures';
import { reviewOf, synthStage } from './helpers';

// A value from a secret is reviewed by its reference: which secret, key and version. The review never reads
// the secret, so a new reference is a changed field whose value the handler writes only if it differs.
const V1 = 'a1b2c3d4-0000-4000-8000-000000000001';
const V2 = 'a1b2c3d4-0000-4000-8000-000000000002';

function registration(email: { versionId: string } | string) {
  return (app: App) => {
    const stack = new Stack(app, 'Secrets', { env: { account: '123456789012', region: 'ap-south-1' } });
    const secret = secretsmanager.Secret.fromSecretNameV2(stack, 'EndBusiness', 'end-businesses/demo-co');
    new SenderIdRegistration(stack, 'India', indiaProps({
      contact: {
        email: typeof email === 'string' ? email : SecretText.fromSecret(secret, { jsonField: 'email', versionId: email.versionId }),
        phone: SecretText.fromSecret(secret, { jsonField: 'phone' }),
      },
    }));
  };
}

const base = synthStage('dev', registration({ versionId: V1 }));

test('the listing shows a secret-backed field by where it comes from', () => {
  const markdown = renderMarkdown(buildReview({ head: [base], base: [base], baseLabel: 'main' }));
  expect(markdown).toContain('| Contact phone number `contactInfo.phoneNumber` | `from secret end-businesses/demo-co key "phone" (stage AWSCURRENT)` |');
});

test('a new version reference is a changed field, shown old → new, with the consequence of a changed field', () => {
  const review = buildReview({ head: [synthStage('dev', registration({ versionId: V2 }))], base: [base], baseLabel: 'main' });
  const india = reviewOf(review, 'India');

  expect(india.changes).toEqual([{
    kind: 'changed', label: 'Contact email', path: 'contactInfo.emailAddress',
    before: `from secret end-businesses/demo-co key "email" (version ${V1})`,
    after: `from secret end-businesses/demo-co key "email" (version ${V2})`,
  }]);
  expect(india.consequence!.kind).toBe('new-version');
});

test('the same references are no change; a value moved into a secret shows the old value hidden, the new one by its secret', () => {
  expect(reviewOf(buildReview({ head: [base], base: [base], baseLabel: 'main' }), 'India').consequence!.kind).toBe('nothing');

  const plain = synthStage('dev', registration('planted-plain-4b1c@example.com'));
  const review = buildReview({ head: [base], base: [plain], baseLabel: 'main' });
  const markdown = renderMarkdown(review);
  expect(reviewOf(review, 'India').changes!.find((c) => c.path === 'contactInfo.emailAddress')).toEqual({
    kind: 'changed', label: 'Contact email', path: 'contactInfo.emailAddress',
    before: '(hidden personal data, 30 characters)', after: `from secret end-businesses/demo-co key "email" (version ${V1})`,
  });
  expect(markdown).not.toContain('planted-plain-4b1c');
});
