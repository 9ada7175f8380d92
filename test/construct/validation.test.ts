import { App, Lazy, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import {
  Attachment, RegistrationField, RegistrationForm, SenderIdRegistration, SenderIdRegistrationProps, UseCaseCategory,
} from '../../lib';
import { COMMON, INDIA_FORM, badFiles, doc, indiaProps, indonesiaProps, newStack } from './fixtures';

// Validation results are read straight from the construct (node.validate()), which is what synth
// reports; one test below proves a real synth fails with them.
const stack = newStack('ap-south-1');
const indonesiaStack = newStack('ap-southeast-1', 'Indonesia');
let count = 0;
function errorsOf(props: SenderIdRegistrationProps, scope: Stack = stack): string[] {
  return new SenderIdRegistration(scope, `R${count++}`, props).node.validate();
}
const files = badFiles();

describe('valid registrations', () => {
  test('the India and Indonesia fixtures have no problems', () => {
    expect(errorsOf(indiaProps())).toEqual([]);
    expect(errorsOf(indonesiaProps(), indonesiaStack)).toEqual([]);
  });
});

describe('one test per rule', () => {
  test('India sender ID must be 3-6 letters', () => {
    expect(errorsOf(indiaProps({ senderId: 'DEMO-1' }))).toEqual([
      'senderIdInfo.senderId ("Sender ID"): "DEMO-1" must match ^[A-Za-z]{3,6}$ for IN_SENDER_ID_REGISTRATION',
    ]);
  });

  test('India refuses "Promotions and marketing"', () => {
    const errors = errorsOf(indiaProps({ useCase: { ...COMMON.useCase, category: UseCaseCategory.PROMOTIONS_AND_MARKETING } }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^messagingUseCase\.useCaseCategory .*"Promotions and marketing" is not one of .*IN_SENDER_ID_REGISTRATION$/);
  });

  test('India must be in ap-south-1 or ap-south-2', () => {
    expect(errorsOf(indiaProps(), newStack('us-east-1', 'Virginia'))).toEqual([
      expect.stringMatching(/^IN_SENDER_ID_REGISTRATION must be created in one of ap-south-1, ap-south-2, but this stack is in us-east-1/),
    ]);
    expect(errorsOf(indiaProps(), newStack('ap-south-2', 'Hyderabad'))).toEqual([]);
  });

  test('India in an environment-agnostic stack: a warning, not an error', () => {
    const registration = new SenderIdRegistration(new Stack(new App(), 'Agnostic'), 'India', indiaProps());
    expect(registration.node.validate()).toEqual([]);
    // Read from the construct's metadata: synthesizing an environment-agnostic stack is slow.
    expect(registration.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => m.data))
      .toEqual([expect.stringMatching(/^IN_SENDER_ID_REGISTRATION must be created in one of ap-south-1, ap-south-2; .*could not be checked/)]);
  });

  test('India sending-parameters acknowledgement must be given', () => {
    const errors = errorsOf(indiaProps({ form: RegistrationForm.india({ ...INDIA_FORM, acknowledgeSendingParameters: false }) }));
    expect(errors).toContainEqual(
      expect.stringMatching(/^inSidSpecificInfo\.sendingParametersAcknowledgement: acknowledgeSendingParameters is false/));
  });

  test('XL Axiata LOA is required for every company, the local-only documents are not required abroad', () => {
    const foreign = { ...COMMON, address: { line1: '1 Example Street', city: 'Singapore', isoCountryCode: 'SG' }, senderId: 'DEMOSG' };
    const errors = errorsOf({ ...foreign, form: RegistrationForm.other('ID_SENDER_ID_REGISTRATION') }, indonesiaStack);
    expect(errors).toEqual([
      'idSidSpecificInfo.letterOfAuthorization3 ("Letter of authorization: XL Axiata"): is required but has no value for ID_SENDER_ID_REGISTRATION',
    ]);
  });

  test('an Indonesian company needs the Telkomsel LOA', () => {
    const props = indonesiaProps();
    const form = RegistrationForm.indonesia({
      letterOfAuthorizationIoh: Attachment.fromFile(doc('loa-ioh.pdf')),
      letterOfAuthorizationXlAxiata: Attachment.fromFile(doc('loa-xl-axiata.pdf')),
      letterOfAuthorizationSmartfren: Attachment.fromFile(doc('loa-smartfren.pdf')),
      npwpDocument: Attachment.fromFile(doc('npwp.png')),
      nibDocument: Attachment.fromFile(doc('nib.pdf')),
    });
    expect(errorsOf({ ...props, form }, indonesiaStack)).toEqual([
      'idSidSpecificInfo.letterOfAuthorization1 ("Letter of authorization: Telkomsel"): is required when companyAddress.isoCountryCode is one of "ID" '
      + 'but has no value for ID_SENDER_ID_REGISTRATION',
    ]);
  });

  test('attachments larger than 500 KB are refused, naming field, file and limit', () => {
    const errors = errorsOf(indonesiaProps({
      additionalFields: [RegistrationField.attachment('senderIdInfo.proofOfSenderIdConnection', Attachment.fromFile(files.tooLarge))],
    }), indonesiaStack);
    expect(errors).toEqual([expect.stringMatching(
      /^senderIdInfo\.proofOfSenderIdConnection: attachment ".*too-large\.png" is \d+ bytes, at most 512000 bytes \(500 KB\) allowed$/)]);
  });

  test('attachments must be PDF, PNG or JPEG by content, named to match; a missing file is reported, not thrown', () => {
    const errors = errorsOf(indonesiaProps({
      additionalFields: [
        RegistrationField.attachment('idSidSpecificInfo.letterOfAuthorization1', Attachment.fromFile(files.gif)),
        RegistrationField.attachment('idSidSpecificInfo.letterOfAuthorization2', Attachment.fromFile(files.fakePdf)),
        RegistrationField.attachment('idSidSpecificInfo.letterOfAuthorization4', Attachment.fromFile('no/such/file.pdf')),
      ],
    }), indonesiaStack);
    expect(errors).toEqual([
      expect.stringMatching(/^idSidSpecificInfo\.letterOfAuthorization1: attachment ".*letter\.gif" is not a PDF \(\.pdf\), PNG \(\.png\) or JPEG .* by its content/),
      expect.stringMatching(/^idSidSpecificInfo\.letterOfAuthorization2: attachment ".*letter\.pdf" is a PNG file by its content but is named \.pdf; name it \.png$/),
      'idSidSpecificInfo.letterOfAuthorization4: attachment "no/such/file.pdf" does not exist or is not a file',
    ]);
  });

  test.each([[0], [4]])('%i message samples are refused (1 to 3 allowed)', (n) => {
    const samples = Array.from({ length: n }, (_, i) => `Sample ${i + 1}`);
    expect(errorsOf(indiaProps({ messageSamples: samples }))).toContainEqual(
      `messageSamples: ${n} message samples given, 1 to 3 allowed for IN_SENDER_ID_REGISTRATION`);
  });

  test('additionalFields are validated too: an override with a bad value is an error', () => {
    const errors = errorsOf(indiaProps({ additionalFields: [RegistrationField.text('senderIdInfo.senderId', 'TOOLONGID')] }));
    expect(errors).toContainEqual(expect.stringMatching(/^senderIdInfo\.senderId .*"TOOLONGID" is 9 characters, at most 6 allowed/));
  });

  test('a field the bundled catalog does not know, given through additionalFields, is a warning (live definitions decide)', () => {
    const scope = newStack('ap-south-1', 'NewField');
    const additionalFields = [RegistrationField.text('inSidSpecificInfo.newField', 'x')];
    const registration = new SenderIdRegistration(scope, 'India', indiaProps({ additionalFields }));
    expect(registration.node.validate()).toEqual([]);
    Annotations.fromStack(scope).hasWarning('/NewField/India', Match.stringLikeRegexp('inSidSpecificInfo.newField: is not in the bundled'));
  });

  test('personal data never appears in a message: a bad email is named by field, not shown (its format is a fact: an error)', () => {
    const errors = errorsOf(indiaProps({ contact: { email: 'jane.doe-at-example.com', phone: '+91 555 0100' } }));
    expect(errors).toHaveLength(2);
    expect(errors.join('\n')).toMatch(/contactInfo\.emailAddress .*\(hidden personal data, 23 characters\) must be an email address/);
    expect(errors.join('\n')).toMatch(/contactInfo\.phoneNumber /);
    expect(errors.join('\n')).not.toContain('jane.doe');
    expect(errors.join('\n')).not.toContain('555 0100');
  });

  test('personal data never appears in an error: a bad company id (a published rule) is named by field, not shown', () => {
    const errors = errorsOf(indiaProps({ company: { ...COMMON.company, registrationNumber: 'U-0000-MH' } }));
    expect(errors).toEqual(['companyInfo.companyId ("Company identification number"): (hidden personal data, 9 characters) must match ^[A-Za-z0-9]{1,30}$ '
      + 'for IN_SENDER_ID_REGISTRATION']);
  });

  test('a draft (submit: false) may leave required fields empty, but values given are still checked', () => {
    const foreign = { ...COMMON, senderId: 'DEMOSG', submit: false, form: RegistrationForm.other('ID_SENDER_ID_REGISTRATION') };
    expect(errorsOf(foreign, indonesiaStack)).toEqual([]);
    const errors = errorsOf({ ...foreign, senderId: 'X' }, indonesiaStack);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.startsWith('senderIdInfo.senderId ("Sender ID"): "X" '))).toBe(true);
  });

  test('values that are unresolved tokens are left to the handler', () => {
    expect(errorsOf(indiaProps({ senderId: Lazy.string({ produce: () => 'NOT-VALID-AT-ALL' }) }))).toEqual([]);
  });
});

describe('synth', () => {
  test('fails with every problem, each naming its field', () => {
    const app = new App();
    const scope = new Stack(app, 'Broken', { env: { account: '123456789012', region: 'ap-south-1' } });
    new SenderIdRegistration(scope, 'India', indiaProps({ senderId: 'DEMO-1', messageSamples: [] }));
    expect(() => app.synth()).toThrow(/Validation failed/);
    expect(() => app.synth()).toThrow(/\[Broken\/India\] senderIdInfo\.senderId \("Sender ID"\): "DEMO-1" must match/);
    expect(() => app.synth()).toThrow(/\[Broken\/India\] messageSamples: 0 message samples given, 1 to 3 allowed/);
  });
});
