import { Annotations as CoreAnnotations, App, Fn, Lazy, SecretValue, Stack } from 'aws-cdk-lib';
import { RegistrationField, SenderIdRegistration, SenderIdRegistrationProps } from '../../lib';
import { allowsLineBreaks } from '../../lib/core/synth-checks/control-characters';
import { COMMON, indiaProps } from './fixtures';

/**
 * Synth checks beyond the field definitions, one test per rule: rules the catalog only assumed warn,
 * unconfirmed field paths are named, control characters, repeated additionalFields and values
 * CloudFormation cannot deliver fail. Each message names the field and the rule.
 */

let count = 0;
function register(props: SenderIdRegistrationProps): { registration: SenderIdRegistration; errors: string[]; warnings: string[]; ids: string[] } {
  const stack = new Stack(new App(), `Checks${count++}`, { env: { account: '123456789012', region: 'ap-south-1' } });
  const registration = new SenderIdRegistration(stack, 'Registration', props);
  const warnings = registration.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => m.data as string);
  return { registration, errors: registration.node.validate(), warnings, ids: warnings.map((w) => /\[ack: ([^\]]+)\]$/.exec(w)![1]) };
}
const address = (change: Partial<SenderIdRegistrationProps['address']>) => indiaProps({ address: { ...COMMON.address, ...change } });
const company = (change: Partial<SenderIdRegistrationProps['company']>) => indiaProps({ company: { ...COMMON.company, ...change } });
const useCase = (change: Partial<SenderIdRegistrationProps['useCase']>) => indiaProps({ useCase: { ...COMMON.useCase, ...change } });

describe('a rule the catalog only assumed warns; the live form decides at deploy', () => {
  test('an address line over the assumed 100 characters: a warning naming field and rule, with an id to acknowledge, and synth succeeds', () => {
    const { registration, errors, warnings, ids } = register(address({ line1: 'x'.repeat(101) }));
    expect(errors).toEqual([]);
    expect(ids).toEqual(['sender-id-registration:assumedRule:companyAddress.address1:MaxLength']);
    expect(warnings[0]).toMatch(/^companyAddress\.address1 \("Address 1"\): \(hidden personal data, 101 characters\) is 101 characters, at most 100 allowed for IN_SENDER_ID_REGISTRATION\. No published form states this MaxLength/);
    CoreAnnotations.of(registration).acknowledgeWarning(ids[0], 'the live form takes 120');
    expect(registration.node.metadata.filter((m) => m.type === 'aws:cdk:warning')).toEqual([]);
  });

  test('a published rule still fails synth: the opt-in description\'s 40 characters (AWS docs)', () => {
    expect(register(useCase({ optInDescription: 'Users opt in.' })).errors).toEqual([
      'messagingUseCase.optInDescription ("Opt-in workflow description"): "Users opt in." is 13 characters, at least 40 allowed for IN_SENDER_ID_REGISTRATION',
    ]);
  });
});

describe('optional address parts map to field paths no source confirms', () => {
  test.each([
    ['line2', 'companyAddress.address2'], ['stateOrProvince', 'companyAddress.state'], ['postalCode', 'companyAddress.zipCode'],
  ])('%s set: a warning naming %s, with its id', (part, fieldPath) => {
    const { errors, warnings, ids } = register(address({ [part]: 'A1' }));
    expect(errors).toEqual([]);
    expect(ids).toEqual([`sender-id-registration:unconfirmedFieldPath:${fieldPath}`]);
    expect(warnings[0]).toMatch(new RegExp(`^${fieldPath.replace('.', '\\.')}: no public source confirms this field path for IN_SENDER_ID_REGISTRATION `
      + '\\(the console docs show this field .* without a field path.*\\); if the live form names the field differently, the deploy is refused'));
  });

  test('not set: no warning', () => {
    expect(register(indiaProps()).warnings).toEqual([]);
  });
});

describe('control characters fail synth, naming the field, the character and where it is (never the value)', () => {
  test.each([
    ['a NUL in the company name', company({ legalName: 'Demo\u0000Co' }), 'companyInfo.companyName: contains a control character (NUL, U+0000) at character 5'],
    ['a BEL in the city', address({ city: 'Mum\u0007bai' }), 'companyAddress.city: contains a control character (BEL, U+0007) at character 4'],
    ['a DEL in the sender ID', indiaProps({ senderId: 'DEMO\u007f' }), 'senderIdInfo.senderId: contains a control character (DEL, U+007F) at character 5'],
    ['a tab in a message sample', indiaProps({ messageSamples: ['Your Demo\tcode is 1.'] }), 'messageSamples.messageSample1: contains a control character (tab, U+0009) at character 10'],
    ['two escapes in the use case description', useCase({ description: '\u001b[1mSign-in\u001b[0m codes.' }),
      'messagingUseCase.useCaseDescription: contains 2 control characters, the first (ESC, U+001B) at character 1'],
  ])('%s', (_name, props, message) => {
    expect(register(props).errors).toContainEqual(`${message}; the form takes printable text only`);
  });

  test('a line break in a single-line field (an address line) fails, saying where line breaks are allowed; the value is not shown', () => {
    const errors = register(address({ line1: '1 Example Road\nMumbai' })).errors;
    expect(errors).toEqual(['companyAddress.address1: contains a control character (line break, U+000A) at character 15, but it is a single-line field '
      + '(line breaks are allowed only in descriptions and message samples); the form takes printable text only']);
    expect(errors.join('\n')).not.toContain('Example Road');
  });

  test('line breaks are text in message samples and descriptions', () => {
    const { errors } = register(indiaProps({
      messageSamples: ['Your Demo code is 123456.\nIt expires in 10 minutes.'],
      useCase: { ...COMMON.useCase, description: 'Sign-in passcodes.\nNothing else.',
        optInDescription: 'Users request a passcode on the sign-in page\nfor the number they entered there.' },
    }));
    expect(errors).toEqual([]);
  });

  test('which fields are multi-line is decided in one place', () => {
    expect(['messageSamples.messageSample2', 'messagingUseCase.useCaseDescription', 'messagingUseCase.optInDescription',
      'senderIdInfo.senderIdDescription', 'messagingUseCase.useCaseDetails'].filter(allowsLineBreaks)).toHaveLength(5);
    expect(['senderIdInfo.senderId', 'companyInfo.companyName', 'companyInfo.companyId', 'companyInfo.website', 'companyAddress.address1',
      'contactInfo.emailAddress', 'contactInfo.phoneNumber', 'inSidSpecificInfo.chainId1'].filter(allowsLineBreaks)).toEqual([]);
  });
});

test('additionalFields that set one path twice fail synth, naming the path', () => {
  const { errors } = register(indiaProps({ additionalFields: [
    RegistrationField.text('companyInfo.website', 'https://example.com'),
    RegistrationField.text('senderIdInfo.senderIdDescription', 'DEMOCO is short for Demo Company.'),
    RegistrationField.text('companyInfo.website', 'https://example.org'),
  ] }));
  expect(errors).toEqual(['companyInfo.website: is set 2 times in additionalFields; set each field path once (the last value would silently win)']);
});

describe('values CloudFormation cannot deliver to a custom resource fail synth, naming the field and why', () => {
  const SECURE_WHY = /CloudFormation does not resolve secure dynamic references in custom resources, so the registration would receive the literal "\{\{resolve:(secretsmanager|ssm-secure):…\}\}" text/;

  test.each([
    ['SecretValue.secretsManager(...).unsafeUnwrap()', () => SecretValue.secretsManager('demo/company').unsafeUnwrap(), 'resolves to'],
    ['SecretValue.ssmSecure(...).unsafeUnwrap()', () => SecretValue.ssmSecure('/demo/company').unsafeUnwrap(), 'resolves to'],
    ['a secret joined into a longer value', () => Fn.join(' ', ['Demo', SecretValue.secretsManager('demo/suffix').unsafeUnwrap()]), 'resolves to'],
    ['a {{resolve:secretsmanager:...}} literal', () => '{{resolve:secretsmanager:demo/company:SecretString:name}}', 'is'],
    ['a {{resolve:ssm-secure:...}} literal', () => '{{resolve:ssm-secure:/demo/company}}', 'is'],
  ])('%s', (_name, value, how) => {
    const errors = register(company({ legalName: value() })).errors;
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^companyInfo\\.companyName: ${how} a secure dynamic reference`))]);
    expect(errors[0]).toMatch(SECURE_WHY);
  });

  test('a secure reference in a personal field: the field is named, the reference is not shown', () => {
    const errors = register(indiaProps({ contact: { email: '{{resolve:secretsmanager:team/contact:SecretString:email}}', phone: '+915550100001' } })).errors;
    expect(errors).toEqual([expect.stringMatching(/^contactInfo\.emailAddress: is a secure dynamic reference/)]);
    expect(errors[0]).not.toContain('team/contact');
  });

  test('"${Token[...]}" text that is no token of this app: named, with the reason, not a bare "Resolution error"', () => {
    const app = new App();
    const stack = new Stack(app, 'FakeToken', { env: { account: '123456789012', region: 'ap-south-1' } });
    new SenderIdRegistration(stack, 'Registration', company({ legalName: 'Demo ${Token[Company.123]}' }));
    expect(() => app.synth()).toThrow(/Validation failed/);
    expect(() => app.synth()).toThrow(
      /\[FakeToken\/Registration\] companyInfo\.companyName: holds text that looks like a CDK token \("\$\{Token\[…\]\}"\) but is not one this app made, so it cannot be resolved \(Unrecognized token key: Company\.123\); give the value itself/);
    expect(() => app.synth()).not.toThrow(/^Resolution error/);
  });

  test('an unknown {{resolve:...}} service is refused: CloudFormation would send the text as it is', () => {
    const errors = register(indiaProps({ contact: { email: '{{resolve:vault:team/contact}}', phone: '+915550100001' } })).errors;
    expect(errors).toEqual(['contactInfo.emailAddress: is a dynamic reference ({{resolve:…}}) of a service CloudFormation does not resolve '
      + '(it resolves ssm, ssm-secure and secretsmanager); it would be sent as literal text. Give the value itself']);
  });

  test('values CloudFormation resolves to plain text are left to the handler, as before: Fn.importValue, a plain SSM reference', () => {
    expect(register(company({ legalName: Fn.importValue('DemoCompanyName') })).errors).toEqual([]);
    expect(register(indiaProps({ senderId: '{{resolve:ssm:/demo/sender-id}}' })).errors).toEqual([]);
  });
});

test('a long value is quoted to its first 200 characters, with its length', () => {
  const { errors } = register(useCase({ optInDescription: `Users ${'o'.repeat(1228)}` }));
  expect(errors).toEqual([`messagingUseCase.optInDescription ("Opt-in workflow description"): "Users ${'o'.repeat(194)}…" (1234 characters) `
    + 'is 1234 characters, at most 500 allowed for IN_SENDER_ID_REGISTRATION']);
});

test('a token whose resolution fails for another reason is named with that reason', () => {
  const broken = Lazy.string({ produce: () => { throw new Error('the bucket is not created yet'); } });
  expect(register(company({ legalName: broken })).errors).toEqual(['companyInfo.companyName: holds a token that cannot be resolved at synth (Resolution error: the bucket is not created yet.)']);
});

test('the construct\'s own messages quote a long value the same way (adoptRegistrationId, a field path)', () => {
  const { errors } = register(indiaProps({ adoptRegistrationId: `arn:${'r'.repeat(296)}` }));
  expect(errors).toEqual([`adoptRegistrationId: "arn:${'r'.repeat(196)}…" (300 characters) must be a registration id (registration-...), not an ARN or empty`]);
  expect(() => RegistrationField.text('x'.repeat(250), 'v')).toThrow(`RegistrationField: "${'x'.repeat(200)}…" (250 characters) is not a field path`);
});
