import { Stack } from 'aws-cdk-lib';
import { Attachment, RegistrationForm, RegistrationRemovalPolicy, SenderIdRegistration, SenderIdRegistrationProps } from '../../lib';
import { renderMarkdown } from '../../tools/review/render-markdown';
import { buildReview } from '../../tools/review/review';
import { doc, sharedProps } from '../countries/support';
import { reviewOf, synthStage } from './helpers';

// Austria's form cannot be amended once submitted: its data (lib/core/forms/austria) says what a change costs.
const ENV = { account: '123456789012', region: 'eu-central-1' };

function austria(senderId: string, description: string, removalPolicy = RegistrationRemovalPolicy.RETAIN): SenderIdRegistrationProps {
  return {
    ...sharedProps('AT'),
    form: RegistrationForm.austria({
      senderIdDescription: description,
      registeredAddress: 'Beispielgasse 1, 1010 Wien',
      letterOfAuthorization: Attachment.fromFile(doc('loa-ioh.pdf')),
    }),
    senderId,
    removalPolicy,
  };
}

const BEFORE = 'Demo Brand is the trading name of Demo Brand Ltd.';
const AFTER = 'Demo Brand is the shop name of Demo Brand Ltd.';

const base = synthStage('dev', (app) => {
  const stack = new Stack(app, 'Austrian', { env: ENV });
  new SenderIdRegistration(stack, 'ChangedDestroy', austria('Demo One', BEFORE, RegistrationRemovalPolicy.DESTROY));
  new SenderIdRegistration(stack, 'ChangedRetain', austria('Demo Two', BEFORE));
  new SenderIdRegistration(stack, 'GoneDestroy', austria('Demo Three', BEFORE, RegistrationRemovalPolicy.DESTROY));
  new SenderIdRegistration(stack, 'GoneRetain', austria('Demo Four', BEFORE));
});

const head = synthStage('dev', (app) => {
  const stack = new Stack(app, 'Austrian', { env: ENV });
  new SenderIdRegistration(stack, 'ChangedDestroy', austria('Demo One', AFTER, RegistrationRemovalPolicy.DESTROY));
  new SenderIdRegistration(stack, 'ChangedRetain', austria('Demo Two', AFTER));
});

const review = buildReview({ head: [head], base: [base], baseLabel: 'main' });
const markdown = renderMarkdown(review);
const row = (senderId: string) => markdown.split('\n').find((l) => l.startsWith('| dev |') && l.includes(`| \`${senderId}\` |`));

describe('a change to a registration whose form cannot be amended once submitted (Austria)', () => {
  test('a changed field is a new registration with its 14-day activation, not a new version', () => {
    const r = reviewOf(review, 'ChangedRetain');
    expect(r.consequence!.kind).toBe('replaced-unamendable');
    expect(r.consequence!.summary).toMatch(/brand-new registration is created and submitted.*cannot be amended.*fee.*14-day activation period/);
    expect(r.consequence!.summary).toMatch(/old registration is kept until the new one is COMPLETE.*keeps it in AWS.*RETAIN/);
    expect(r.consequence!.summary).not.toMatch(/30 days/);
    expect(row('Demo Two')).toMatch(/new registration \(new fee\), the submitted form cannot be amended\*\*; 14-day activation period \|$/);
  });

  test('with removal policy DESTROY, the replacement also says the old sender ID cannot be registered again for 30 days', () => {
    const r = reviewOf(review, 'ChangedDestroy');
    expect(r.consequence!.kind).toBe('replaced-unamendable');
    expect(r.consequence!.summary).toMatch(/deletes it \(removal policy DESTROY\): the sender ID cannot be registered again for 30 days/);
    expect(row('Demo One')).toMatch(/14-day activation period; the sender ID cannot be registered again for 30 days after it is deleted \|$/);
  });

  test('a removal says the re-registration block: now when it is deleted, and as what a later deletion costs when it is retained', () => {
    const destroyed = reviewOf(review, 'GoneDestroy');
    expect(destroyed.consequence!.kind).toBe('removed-deleted');
    expect(destroyed.consequence!.summary).toMatch(/is deleted .*: the sender ID cannot be registered again for 30 days/);
    expect(row('Demo Three')).toMatch(/\*\*deleted\*\*; the sender ID cannot be registered again for 30 days/);

    const retained = reviewOf(review, 'GoneRetain');
    expect(retained.consequence!.kind).toBe('removed-retained');
    expect(retained.consequence!.summary).toMatch(/kept in AWS.*RETAIN.*should it be deleted later, the sender ID cannot be registered again for 30 days/);
  });
});
