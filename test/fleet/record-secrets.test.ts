import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { buildIsvFleetApp } from '../../examples/isv-fleet/app';
import { SenderIdRegistrationFleet } from '../../lib';
import { loadFleetRecords } from '../../lib/fleet/fleet-records';
import { placeFleet } from '../../tools/fleet/place-fleet';
import { indiaRecord, recordsFolder } from './fleet-fixtures';

// Secret references in records (lib/fleet/record-secrets.ts): the template carries the reference, never the value.
const ENV = { account: '111111111111', region: 'ap-south-1' };
const VERSION = 'a1b2c3d4-0000-4000-8000-000000000001';
const SECRET = 'end-businesses/demo-india';
// From the pseudo parameters: the ARN is that of the stack the record is placed in, whichever it is.
const ARN_OF_NAME = (name: string) => ({ 'Fn::Join': ['', [
  'arn:', { Ref: 'AWS::Partition' }, ':secretsmanager:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:secret:${name}`,
]] });
const POLICY_ARN_OF_NAME = (name: string) => ARN_OF_NAME(`${name}-??????`);

function problemsOf(record: Record<string, unknown>): string[] {
  return loadFleetRecords(recordsFolder({ 'acme.json': record })).problems;
}

function templateOf(record: Record<string, unknown>): Template {
  const folder = recordsFolder({ 'acme.json': record });
  placeFleet({ recordsFolder: folder });
  const fleet = new SenderIdRegistrationFleet(new App(), 'Fleet', { recordsFolder: folder, stackProps: { env: ENV } });
  return Template.fromStack(fleet.stacks[0]);
}

const secretRecord = indiaRecord({
  secret: { id: SECRET, versionId: VERSION },
  contact: { email: { secretKey: 'email' }, phone: { secretKey: 'phone' } },
  address: { line1: { secret: 'end-businesses/demo-india-street' }, city: 'Mumbai', isoCountryCode: 'IN' },
  fields: { 'companyInfo.companyId': { secretKey: 'companyId' } },
});

describe('secret references in fleet records', () => {
  test('values from secrets render as SecretFields (ARN from the name, key, version), and the handler role may read those secrets', () => {
    const template = templateOf(secretRecord);
    const [resource] = Object.values(template.findResources('Custom::SenderIdRegistration'));
    expect(resource.Properties.SecretFields).toEqual({
      'contactInfo.emailAddress': { SecretArn: ARN_OF_NAME(SECRET), JsonKey: 'email', VersionId: VERSION },
      'contactInfo.phoneNumber': { SecretArn: ARN_OF_NAME(SECRET), JsonKey: 'phone', VersionId: VERSION },
      'companyAddress.address1': { SecretArn: ARN_OF_NAME('end-businesses/demo-india-street'), VersionStage: 'AWSCURRENT' },
      'companyInfo.companyId': { SecretArn: ARN_OF_NAME(SECRET), JsonKey: 'companyId', VersionId: VERSION },
    });
    for (const path of Object.keys(resource.Properties.SecretFields)) expect(resource.Properties.Fields).not.toHaveProperty([path]);
    const policies = template.findResources('AWS::IAM::Policy', { Properties: { PolicyName: Match.stringLikeRegexp('SecretReadPolicy') } });
    expect(Object.values(policies).map((p) => p.Properties.PolicyDocument.Statement)).toEqual([[
      { Action: 'secretsmanager:GetSecretValue', Effect: 'Allow', Resource: POLICY_ARN_OF_NAME(SECRET) },
      { Action: 'secretsmanager:GetSecretValue', Effect: 'Allow', Resource: POLICY_ARN_OF_NAME('end-businesses/demo-india-street') },
    ]]);
  });

  test('an ARN and a customer-managed key: the policy names the complete ARN and lets the role decrypt through Secrets Manager', () => {
    const arn = 'arn:aws:secretsmanager:ap-south-1:111111111111:secret:end-businesses/demo-india-AbCdEf';
    const key = 'arn:aws:kms:ap-south-1:111111111111:key/0000aaaa-0000-4000-8000-000000000001';
    const template = templateOf(indiaRecord({ secret: { id: arn, kmsKeyArn: key, versionStage: 'AWSPENDING' },
      contact: { email: { secretKey: 'email' }, phone: '+915550100001' } }));
    const [resource] = Object.values(template.findResources('Custom::SenderIdRegistration'));
    expect(resource.Properties.SecretFields).toEqual({ 'contactInfo.emailAddress': { SecretArn: arn, JsonKey: 'email', VersionStage: 'AWSPENDING' } });
    template.hasResourceProperties('AWS::IAM::Policy', { PolicyDocument: { Statement: [
      { Action: 'secretsmanager:GetSecretValue', Effect: 'Allow', Resource: arn },
      { Action: 'kms:Decrypt', Effect: 'Allow', Resource: key, Condition: { StringEquals: { 'kms:ViaService': 'secretsmanager.ap-south-1.amazonaws.com' } } },
    ] } });
  });

  test('secret-backed fields count as writes like text ones, for placement', () => {
    const [plain] = loadFleetRecords(recordsFolder({ 'a.json': indiaRecord() })).records;
    const [secret] = loadFleetRecords(recordsFolder({ 'a.json': secretRecord })).records;
    expect(secret.writes).toBe(plain.writes);
    expect(secret.writes).toBe(23);
  });

  test('the ISV example reads its Indonesian contact, street and company id from its secret; no value is in the template', () => {
    const fleet = buildIsvFleetApp(new App());
    const template = Template.fromStack(fleet.stacks[0]);
    const arn = ARN_OF_NAME('sender-id-registrations/pt-demo-indonesia');
    template.hasResourceProperties('Custom::SenderIdRegistration', {
      RegistrationType: 'ID_SENDER_ID_REGISTRATION',
      SecretFields: {
        'companyInfo.companyId': { SecretArn: arn, JsonKey: 'companyId', VersionStage: 'AWSCURRENT' },
        'companyAddress.address1': { SecretArn: arn, JsonKey: 'line1', VersionStage: 'AWSCURRENT' },
        'contactInfo.emailAddress': { SecretArn: arn, JsonKey: 'email', VersionStage: 'AWSCURRENT' },
        'contactInfo.phoneNumber': { SecretArn: arn, JsonKey: 'phone', VersionStage: 'AWSCURRENT' },
      },
    });
    const text = JSON.stringify(template.toJSON());
    for (const value of ['+622155500001', 'Jalan Contoh No. 1', '9120000000001']) expect(text).not.toContain(value);
  });

  test('each misuse fails, naming the file and the key path, and never a value', () => {
    const problems = problemsOf(indiaRecord({
      senderId: { secretKey: 'senderId' },
      contact: { email: { secretKey: 'email' }, phone: { secret: { id: SECRET, versonId: VERSION }, secretKey: 'phone' } },
      company: { legalName: 'Demo', registrationNumber: { secret: { id: SECRET, versionId: 'short' } }, website: 'https://example.com',
        areaOfBusiness: { secretKey: 'area' } },
      address: { line1: { secret: { id: SECRET, versionId: VERSION, versionStage: 'AWSCURRENT' } }, city: { secretKy: 'city' }, isoCountryCode: 'IN' },
      fields: { 'messagingUseCase.useCaseCategory': { secretKey: 'category' } },
    }));
    expect(problems).toEqual(expect.arrayContaining([
      'acme.json: senderId: a secret reference given for senderIdInfo.senderId, must be text: the sender ID stays text: recipients see it on every '
      + 'message, and synth checks it against the form\'s pattern',
      'acme.json: contact.email: { secretKey } takes a key of the record\'s secret, but the record has no top-level secret; add secret: <name or '
      + 'ARN of the end business\'s JSON secret>, or give this value its own { secret: …, secretKey: … }',
      'acme.json: contact.phone.secret.versonId: is not a key of a secret (did you mean versionId?); allowed: id, versionId, versionStage, kmsKeyArn',
      'acme.json: company.registrationNumber.secret.versionId: is 5 characters; Secrets Manager version ids are 32-64 characters (e.g. a UUID)',
      'acme.json: company.areaOfBusiness: a secret reference given for companyInfo.areaOfBusiness, must be text: its options are checked at synth '
      + 'and are not personal data; only TEXT values may come from a secret',
      'acme.json: address.line1.secret: gives both versionId and versionStage; give one: a versionId pins a version, a versionStage reads the '
      + 'version with that label',
      'acme.json: address.city.secretKy: is not a key of a secret reference (did you mean secretKey?); allowed: secret, secretKey '
      + '(text for companyAddress.city, or a value from a secret)',
      'acme.json: fields.messagingUseCase.useCaseCategory: a secret reference given for messagingUseCase.useCaseCategory, must be text: it is a '
      + 'SELECT field: its choices are checked at synth; only TEXT values may come from a secret',
    ]));
    expect(problems).toHaveLength(8);
  });

  test('a misuse fails synth of the fleet, naming the file and the key path', () => {
    const folder = recordsFolder({ 'acme.json': indiaRecord({ contact: { email: { secretKey: 'email' }, phone: '+915550100001' } }) });
    placeFleet({ recordsFolder: folder });
    const app = new App();
    new SenderIdRegistrationFleet(app, 'Fleet', { recordsFolder: folder, stackProps: { env: ENV } });
    expect(() => app.synth()).toThrow(/\[Fleet\] acme\.json: contact\.email: \{ secretKey \} takes a key of the record's secret/);
  });

  test('an ATTACHMENT field or a document key given a secret reference is refused', () => {
    const problems = loadFleetRecords(recordsFolder({ 'id.json': {
      ...indiaRecord({ type: 'ID_SENDER_ID_REGISTRATION', form: { letterOfAuthorizationXlAxiata: { secretKey: 'loa' } }, secret: SECRET }),
      fields: { 'idSidSpecificInfo.letterOfAuthorization1': { secretKey: 'loa' } },
      attachments: { 'idSidSpecificInfo.letterOfAuthorization2': { secretKey: 'loa' } },
    } })).problems;
    const refused = 'a document is a file in the records folder; only TEXT values may come from a secret';
    expect(problems).toEqual([
      `id.json: form.letterOfAuthorizationXlAxiata: a secret reference given for idSidSpecificInfo.letterOfAuthorization3, must be text: ${refused}`,
      `id.json: fields.idSidSpecificInfo.letterOfAuthorization1: a secret reference given for idSidSpecificInfo.letterOfAuthorization1, must be text: ${refused}`,
      `id.json: attachments.idSidSpecificInfo.letterOfAuthorization2: a secret reference given for idSidSpecificInfo.letterOfAuthorization2, must be text: ${refused}`,
    ]);
  });

  test('a record secret that is wrong is reported once, there, without its text', () => {
    const problems = problemsOf(indiaRecord({ secret: 'someone@example.com +62 555', contact: { email: { secretKey: 'email' }, phone: { secretKey: 'phone' } } }));
    expect(problems).toEqual([
      'acme.json: secret: text of 27 characters given, must be a secret\'s name (letters, digits and /_+=.@-, at most 512) or its ARN '
      + '(arn:aws:secretsmanager:…:secret:…)',
    ]);
  });
});
