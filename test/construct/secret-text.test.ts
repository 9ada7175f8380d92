import { CfnOutput } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { RegistrationField, SecretText, SenderIdRegistration } from '../../lib';
import { indiaProps, indonesiaProps, newStack } from './fixtures';

// Values from Secrets Manager: the template carries the secret's ARN, key and version, never a value,
// and the handler role may read exactly the secrets the registrations use.
const stack = newStack('ap-southeast-1');
const byName = secretsmanager.Secret.fromSecretNameV2(stack, 'EndBusiness', 'end-businesses/pt-demo');
const key = new kms.Key(stack, 'SecretKey');
const owned = new secretsmanager.Secret(stack, 'Owned', { encryptionKey: key });
const registration = new SenderIdRegistration(stack, 'Indonesia', indonesiaProps({
  company: { ...indonesiaProps().company, registrationNumber: SecretText.fromSecret(byName, { jsonField: 'companyId' }) },
  address: { line1: SecretText.fromSecret(byName, { jsonField: 'line1' }), city: 'Jakarta', isoCountryCode: 'ID' },
  contact: {
    email: SecretText.fromSecret(byName, { jsonField: 'email' }),
    phone: SecretText.fromSecret(owned, { jsonField: 'phone', versionId: 'a1b2c3d4-0000-4000-8000-000000000001' }),
  },
  additionalFields: [RegistrationField.text('companyAddress.zipCode', SecretText.fromSecret(owned, { versionStage: 'AWSPENDING' }))],
}));
const template = Template.fromStack(stack);
const properties = Object.values(template.findResources('Custom::SenderIdRegistration'))[0].Properties;

const BY_NAME_ARN = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':secretsmanager:ap-southeast-1:123456789012:secret:end-businesses/pt-demo']] };
const OWNED_ARN = { Ref: stack.getLogicalId(owned.node.defaultChild as secretsmanager.CfnSecret) };

test('the template holds each secret-backed field as a reference: ARN, key and version', () => {
  expect(properties.SecretFields).toEqual({
    'companyInfo.companyId': { SecretArn: BY_NAME_ARN, JsonKey: 'companyId', VersionStage: 'AWSCURRENT' },
    'companyAddress.address1': { SecretArn: BY_NAME_ARN, JsonKey: 'line1', VersionStage: 'AWSCURRENT' },
    'contactInfo.emailAddress': { SecretArn: BY_NAME_ARN, JsonKey: 'email', VersionStage: 'AWSCURRENT' },
    'contactInfo.phoneNumber': { SecretArn: OWNED_ARN, JsonKey: 'phone', VersionId: 'a1b2c3d4-0000-4000-8000-000000000001' },
    'companyAddress.zipCode': { SecretArn: OWNED_ARN, VersionStage: 'AWSPENDING' },
  });
  for (const path of Object.keys(properties.SecretFields)) expect(properties.Fields).not.toHaveProperty([path]);
  expect(properties.Fields['companyAddress.city']).toBe('Jakarta');
});

test('a registration without secrets renders no SecretFields, so its template does not change', () => {
  const plain = newStack('ap-south-1', 'Plain');
  new SenderIdRegistration(plain, 'India', indiaProps());
  const props = Object.values(Template.fromStack(plain).findResources('Custom::SenderIdRegistration'))[0].Properties;
  expect(props).not.toHaveProperty('SecretFields');
  expect(Template.fromStack(plain).toJSON().Resources).not.toHaveProperty(['IndiaSecretReadPolicy']);
});

test('the handler role may read exactly these secrets, and decrypt only through Secrets Manager', () => {
  const policies = template.findResources('AWS::IAM::Policy', { Properties: { PolicyName: Match.stringLikeRegexp('SecretReadPolicy') } });
  expect(Object.keys(policies)).toHaveLength(1);
  const [policy] = Object.values(policies);
  expect(policy.Properties.PolicyDocument.Statement).toEqual([
    { Action: 'secretsmanager:GetSecretValue', Effect: 'Allow', Resource: { 'Fn::Join': ['', [...BY_NAME_ARN['Fn::Join'][1].slice(0, 2), ':secretsmanager:ap-southeast-1:123456789012:secret:end-businesses/pt-demo-??????']] } },
    { Action: 'secretsmanager:GetSecretValue', Effect: 'Allow', Resource: OWNED_ARN },
    {
      Action: 'kms:Decrypt', Effect: 'Allow', Resource: { 'Fn::GetAtt': [stack.getLogicalId(key.node.defaultChild as kms.CfnKey), 'Arn'] },
      Condition: { StringEquals: { 'kms:ViaService': 'secretsmanager.ap-southeast-1.amazonaws.com' } },
    },
  ]);
  // Nothing else in the stack grants a secret read.
  const all = JSON.stringify(template.findResources('AWS::IAM::Policy'));
  expect(all.match(/secretsmanager:GetSecretValue/g)).toHaveLength(2);
  // The registration waits for the policy: the handler's first read must be allowed.
  const [resource] = Object.values(template.findResources('Custom::SenderIdRegistration'));
  expect(resource.DependsOn).toEqual(expect.arrayContaining([Object.keys(policies)[0]]));
});

test('synth says once which fields are read at deploy, and checks everything else', () => {
  const annotations = Annotations.fromStack(stack);
  const infos = annotations.findInfo(`/${stack.stackName}/Indonesia`, Match.stringLikeRegexp('from Secrets Manager'));
  expect(infos).toHaveLength(1);
  expect(infos[0].entry.data).toBe('5 fields from Secrets Manager, validated at deploy against the live definitions before anything is written: '
    + 'companyInfo.companyId, companyAddress.address1, contactInfo.emailAddress, contactInfo.phoneNumber, companyAddress.zipCode');
  // Required fields from a secret count as given; no warning or error about them.
  expect(annotations.findError('*', Match.anyValue())).toEqual([]);
  expect(annotations.findWarning('*', Match.stringLikeRegexp('contactInfo|companyId|address1'))).toEqual([]);
  expect(registration.registrationType).toBe('ID_SENDER_ID_REGISTRATION');
});

describe('a value from a secret used where it cannot be', () => {
  function synthErrors(build: (s: ReturnType<typeof newStack>, secret: secretsmanager.ISecret) => void): string[] {
    const s = newStack('ap-south-1', 'Misuse');
    build(s, secretsmanager.Secret.fromSecretNameV2(s, 'S', 'x/y'));
    try {
      Template.fromStack(s);
      return [];
    } catch (e) {
      return [(e as Error).message];
    }
  }

  test('joined with other text: synth fails naming the field', () => {
    const [error] = synthErrors((s, secret) => new SenderIdRegistration(s, 'R', indiaProps({
      address: { line1: `Floor 3, ${SecretText.fromSecret(secret, { jsonField: 'line1' })}`, city: 'Mumbai', isoCountryCode: 'IN' },
    })));
    expect(error).toContain('companyAddress.address1: joins a value from SecretText.fromSecret with other text; a secret gives a field\'s whole value');
  });

  test('as a SELECT choice: synth fails naming the field', () => {
    const [error] = synthErrors((s, secret) => new SenderIdRegistration(s, 'R', indiaProps({
      additionalFields: [RegistrationField.select('messagingUseCase.monthlyMessageVolume', [SecretText.fromSecret(secret)])],
    })));
    expect(error).toContain('messagingUseCase.monthlyMessageVolume: is a SELECT field; its choices are the form\'s options');
  });

  test('outside a registration (an output): synth fails instead of rendering the reference', () => {
    const [error] = synthErrors((s, secret) => new CfnOutput(s, 'Leak', { value: SecretText.fromSecret(secret, { jsonField: 'email' }) }));
    expect(error).toContain('A value from SecretText.fromSecret (secret Misuse/S) is the value of a SenderIdRegistration TEXT field');
  });

  test('a version reference the service would refuse is refused when it is written', () => {
    const s = newStack('ap-south-1', 'Versions');
    const secret = secretsmanager.Secret.fromSecretNameV2(s, 'S', 'x/y');
    expect(() => SecretText.fromSecret(secret, { versionId: 'v1' })).toThrow('versionId "v1" is 2 characters; Secrets Manager version ids are 32-64 characters');
    expect(() => SecretText.fromSecret(secret, { versionId: 'a1b2c3d4-0000-4000-8000-000000000001', versionStage: 'AWSCURRENT' }))
      .toThrow('give versionId or versionStage, not both');
    expect(() => SecretText.fromSecret(secret, { jsonField: ' ' })).toThrow('jsonField is empty');
  });
});
