import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Attachment, AustraliaSenderIdProps, MonthlyMessageVolume, RegistrationForm, SenderIdRegistration, SenderIdRegistrationProps } from '../../lib';
import { australiaFormProps, doc, errorsOf, fileOfSize, newStack, sharedProps, templateText, warningsOf } from './support';

// GIVEN an Australian company whose representative's photo ID is in an encrypted bucket, never in the app.
function australia(form: Partial<AustraliaSenderIdProps> = {}, overrides: Partial<SenderIdRegistrationProps> = {}) {
  const stack = newStack('ap-southeast-2');
  const shared = sharedProps('AU');
  const props: SenderIdRegistrationProps = {
    ...shared,
    form: RegistrationForm.australia({ ...australiaFormProps(stack), ...form }),
    senderId: 'DemoAU',
    company: { ...shared.company, legalName: 'Demo Australia Pty Ltd', registrationNumber: '51824753556' },
    messageSamples: ['Demo Australia: your order 1234 has shipped.'],
    ...overrides,
  };
  return { stack, props, registration: () => new SenderIdRegistration(stack, 'Registration', props) };
}

const ackIds = (warnings: string[]) => warnings.map((w) => /\[ack: ([^\]:]+:[^\]:]+)/.exec(w)?.[1]);

describe('Australia (AU_SENDER_ID_REGISTRATION)', () => {
  test('a valid registration synthesizes; the only warnings name the paths no source confirms', () => {
    const { props, registration } = australia();
    expect(errorsOf(props)).toEqual([]);
    const ids = new Set(ackIds(warningsOf(registration())));
    expect([...ids]).toEqual(['sender-id-registration:unconfirmedFieldPath']);
  });

  test('the photo ID from S3 appears in the template by its field only: no file name, no hash of it', () => {
    const { registration } = australia();
    const r = registration();
    const template = Template.fromStack(Stack.of(r));
    const text = templateText(r);
    // The object's key is the one name the template must carry (the handler and the policy need it): choose one without the person's name.
    expect(text.match(/jane-citizen-passport/g)).toHaveLength(2);
    expect(text).not.toContain('"FileName":"jane-citizen-passport.png"');
    template.hasResourceProperties('Custom::SenderIdRegistration', {
      Attachments: { 'auSidSpecificInfo.governmentIssuedPhotoId': { FileName: 'governmentIssuedPhotoId.png' } },
    });
    // The handler's role may decrypt with exactly the bucket's key.
    expect(text).toContain('arn:aws:kms:ap-southeast-2:123456789012:key/11111111-2222-3333-4444-555555555555');
  });

  test('a photo ID declared from a file warns with the reason, and the file is named nowhere in the template', () => {
    const { registration } = australia({ governmentPhotoId: Attachment.fromFile(doc('npwp.png')) });
    const r = registration();
    expect(warningsOf(r)).toContainEqual(expect.stringMatching(
      /^auSidSpecificInfo\.governmentIssuedPhotoId holds a document that identifies a person .*cdk\.out.*Attachment\.fromS3Object/));
    expect(templateText(r)).not.toContain('npwp');
  });

  test('the sender ID is 3-11 letters or digits, and its casing is kept', () => {
    expect(errorsOf(australia({}, { senderId: 'Demo-AU' }).props)).toEqual([
      expect.stringMatching(/^senderIdInfo\.senderId .*"Demo-AU" must match .*AU_SENDER_ID_REGISTRATION/),
    ]);
    const r = australia().registration();
    Template.fromStack(Stack.of(r)).hasResourceProperties('Custom::SenderIdRegistration', { Fields: { 'senderIdInfo.senderId': 'DemoAU' } });
  });

  test('the entity type is one of the page\'s nine', () => {
    expect(errorsOf(australia({ entityType: 'Company' }).props)).toEqual([
      expect.stringMatching(/^auSidSpecificInfo\.entityType .*"Company" is not one of .*Body corporate/),
    ]);
  });

  test('the monthly volume is one of the seven the Australian form offers', () => {
    const { props } = australia({}, {});
    const errors = errorsOf({ ...props, useCase: { ...props.useCase, monthlyVolume: MonthlyMessageVolume.UP_TO_250_000 } });
    expect(errors).toEqual([expect.stringMatching(/^messagingUseCase\.monthlyMessageVolume .*"250,000" is not one of/)]);
  });

  test('a free-mail representative email warns without showing the address', () => {
    const warnings = warningsOf(australia({ representativeEmail: 'jane.citizen@gmail.com' }).registration());
    const found = warnings.filter((w) => w.includes('freeMailContactEmail'));
    expect(found).toEqual([expect.stringMatching(/^auSidSpecificInfo\.authorizedRepresentativeEmail: .*gmail\.com/)]);
    expect(found.join()).not.toContain('jane.citizen');
  });

  test('a letter of authorization warns with the reviewers\' checklist, naming the sender ID', () => {
    const warnings = warningsOf(australia({ letterOfAuthorization: Attachment.fromFile(doc('loa-ioh.pdf')) }).registration());
    expect(warnings).toContainEqual(expect.stringMatching(/^auSidSpecificInfo\.letterOfAuthorization: .*old template.*"DemoAU"/));
  });

  test('an Australian address with an ABN that is not 11 digits warns', () => {
    const warnings = warningsOf(australia({ australianBusinessNumber: '1234' }).registration());
    expect(warnings).toContainEqual(expect.stringMatching(/^auSidSpecificInfo\.australianBusinessNumber: "1234" is not an 11-digit ABN/));
  });

  test('a document larger than 500 KB is refused', () => {
    const errors = errorsOf(australia({ companyRegistrationDocument: Attachment.fromFile(fileOfSize('extract.pdf', 600 * 1024)) }).props);
    expect(errors).toEqual([expect.stringMatching(/^auSidSpecificInfo\.companyRegistrationDocumentation: attachment .* at most 512000 bytes/)]);
  });
});
