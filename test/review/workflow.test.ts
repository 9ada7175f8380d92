import * as fs from 'fs';
import * as path from 'path';

// js-yaml is in node_modules through eslint and jest; its 3.x and 4.x both parse with load().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml: { load(text: string): unknown } = require('js-yaml');

interface Step { readonly run?: string; readonly uses?: string; readonly with?: Record<string, unknown>; readonly if?: string }
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, { readonly steps: Step[] }>;
}

const workflow = yaml.load(fs.readFileSync(path.join(__dirname, '..', '..', '.github', 'workflows', 'registrations.yml'), 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const runs = steps.map((s) => s.run ?? '');
const indexOf = (command: RegExp) => runs.findIndex((r) => command.test(r));

test('the workflow runs on pull requests and may comment on them', () => {
  expect(Object.keys(workflow.on)).toEqual(['pull_request']);
  expect(workflow.permissions['pull-requests']).toBe('write');
  // The base branch must be fetched for `--base origin/<base>`.
  expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const stages = Object.keys(require('../../cdk.json').context.stages);

test('it installs, tests, synthesizes every stage of cdk.json, then reviews against the base branch and posts the report', () => {
  const order = [/^npm ci$/, /^npm test$/, /^npm run build:package$/, ...stages.map((s) => new RegExp(`npx cdk synth -c stage=${s}\\b`)),
    /^npx sender-id-registration review --base "origin\/\$BASE_REF" .*--out review\.md$/, /gh pr comment .*--body-file review\.md/].map(indexOf);
  expect(order.every((i) => i >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});

test('the review is the packaged CLI, as in a user\'s app, and covers every stage of cdk.json', () => {
  const review = runs[indexOf(/sender-id-registration review/)];
  expect(runs.some((r) => /npm run review/.test(r))).toBe(false);
  for (const stage of stages) expect(review).toContain(`--stage ${stage}`);
});

test('the review still runs, and is posted, when a stage fails synth, so the comment says what is refused', () => {
  const review = steps[indexOf(/sender-id-registration review/)];
  const comment = steps[indexOf(/gh pr comment/)];
  expect(review.if).toMatch(/!cancelled\(\)/);
  expect(comment.if).toMatch(/!cancelled\(\)/);
});
