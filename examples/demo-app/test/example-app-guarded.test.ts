import { App, Stack } from 'aws-cdk-lib';
import { Attachment, RegistrationField, SenderIdRegistration, SenderIdRegistrationProps } from '../../../lib';
import { RegistrationResourceProperties } from '../../../lib/core/contract/resource-properties';
import { catalogEntry } from '../../../lib/core/forms/catalog';
import { RegistrationFieldDefinition } from '../../../lib/core/forms/types';
import { indiaExampleProps, indonesiaEndBusinessSecret, indonesiaExampleProps } from '../example-stacks';

/**
 * The promise, checked field by field: breaking any one field of the example app makes synth
 * fail with a message naming that field. Each field gets a value its definition refuses (one
 * character over its maximum length, a choice that is not an option, or a document that is not a
 * PDF, PNG or JPEG), through the same props the example deploys, and the app is synthesized. Where
 * the bundled catalog only assumed the limit (FieldProvenance.Assumed), synth warns instead, naming
 * the field and the rule; a control character in any text field still fails synth.
 */

interface Example {
  readonly name: string;
  readonly region: string;
  /** The props, made in the registration's stack (the Indonesian one references its secret there). */
  readonly props: (stack: Stack) => SenderIdRegistrationProps;
}

const EXAMPLES: Example[] = [
  { name: 'India', region: 'ap-south-1', props: () => indiaExampleProps(1) },
  { name: 'Indonesia', region: 'ap-southeast-1', props: (stack) => indonesiaExampleProps(indonesiaEndBusinessSecret(stack)) },
];

function newStack(region: string): Stack {
  return new Stack(new App(), 'Example', { env: { account: '111111111111', region } });
}

function renderedProperties(example: Example): RegistrationResourceProperties {
  const stack = newStack(example.region);
  const registration = new SenderIdRegistration(stack, 'Registration', example.props(stack));
  return (registration.node.findChild('Resource').node.defaultChild as unknown as { _cfnProperties: RegistrationResourceProperties })._cfnProperties;
}

/** A value the definition refuses, or undefined for an attachment (those are checked by their own tests). */
function brokenValue(definition: RegistrationFieldDefinition): RegistrationField | undefined {
  switch (definition.FieldType) {
    case 'TEXT': return RegistrationField.text(definition.FieldPath, 'x'.repeat((definition.TextValidation?.MaxLength ?? 500) + 1));
    case 'SELECT': return RegistrationField.select(definition.FieldPath, ['Not one of the options']);
    default: return undefined;
  }
}

interface SynthOutcome {
  readonly errors: string;
  readonly warnings: string[];
}

function synthesize(example: Example, broken: RegistrationField): SynthOutcome {
  const stack = newStack(example.region);
  const registration = new SenderIdRegistration(stack, 'Registration', { ...example.props(stack), additionalFields: [broken] });
  const warnings = registration.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => m.data as string);
  try {
    (stack.node.root as App).synth();
  } catch (e) {
    return { errors: (e as Error).message, warnings };
  }
  return { errors: '', warnings };
}

function synthErrors(example: Example, broken: RegistrationField): string {
  return synthesize(example, broken).errors;
}

describe.each(EXAMPLES)('every field of the $name example is guarded at synth', (example) => {
  const properties = renderedProperties(example);
  const entry = catalogEntry(properties.RegistrationType)!;
  const cases = Object.keys(properties.Fields)
    .map((path) => entry.FieldDefinitions.find((d) => d.FieldPath === path)!)
    .map((definition) => [definition.FieldPath, definition] as const)
    .filter(([, definition]) => brokenValue(definition) !== undefined);
  /**
   * Whether the rule brokenValue breaks (MaxLength for text, Options for a choice) is one the catalog only assumed.
   * A value of x's in an email, URL or phone field also breaks the field's format, a fact: synth fails.
   */
  const brokenRuleAssumed = (definition: RegistrationFieldDefinition) => !entry.ValueFormats?.[definition.FieldPath]
    && (entry.FieldProvenance[definition.FieldPath].Assumed ?? []).includes(definition.FieldType === 'TEXT' ? 'MaxLength' : 'Options');
  const sourced = cases.filter(([, definition]) => !brokenRuleAssumed(definition));
  const assumed = cases.filter(([, definition]) => brokenRuleAssumed(definition));
  const textCases = cases.filter(([, definition]) => definition.FieldType === 'TEXT');

  test('the example sets fields the catalog knows, and all are covered here', () => {
    expect(cases.length).toBe(Object.keys(properties.Fields).length);
    // Indonesia's contact, address and company number come from its secret: the handler checks them at deploy
    // (test/handler/secret-values.test.ts), synth sees only their references.
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(sourced.length).toBeGreaterThan(5);
    // Indonesia's website was its second: a URL field's format is a fact, so breaking it fails synth (in `sourced`).
    expect(assumed.length).toBeGreaterThanOrEqual(1);
  });

  test.each(sourced)('breaking %s fails synth naming it', (fieldPath, definition) => {
    const errors = synthErrors(example, brokenValue(definition)!);
    expect(errors).toMatch(/Validation failed/);
    expect(errors).toContain(`] ${fieldPath} ("${definition.DisplayHints.Title}"): `);
  });

  test.each(assumed)('breaking the assumed maximum length of %s warns naming it and the rule, and synth succeeds', (fieldPath, definition) => {
    const { errors, warnings } = synthesize(example, brokenValue(definition)!);
    expect(errors).toBe('');
    // Every warning is about that field (a value of x's may break an assumed pattern too); one names the length.
    expect(warnings.every((w) => w.startsWith(`${fieldPath} ("${definition.DisplayHints.Title}"): `))).toBe(true);
    expect(warnings).toContainEqual(expect.stringMatching(new RegExp(`at most \\d+ allowed .*No published form states this MaxLength.*\\[ack: sender-id-registration:assumedRule:${
      fieldPath.replace(/\./g, '\\.')}:MaxLength\\]$`)));
  });

  test.each(textCases)('a control character in %s fails synth naming it', (fieldPath) => {
    const errors = synthErrors(example, RegistrationField.text(fieldPath, 'A\u0007B'));
    expect(errors).toMatch(/Validation failed/);
    expect(errors).toContain(`] ${fieldPath}: contains a control character (BEL, U+0007) at character 2`);
  });
});

describe('every document of the Indonesia example is guarded at synth', () => {
  const example = EXAMPLES[1];
  const attachmentPaths = Object.keys(renderedProperties(example).Attachments);

  test('the example attaches its seven documents', () => {
    expect(attachmentPaths).toHaveLength(7);
  });

  test.each(attachmentPaths)('replacing %s with a file that is not a PDF, PNG or JPEG fails synth naming it', (fieldPath) => {
    // This test's own source: a text file, whatever a reviewer might rename it to.
    const errors = synthErrors(example, RegistrationField.attachment(fieldPath, Attachment.fromFile(__filename)));
    expect(errors).toMatch(/Validation failed/);
    expect(errors).toMatch(new RegExp(`\\] ${fieldPath.replace(/\./g, '\\.')}\\b.*(PDF|PNG|JPEG)`));
  });
});
