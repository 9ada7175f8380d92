import * as fs from 'fs';
import * as path from 'path';
import { App, CfnResource, Stack } from 'aws-cdk-lib';
import { SenderIdRegistration } from '../../lib';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, startHandlerAgainstRegistrar, writeCalls } from '../support/local-registrar';
import { BAD_INPUT_CASES, BadInputCase } from './cases';

/**
 * Bad input never reaches AWS. Each case names the exact field path and rule in its message; where
 * the handler can see the mistake (a field value), its Create is run with the same resource
 * properties against the local registrar, which serves the bundled catalog as the live definitions,
 * and must refuse before any write.
 */

let registrar: RunningRegistrar;
beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar();
});
afterAll(async () => registrar.close());
beforeEach(() => registrar.admin.reset());

const REGISTRATION = 'Registration';

function build(badCase: BadInputCase, index: number): { app: App; stack: Stack; registration: SenderIdRegistration } {
  const app = new App();
  const stack = new Stack(app, `BadInput${index}`, { env: { account: '123456789012', region: badCase.region ?? 'ap-south-1' } });
  const registration = new SenderIdRegistration(stack, REGISTRATION, badCase.props(stack));
  return { app, stack, registration };
}

/** The message that names the case's field, checked for its rule (and for personal data it must not show). */
function expectNamed(messages: readonly string[], badCase: BadInputCase, rule = badCase.rule): void {
  const named = messages.filter((m) => m.startsWith(`${badCase.fieldPath}: `) || m.startsWith(`${badCase.fieldPath} (`));
  expect(named).toEqual(expect.arrayContaining([expect.stringMatching(rule)]));
  if (badCase.hidden) expect(messages.join('\n')).not.toContain(badCase.hidden);
}

/** The synth error, one problem per line ("[path] message"), and proof that no template was written. */
function synthFailure(app: App, stack: Stack): string[] {
  let error: Error | undefined;
  try {
    app.synth();
  } catch (e) {
    error = e as Error;
  }
  expect(error?.message).toMatch(/Validation failed/);
  expect(fs.existsSync(path.join(app.outdir, `${stack.artifactId}.template.json`))).toBe(false);
  const prefix = `[${stack.node.path}/${REGISTRATION}] `;
  return error!.message.split('\n').map((l) => l.trim()).filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
}

/** The resource properties as CloudFormation delivers them to the handler: resolved, scalars as strings. */
function deliveredProperties(stack: Stack, registration: SenderIdRegistration): Record<string, unknown> {
  const cfn = registration.node.findChild('Resource').node.defaultChild as CfnResource;
  const template = stack.resolve((cfn as unknown as { _toCloudFormation(): object })._toCloudFormation()) as { Resources: Record<string, any> };
  const { ServiceToken: _serviceToken, ...properties } = Object.values(template.Resources)[0].Properties;
  // An asset's S3 URL is an Fn::Join until deploy; CloudFormation hands the handler the joined string.
  for (const attachment of Object.values(properties.Attachments ?? {}) as any[]) attachment.S3Url = `s3://test-assets/${attachment.FileName}`;
  return JSON.parse(JSON.stringify(properties, (_key, value) => (typeof value === 'boolean' ? String(value) : value)));
}

async function handlerRefusal(properties: Record<string, unknown>): Promise<string[]> {
  const error: Error = await runCustomResource(buildEvent({ LogicalResourceId: REGISTRATION, ResourceProperties: properties })).then(
    () => { throw new Error('the handler accepted bad input'); }, (e) => e);
  expect(error.message).toMatch(/nothing was created or changed/);
  // It asked the (local) service for the live definitions, and wrote nothing.
  expect(registrar.admin.callLog().map((c) => c.operation)).toContain('DescribeRegistrationFieldDefinitions');
  expect(writeCalls(registrar)).toEqual([]);
  return error.message.split('\n').map((l) => l.replace(/^ {2}- /, ''));
}

/** A case synth accepts, warning with its field: its warnings, and the handler's refusal of what the stack delivers. */
function warnedAtSynth(badCase: BadInputCase, index: number): { warnings: string[]; refusal: () => Promise<string[]> } {
  const { registration, stack } = build(badCase, index);
  expect(registration.node.validate()).toEqual([]);
  const warnings = registration.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => m.data as string);
  expectNamed(warnings, badCase);
  return { warnings, refusal: () => handlerRefusal(deliveredProperties(stack, registration)) };
}

function casesCaughtAt(...where: BadInputCase['caughtAt'][]): Array<[string, BadInputCase, number]> {
  return BAD_INPUT_CASES.map((c, i) => [c.name, c, i] as [string, BadInputCase, number]).filter(([, c]) => where.includes(c.caughtAt));
}

test('the table covers at least 40 cases across typed props and the escape hatch', () => {
  expect(BAD_INPUT_CASES.length).toBeGreaterThanOrEqual(40);
  expect(new Set(BAD_INPUT_CASES.map((c) => c.name)).size).toBe(BAD_INPUT_CASES.length);
});

describe('caught at synth, and by the handler before any write', () => {
  test.each(casesCaughtAt('synth+handler'))('%s', async (_name, badCase, index) => {
    const { app, stack, registration } = build(badCase, index);
    expectNamed(synthFailure(app, stack), badCase);
    expectNamed(await handlerRefusal(deliveredProperties(stack, registration)), badCase, badCase.handlerRule);
  });
});

describe('caught at synth only (what only the construct knows); nothing is rendered', () => {
  test.each(casesCaughtAt('synth'))('%s', (_name, badCase, index) => {
    const { app, stack } = build(badCase, index);
    expectNamed(synthFailure(app, stack), badCase);
  });
});

describe('not decidable from the bundled catalog: a warning at synth, refused by the handler before any write', () => {
  test.each(casesCaughtAt('deploy'))('%s', async (_name, badCase, index) => {
    const { refusal } = warnedAtSynth(badCase, index);
    expectNamed(await refusal(), badCase, badCase.handlerRule);
  });
});

describe('breaking a rule the bundled catalog only assumed: a warning at synth naming field and rule, refused by the handler before any write', () => {
  test.each(casesCaughtAt('assumed'))('%s', async (_name, badCase, index) => {
    const { warnings, refusal } = warnedAtSynth(badCase, index);
    expect(warnings).toContainEqual(expect.stringContaining(
      `No published form states this ${badCase.assumedRule}`));
    expect(warnings).toContainEqual(expect.stringMatching(new RegExp(
      `\\[ack: sender-id-registration:assumedRule:${badCase.fieldPath.replace(/\./g, '\\.')}:${badCase.assumedRule}\\]$`)));
    expectNamed(await refusal(), badCase, badCase.handlerRule);
  });
});

describe('refused while the props are built', () => {
  test.each(casesCaughtAt('construct'))('%s', (_name, badCase) => {
    let error: Error | undefined;
    try {
      badCase.props(new Stack());
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toContain(JSON.stringify(badCase.fieldPath));
    expect(error?.message).toMatch(badCase.rule);
  });
});
