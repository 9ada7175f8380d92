import { Stack, Tags } from 'aws-cdk-lib';
import { MonthlyMessageVolume, RegistrationForm, RegistrationRemovalPolicy, SenderIdRegistration } from '../../lib';
import { code } from '../../tools/review/markdown-text';
import { renderMarkdown } from '../../tools/review/render-markdown';
import { buildReview } from '../../tools/review/review';
import { COMMON, indiaProps } from '../construct/fixtures';
import { reviewOf, synthStage } from './helpers';

// One base and one head app hold every case, so the whole file costs two synths (plus one for refusal).
const ENV = { account: '123456789012', region: 'ap-south-1' };
const volume = (monthlyVolume: MonthlyMessageVolume) => ({ useCase: { ...COMMON.useCase, monthlyVolume } });

const base = synthStage('dev', (app) => {
  const stack = new Stack(app, 'Reviewed', { env: ENV });
  new SenderIdRegistration(stack, 'Unchanged', indiaProps({ senderId: 'SAMEID' }));
  new SenderIdRegistration(stack, 'TagsOnly', indiaProps({ senderId: 'TAGGED' }));
  new SenderIdRegistration(stack, 'FieldChanged', indiaProps({ senderId: 'VOLUME', ...volume(MonthlyMessageVolume.UP_TO_1_000) }));
  new SenderIdRegistration(stack, 'TypeChanged', indiaProps({ senderId: 'RETYPE' }));
  new SenderIdRegistration(stack, 'GoneRetained', indiaProps({ senderId: 'KEEPME' }));
  new SenderIdRegistration(stack, 'GoneDestroyed', indiaProps({ senderId: 'DELETE', removalPolicy: RegistrationRemovalPolicy.DESTROY }));
});

const head = synthStage('dev', (app) => {
  const stack = new Stack(app, 'Reviewed', { env: ENV });
  new SenderIdRegistration(stack, 'Unchanged', indiaProps({ senderId: 'SAMEID' }));
  Tags.of(new SenderIdRegistration(stack, 'TagsOnly', indiaProps({ senderId: 'TAGGED' }))).add('team', 'messaging');
  new SenderIdRegistration(stack, 'FieldChanged', indiaProps({ senderId: 'VOLUME', ...volume(MonthlyMessageVolume.UP_TO_10_000) }));
  new SenderIdRegistration(stack, 'TypeChanged', { ...COMMON, form: RegistrationForm.other('MY_SENDER_ID_REGISTRATION'), senderId: 'RETYPE' });
  new SenderIdRegistration(stack, 'Added', indiaProps({ senderId: 'NEWONE' }));
});

const review = buildReview({ head: [head], base: [base], baseLabel: 'main' });
const markdown = renderMarkdown(review);

describe('what deploying a change does, per registration', () => {
  test('no change: nothing happens and the diff is empty', () => {
    const r = reviewOf(review, 'Unchanged');
    expect(r.changes).toEqual([]);
    expect(r.consequence!.kind).toBe('nothing');
  });

  test('tags only: the tag is listed and no version or review follows', () => {
    const r = reviewOf(review, 'TagsOnly');
    expect(r.changes).toEqual([{ kind: 'added', label: 'Tag team', path: 'Tags.team', after: 'messaging' }]);
    expect(r.consequence!.kind).toBe('tags-only');
  });

  test('a changed field: before and after with its form title, and a new version resubmitted for review', () => {
    const r = reviewOf(review, 'FieldChanged');
    expect(r.changes).toEqual([{
      kind: 'changed', label: 'Monthly SMS volume', path: 'messagingUseCase.monthlyMessageVolume', before: '1,000', after: '10,000',
    }]);
    expect(r.consequence!.kind).toBe('new-version');
    expect(r.consequence!.summary).toMatch(/submitted for review.*2–4 weeks/);
  });

  test('a changed registration type: a brand-new registration with a new fee, and the old one retained', () => {
    const r = reviewOf(review, 'TypeChanged');
    expect(r.changes).toContainEqual(expect.objectContaining({
      kind: 'changed', path: 'RegistrationType', before: 'IN_SENDER_ID_REGISTRATION', after: 'MY_SENDER_ID_REGISTRATION',
    }));
    // Fields only the old form has keep the old form's titles.
    expect(r.changes).toContainEqual(expect.objectContaining({
      kind: 'removed', label: 'Principal Entity ID (PEID)', path: 'inSidSpecificInfo.principalEntityId',
    }));
    expect(r.consequence!.kind).toBe('replaced');
    expect(r.consequence!.summary).toMatch(/brand-new MY_SENDER_ID_REGISTRATION.*fee.*old IN_SENDER_ID_REGISTRATION registration then leaves the stack and is kept in AWS/);
  });

  test('a new registration: created and submitted, with a new fee', () => {
    const r = reviewOf(review, 'Added');
    expect(r.consequence!.kind).toBe('new-registration');
    expect(r.consequence!.summary).toMatch(/brand-new registration.*submitted.*non-refundable fee/);
  });

  test('a removed registration follows its removal policy: RETAIN keeps it, DESTROY deletes it', () => {
    const retained = reviewOf(review, 'GoneRetained');
    const destroyed = reviewOf(review, 'GoneDestroyed');
    expect([retained.removed, destroyed.removed]).toEqual([true, true]);
    expect(retained.consequence!.kind).toBe('removed-retained');
    expect(retained.consequence!.summary).toMatch(/kept in AWS.*RETAIN/);
    expect(destroyed.consequence!.kind).toBe('removed-deleted');
    expect(destroyed.consequence!.summary).toMatch(/deleted.*DESTROY/);
  });

  test('the summary table gives each registration its consequence, and synth warnings are shown as synth said them', () => {
    const row = (senderId: string) => markdown.split('\n').find((l) => l.startsWith('| dev |') && l.includes(`| \`${senderId}\` |`));
    expect(row('SAMEID')).toMatch(/\| nothing \|$/);
    expect(row('TAGGED')).toMatch(/\| tags only \|$/);
    expect(row('VOLUME')).toMatch(/new version → review/);
    expect(row('RETYPE')).toMatch(/new registration \(new fee\), type changed/);
    expect(row('NEWONE')).toMatch(/new registration \(new fee\)/);
    expect(row('KEEPME')).toMatch(/removed from stack \(retained\)/);
    expect(row('DELETE')).toMatch(/\*\*deleted\*\*/);
    const [warning] = reviewOf(review, 'TypeChanged').registration.warnings;
    expect(warning).toMatch(/^MY_SENDER_ID_REGISTRATION is not in the bundled definitions catalog/);
    expect(markdown).toContain(`- ${code(warning)}`);
  });
});

describe('a change that fails validation', () => {
  const invalidHead = synthStage('dev', (app) => {
    const stack = new Stack(app, 'Reviewed', { env: ENV });
    new SenderIdRegistration(stack, 'Unchanged', indiaProps({ senderId: 'DEMO-1' }));
  });
  const refused = buildReview({ head: [invalidHead], base: [base], baseLabel: 'main' });

  test('is refused with the validation message, and the stage says nothing of it can be deployed', () => {
    const r = reviewOf(refused, 'Unchanged');
    expect(r.consequence!.kind).toBe('refused');
    expect(r.consequence!.reasons).toEqual([expect.stringMatching(/^senderIdInfo\.senderId \("Sender ID"\): "DEMO-1" must match/)]);
    const md = renderMarkdown(refused);
    expect(md).toContain('**Synth fails for stage dev: nothing of it can be deployed until these are fixed.**');
    expect(md).toContain('- `Reviewed/Unchanged`: `senderIdInfo.senderId ("Sender ID"): "DEMO-1" must match');
  });

  test('registrations the failing stage still holds are not reported as removed', () => {
    const others = refused.stages[0].registrations.filter((r) => !r.registration.logicalId.startsWith('Unchanged'));
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((r) => r.consequence!.kind === 'refused' && !r.removed)).toBe(true);
  });
});

test('a base that does not synthesize is said so, rather than silently showing every registration as new', () => {
  const brokenBase = { stage: 'dev', registrations: [], failure: { errors: [{ message: 'synth failed' }] } };
  const md = renderMarkdown(buildReview({ head: [head], base: [brokenBase], baseLabel: 'main' }));
  expect(md).toContain('The base does not synthesize for stage dev: its registrations there are compared with nothing and shown as new.');
});
