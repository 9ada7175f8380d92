import * as fs from 'fs';
import { Stack } from 'aws-cdk-lib';
import { SenderIdRegistration, SenderIdRegistrationFleet } from '../../lib';
import { fleetSummaries } from '../../tools/review/fleet-summary';
import { renderMarkdown } from '../../tools/review/render-markdown';
import { buildReview } from '../../tools/review/review';
import { indiaProps } from '../construct/fixtures';
import { synthStage } from '../review/helpers';
import { indiaRecord, recordsFolder } from './fleet-fixtures';

const ENV = { account: '123456789012', region: 'ap-south-1' };

/** A fleet of India records in two stacks, as `fleet place` would lock them, beside a registration of no fleet. */
function fleetStage(records: Record<string, object>, stackOf: Record<string, number>) {
  const placement = { requestsPerSecond: 1, safetyMargin: 0.25, stackCount: 2, records: stackOf };
  const folder = recordsFolder({ ...Object.fromEntries(Object.entries(records).map(([n, r]) => [`${n}.json`, r])), 'placement.json': placement });
  try {
    return synthStage('dev', (app) => {
      new SenderIdRegistrationFleet(app, 'IsvFleet', { recordsFolder: folder, stackProps: { env: ENV } });
      new SenderIdRegistration(new Stack(app, 'Standalone', { env: ENV }), 'NotInAFleet', indiaProps({ senderId: 'ALONE' }));
    });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const changedUseCase = { useCase: { ...(indiaRecord().useCase as object), description: 'One-time passcodes for the new app.' } };
const base = fleetStage(
  { 'acme': indiaRecord({ senderId: 'ACMEIN' }), 'globex': indiaRecord({ senderId: 'GLOBEX' }), 'gone': indiaRecord({ senderId: 'GONEID' }),
    'initech': indiaRecord({ senderId: 'INITEC' }) },
  { acme: 1, globex: 1, gone: 2, initech: 2 },
);
const head = fleetStage(
  { 'acme': indiaRecord({ senderId: 'ACMEIN' }), 'globex': indiaRecord({ senderId: 'GLOBEX', ...changedUseCase }),
    'initech': indiaRecord({ senderId: 'INITEC' }), 'newco': indiaRecord({ senderId: 'NEWCO' }) },
  { acme: 1, globex: 1, initech: 2, newco: 2 },
);

describe('the review summarizes a fleet before its registrations', () => {
  test('each registration of the fleet names its fleet, stack and record; others none', () => {
    expect(head.failure).toBeUndefined();
    const acme = head.registrations.find((r) => r.fleetRecord?.record === 'acme');
    expect(acme?.fleetRecord).toEqual({ fleet: 'IsvFleet', stackNumber: 1, record: 'acme' });
    expect(head.registrations.find((r) => r.stackName === 'Standalone')?.fleetRecord).toBeUndefined();
  });

  test('with a base: one added, one removed, one changed, the rest unchanged, per stack and by name', () => {
    const review = buildReview({ head: [head], base: [base], baseLabel: 'main' });
    const [summary] = fleetSummaries(review.stages[0], true);
    expect(summary.records).toEqual({ added: ['newco'], removed: ['gone'], changed: ['globex'], unchanged: ['acme', 'initech'] });
    expect(summary.stacks).toEqual([
      { stackName: 'IsvFleet-1', stackNumber: 1, records: 2, byChange: { added: 0, removed: 0, changed: 1, unchanged: 1 } },
      { stackName: 'IsvFleet-2', stackNumber: 2, records: 2, byChange: { added: 1, removed: 1, changed: 0, unchanged: 1 } },
    ]);

    const markdown = renderMarkdown(review);
    const fleetAt = markdown.indexOf('## Fleet `IsvFleet` · stage dev');
    expect(fleetAt).toBeGreaterThan(-1);
    expect(fleetAt).toBeLessThan(markdown.indexOf('| Stage | Registration |'));
    expect(markdown).toContain('4 records: 1 added, 1 removed, 1 changed, 2 unchanged.');
    expect(markdown).toContain('| `IsvFleet-2` | 2 | 1 | 1 | 0 | 1 |');
    expect(markdown).toContain('**Added:** `newco`');
    expect(markdown).toContain('**Removed:** `gone`');
    expect(markdown).toContain('**Changed:** `globex`');
    // Personal data stays hidden in the summary as everywhere else.
    expect(markdown).not.toContain('sms-registrations@example.com');
  });

  test('without a base: the record count per stack', () => {
    const markdown = renderMarkdown(buildReview({ head: [head] }));
    expect(markdown).toContain('4 records in 2 stacks.');
    expect(markdown).toContain('| `IsvFleet-1` | 2 |');
    expect(markdown).not.toContain('added,');
  });

  test('an app without a fleet gets no fleet section', () => {
    const plain = synthStage('dev', (app) => {
      new SenderIdRegistration(new Stack(app, 'Standalone', { env: ENV }), 'NotInAFleet', indiaProps({ senderId: 'ALONE' }));
    });
    expect(renderMarkdown(buildReview({ head: [plain], base: [plain], baseLabel: 'main' }))).not.toContain('## Fleet');
  });
});
