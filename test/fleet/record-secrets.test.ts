import Ajv from 'ajv';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildIsvFleetApp } from '../../examples/isv-fleet/app';
import { SenderIdRegistration } from '../../lib';
import { loadFleetRecords } from '../../lib/fleet/fleet-records';
import { recordSchema } from '../../tools/schema/record-schema';
import { indiaRecord, recordsFolder } from './fleet-fixtures';

// An end business's personal data in a record is a reference to its secret: the template holds the
// reference, the handler role may read that secret, and every mistake in a reference names its file and key.
// A name becomes an ARN in the Region and account of whichever stack the record is placed in.
const arnOf = (suffix = '') => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':secretsmanager:', { Ref: 'AWS::Region' }, ':',
  { Ref: 'AWS::AccountId' }, `:secret:sender-id-registrations/pt-demo-indonesia${suffix}`]] });
const PARTIAL_ARN = arnOf();

function problemsOf(record: Record<string, unknown>): string[] {
  return loadFleetRecords(recordsFolder({ 'acme.json': record })).problems;
}

test('the example\'s Indonesian record takes its contact, address line and company number from its secret', () => {
  const fleet = buildIsvFleetApp(new App());
  const template = Template.fromStack(fleet.stacks[0]);
  const indonesia = Object.values(template.findResources('Custom::SenderIdRegistration'))
    .map((r) => r.Properties).find((p) => p.RegistrationType === 'ID_SENDER_ID_REGISTRATION');

  expect(indonesia.SecretFields).toEqual({
    'companyInfo.companyId': { SecretArn: PARTIAL_ARN, JsonKey: 'companyId', VersionStage: 'AWSCURRENT' },
    'companyAddress.address1': { SecretArn: PARTIAL_ARN, JsonKey: 'line1', VersionStage: 'AWSCURRENT' },
    'contactInfo.emailAddress': { SecretArn: PARTIAL_ARN, JsonKey: 'email', VersionStage: 'AWSCURRENT' },
    'contactInfo.phoneNumber': { SecretArn: PARTIAL_ARN, JsonKey: 'phone', VersionStage: 'AWSCURRENT' },
  });
  expect(JSON.stringify(indonesia)).not.toMatch(/\+622155500001|Jalan Contoh|9120000000001|sms-registrations/);
  const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap((p) => p.Properties.PolicyDocument.Statement);
  expect(statements.filter((s) => s.Action === 'secretsmanager:GetSecretValue')).toEqual([{
    Action: 'secretsmanager:GetSecretValue', Effect: 'Allow',
    Resource: arnOf('-??????'),
  }]);
});

test('a value\'s own secret by ARN, pinned to a version, with its key; a fields entry too; writes count them as fields', () => {
  const arn = 'arn:aws:secretsmanager:ap-south-1:111111111111:secret:acme-AbCdEf';
  const versionId = 'a1b2c3d4-0000-4000-8000-000000000001';
  const { records, problems } = loadFleetRecords(recordsFolder({
    'acme.json': indiaRecord({
      contact: { email: { secret: { id: arn, versionId, kmsKeyArn: 'arn:aws:kms:ap-south-1:111111111111:key/1234' }, secretKey: 'email' }, phone: '+915550100001' },
      fields: { 'companyAddress.zipCode': { secret: 'acme/zip' } },
    }),
  }));
  expect(problems).toEqual([]);
  // 1 create + 21 fields + the zip code + 1 submit: a value from a secret is written like any other.
  expect(records[0].writes).toBe(24);

  const stack = new Stack(new App(), 'S', { env: { account: '111111111111', region: 'ap-south-1' } });
  new SenderIdRegistration(stack, 'Acme', records[0].props);
  const properties = Object.values(Template.fromStack(stack).findResources('Custom::SenderIdRegistration'))[0].Properties;
  expect(properties.SecretFields['contactInfo.emailAddress']).toEqual({ SecretArn: arn, JsonKey: 'email', VersionId: versionId });
  expect(properties.SecretFields['companyAddress.zipCode'].JsonKey).toBeUndefined();
  const statements = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy')).flatMap((p) => p.Properties.PolicyDocument.Statement);
  expect(statements).toEqual(expect.arrayContaining([
    { Action: 'secretsmanager:GetSecretValue', Effect: 'Allow', Resource: arn },
    expect.objectContaining({ Action: 'kms:Decrypt', Resource: 'arn:aws:kms:ap-south-1:111111111111:key/1234' }),
  ]));
});

test('every mistake in a secret reference fails, naming the file and the key path, never a value', () => {
  const problems = problemsOf(indiaRecord({
    senderId: { secretKey: 'senderId' },
    company: { ...(indiaRecord().company as object), registrationNumber: { secretKey: 'companyId' }, areaOfBusiness: { secretKey: 'area' } },
    contact: { email: { secret: { id: 'acme', versionId: 'v1', versionStage: 'AWSCURRENT' }, secretKey: 'email' }, phone: { secrt: 'acme' } },
    fields: { 'messagingUseCase.monthlyMessageVolume': { secret: 'acme' } },
  }));
  expect(problems).toEqual(expect.arrayContaining([
    expect.stringMatching(/^acme\.json: senderId: a secret reference given for senderIdInfo\.senderId, must be text: the sender ID stays text/),
    expect.stringMatching(/^acme\.json: company\.registrationNumber: \{ secretKey \} takes a key of the record's secret, but the record has no top-level secret/),
    expect.stringMatching(/^acme\.json: company\.areaOfBusiness: a secret reference given for companyInfo\.areaOfBusiness, must be text/),
    expect.stringMatching(/^acme\.json: contact\.email\.secret: gives both versionId and versionStage/),
    'acme.json: contact.email.secret.versionId: is 2 characters; Secrets Manager version ids are 32-64 characters (e.g. a UUID)',
    expect.stringMatching(/^acme\.json: contact\.phone\.secrt: is not a key of a secret reference \(did you mean secret\?\)/),
    expect.stringMatching(/^acme\.json: fields\.messagingUseCase\.monthlyMessageVolume: a secret reference given for .*SELECT field/),
  ]));
  expect(problems.join('\n')).not.toContain('+915550100001');
});

test('the schema takes a secret reference for a TEXT key and refuses one for a choice', () => {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(recordSchema('IN_SENDER_ID_REGISTRATION'));
  const ok = indiaRecord({ secret: 'acme/data', contact: { email: { secretKey: 'email' }, phone: { secret: { id: 'acme/phone' } } } });
  expect(validate(ok)).toBe(true);
  const choice = indiaRecord({ company: { ...(indiaRecord().company as object), areaOfBusiness: { secretKey: 'area' } } });
  expect(validate(choice)).toBe(false);
});
