import { createHash } from 'crypto';
import * as fs from 'fs';
import { RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { Attachment, RegistrationField, RegistrationForm, RegistrationRemovalPolicy, SenderIdRegistration } from '../../lib';
import { INDONESIA_DOCUMENTS } from '../../tools/fixtures/sample-properties';
import { COMMON, doc, indiaProps, indonesiaProps, newStack } from './fixtures';

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

// One stack with three registrations serves most tests: synth is the slow part.
const stack = newStack('ap-south-1');
const india = new SenderIdRegistration(stack, 'India', indiaProps());
const draft = new SenderIdRegistration(stack, 'Draft', indiaProps({
  senderId: 'DEMODR', submit: false, awsReview: true, removalPolicy: RegistrationRemovalPolicy.DESTROY,
  additionalFields: [
    RegistrationField.text('companyInfo.companyName', 'Demo Company Renamed'),
    RegistrationField.text('senderIdInfo.senderIdDescription', 'Sign-in codes'),
  ],
}));
const jordan = new SenderIdRegistration(stack, 'Jordan', {
  ...COMMON,
  form: RegistrationForm.other('MY_SENDER_ID_REGISTRATION'),
  senderId: 'DEMOJO',
  additionalFields: [RegistrationField.attachment('senderIdInfo.letterOfAuthorization', Attachment.fromFile(doc('loa-ioh.pdf')))],
});
Tags.of(stack).add('team', 'messaging');
const template = Template.fromStack(stack);

const indonesiaStack = newStack('ap-southeast-1', 'Indonesia');
new SenderIdRegistration(indonesiaStack, 'Indonesia', indonesiaProps());
const indonesiaTemplate = Template.fromStack(indonesiaStack);

function propertiesOf(t: Template, registration: SenderIdRegistration, owner: Stack) {
  const logicalId = owner.getLogicalId(registration.node.findChild('Resource').node.defaultChild as any);
  return t.toJSON().Resources[logicalId].Properties;
}

describe('resource properties', () => {
  test('render the typed India form as one flat Fields map by field path', () => {
    expect(propertiesOf(template, india, stack)).toMatchObject({
      RegistrationType: 'IN_SENDER_ID_REGISTRATION',
      Attachments: {},
      Fields: {
        'senderIdInfo.senderId': 'DEMOCO',
        'inSidSpecificInfo.principalEntityId': '1101000000000000001',
        'inSidSpecificInfo.chainId1': '1702000000000000001',
        'inSidSpecificInfo.chainId2': '1702000000000000002',
        'inSidSpecificInfo.chainId3': '1702000000000000003',
        'inSidSpecificInfo.chainId5': '1702000000000000005',
        'inSidSpecificInfo.sendingParametersAcknowledgement': ['Yes'],
        'companyInfo.companyName': 'Demo Company',
        'companyInfo.companyId': 'ABC123',
        'companyInfo.website': 'https://example.com',
        'companyInfo.areaOfBusiness': ['Technology'],
        'companyAddress.address1': '1 Example Road',
        'companyAddress.city': 'Mumbai',
        'companyAddress.isoCountryCode': 'IN',
        'contactInfo.emailAddress': 'jane.doe@example.com',
        'contactInfo.phoneNumber': '+915550100001',
        'messagingUseCase.useCaseCategory': ['One-time passcodes'],
        'messagingUseCase.monthlyMessageVolume': ['1,000'],
        'messageSamples.messageSample1': 'Your Demo code is 123456.',
      },
    });
    // Optional fields that were not given are absent, not empty strings.
    expect(propertiesOf(template, india, stack).Fields).not.toHaveProperty('companyAddress.address2');
    expect(propertiesOf(template, india, stack).Fields).not.toHaveProperty('messageSamples.messageSample2');
  });

  test('options default to submit, no AWS review, retain', () => {
    expect(propertiesOf(template, india, stack)).toMatchObject({ Submit: true, AwsReview: false, RemovalPolicy: 'retain' });
  });

  test('options are rendered as given; DESTROY becomes "destroy"', () => {
    expect(propertiesOf(template, draft, stack)).toMatchObject({ Submit: false, AwsReview: true, RemovalPolicy: 'destroy' });
  });

  test('the custom resource itself is always deleted by CloudFormation so that Delete reaches the handler', () => {
    template.allResources('Custom::SenderIdRegistration', Match.not(Match.objectLike({ DeletionPolicy: 'Retain' })));
  });

  test('applyRemovalPolicy is refused with a pointer to the removalPolicy prop the handler honours', () => {
    const registration = new SenderIdRegistration(newStack(), 'Snap', indiaProps());
    expect(() => registration.applyRemovalPolicy(RemovalPolicy.SNAPSHOT))
      .toThrow(/Snap: applyRemovalPolicy\(snapshot\) is not supported; set the removalPolicy prop \(RegistrationRemovalPolicy.RETAIN or RegistrationRemovalPolicy.DESTROY\)/);
  });

  test('Tags.of() reaches the registration Tags, next to the stack tag the IAM condition relies on and the resource\'s own tag', () => {
    const logicalId = stack.getLogicalId(india.node.findChild('Resource').node.defaultChild as any);
    expect(logicalId).toMatch(/^India[0-9A-F]{8}$/);
    expect(propertiesOf(template, india, stack).Tags).toEqual([
      { Key: 'sender-id-registration:resource', Value: logicalId },
      { Key: 'sender-id-registration:stack', Value: 'Test' },
      { Key: 'team', Value: 'messaging' },
    ]);
  });

  test('additionalFields override typed values and add fields by path', () => {
    const fields = propertiesOf(template, draft, stack).Fields;
    expect(fields['companyInfo.companyName']).toBe('Demo Company Renamed');
    expect(fields['senderIdInfo.senderIdDescription']).toBe('Sign-in codes');
  });

  test('an untyped country synthesizes with the common form, its additional fields and a warning', () => {
    expect(propertiesOf(template, jordan, stack)).toMatchObject({
      RegistrationType: 'MY_SENDER_ID_REGISTRATION',
      Fields: { 'senderIdInfo.senderId': 'DEMOJO', 'companyInfo.companyName': 'Demo Company' },
      Attachments: { 'senderIdInfo.letterOfAuthorization': { FileName: 'loa-ioh.pdf' } },
    });
    Annotations.fromStack(stack).hasWarning('/Test/Jordan',
      Match.stringLikeRegexp('MY_SENDER_ID_REGISTRATION is not in the bundled definitions catalog.*validated against the live field definitions'));
  });

  test('attributes come from the custom resource: Ref and GetAtt', () => {
    const logicalId = stack.getLogicalId(india.node.findChild('Resource').node.defaultChild as any);
    expect(stack.resolve(india.registrationId)).toEqual({ Ref: logicalId });
    expect(stack.resolve(india.registrationArn)).toEqual({ 'Fn::GetAtt': [logicalId, 'RegistrationArn'] });
    expect(stack.resolve(india.registrationVersionNumber)).toEqual({ 'Fn::GetAtt': [logicalId, 'VersionNumber'] });
    expect(stack.resolve(india.registrationStatus)).toEqual({ 'Fn::GetAtt': [logicalId, 'RegistrationStatus'] });
  });
});

describe('attachments', () => {
  const attachments = () => indonesiaTemplate.findResources('Custom::SenderIdRegistration')[
    Object.keys(indonesiaTemplate.findResources('Custom::SenderIdRegistration'))[0]].Properties.Attachments;

  test('are keyed by field path with file name, SHA-256 of the content and an s3:// URL of the asset', () => {
    // The fixture attaches every Indonesian document but the (optional) proof of sender ID connection.
    const { 'senderIdInfo.proofOfSenderIdConnection': _proof, ...expected } = INDONESIA_DOCUMENTS;
    expect(Object.keys(attachments()).sort()).toEqual(Object.keys(expected).sort());
    for (const [fieldPath, fileName] of Object.entries(expected)) {
      const attachment = attachments()[fieldPath];
      expect(Object.keys(attachment).sort()).toEqual(['ContentHash', 'FileName', 'S3Url']);
      expect(attachment.FileName).toBe(fileName);
      expect(attachment.ContentHash).toBe(sha256(doc(fileName)));
      const extension = fileName.split('.')[1];
      expect(attachment.S3Url).toMatch(new RegExp(`^s3://cdk-hnb659fds-assets-123456789012-ap-southeast-1/[0-9a-f]{64}\\.${extension}$`));
    }
  });

  test('document content never appears in the template', () => {
    const json = JSON.stringify(indonesiaTemplate.toJSON());
    expect(json).not.toContain(fs.readFileSync(doc('npwp.png')).toString('base64').slice(0, 40));
    expect(json).not.toContain('SAMPLE ONLY');
  });
});
