import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { reviewOf, synthStage } from '../../../test/review/helpers';
import { renderMarkdown } from '../../../tools/review/render-markdown';
import { buildReview } from '../../../tools/review/review';
import { createExampleStacks } from '../example-stacks';
import { suppressInherentFindings } from '../nag-suppressions';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const context = require('../../../cdk.json').context;
const GOLDEN = path.join(__dirname, '__golden__', 'example-app.md');

/** The example app as app.ts builds it (cdk-nag included, since its warnings would reach the report). */
function exampleApp(stage: string, revision: number) {
  return synthStage(stage, (app: App) => {
    const { india, indonesia } = createExampleStacks(app, stage, revision);
    [india, indonesia].forEach(suppressInherentFindings);
    Aspects.of(app).add(new AwsSolutionsChecks());
  }, context);
}

const stages = Object.keys(context.stages);
// The pull request of `npm start`'s second act: revision 2 raises India's monthly volume.
const review = buildReview({
  base: stages.map((s) => exampleApp(s, 1)),
  head: stages.map((s) => exampleApp(s, 2)),
  baseLabel: 'main',
});
const markdown = renderMarkdown(review);

test('the example app\'s review matches the golden file (UPDATE_GOLDEN=1 npx jest examples/demo-app/test/example-app-review rewrites it)', () => {
  if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(GOLDEN, markdown);
  expect(markdown).toBe(fs.readFileSync(GOLDEN, 'utf8'));
});

test('raising India\'s monthly volume resubmits India in every stage and leaves Indonesia and Australia untouched', () => {
  for (const stage of review.stages) {
    const [india, ...others] = ['India', 'Indonesia', 'Australia'].map((country) => stage.registrations.find((r) => r.key.includes(`-${country}-`))!);
    expect(india.consequence!.kind).toBe('new-version');
    expect(india.changes!.map((c) => [c.path, c.before, c.after])).toEqual([['messagingUseCase.monthlyMessageVolume', '10,000', '100,000']]);
    for (const other of others) expect(other.consequence!.kind).toBe('nothing');
  }
});

test('each Indonesian document is listed with its file, its size from the assembly and its sha256', () => {
  const indonesia = reviewOf(review, 'DemoIdIndonesiaSenderId', 'prod');
  const npwp = fs.readFileSync(path.join(__dirname, '..', '..', 'documents', 'npwp.png'));
  expect(indonesia.registration.attachmentSizes['idSidSpecificInfo.nomorPokokWajibPajakDocument']).toBe(npwp.length);
  expect(markdown).toMatch(new RegExp(`\\| NPWP \\(tax ID\\) document \`idSidSpecificInfo.nomorPokokWajibPajakDocument\` \\| \`npwp.png\` \\| ${npwp.length} bytes \\| \`[0-9a-f]{64}\` \\|`));
});
