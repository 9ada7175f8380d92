import { aws_smsvoice as smsvoice, Resource, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import {
  AreaOfBusiness, RegistrationField, RegistrationFieldKind, RegistrationForm, RegistrationProvider, SenderIdRegistration, UseCaseCategory,
} from '../../lib';
import { COMMON, indiaProps, newStack, statusChangePattern } from './fixtures';

// One stack serves every test: synth is the slow part.
const stack = newStack('ap-south-1', 'Idioms');
const india = new SenderIdRegistration(stack, 'India', indiaProps());
const jordan = new SenderIdRegistration(stack, 'Jordan', {
  ...COMMON, form: RegistrationForm.other('JO_SENDER_ID_REGISTRATION'), senderId: 'DEMOJO',
  additionalFields: [RegistrationField.text('senderIdInfo.senderIdDescription', 'DEMOJO is the short name of Demo Company.')],
});
const follower = new iam.Role(stack, 'StatusFollower', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
india.grantRead(follower);
const sender = new iam.Role(stack, 'Sender', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
india.grantSendText(sender);
const imported = SenderIdRegistration.fromRegistrationId(stack, 'Console', 'registration-0123456789abcdef0123456789abcdef');
imported.grantRead(follower);
india.onSenderIdReady('Ready');
const template = Template.fromStack(stack);
const logicalId = stack.getLogicalId(india.node.findChild('Resource').node.defaultChild as any);

describe('aws-cdk-lib reference types', () => {
  test('the registration is a Resource whose IRegistrationRef is its ARN, taken where an L1 takes a registration', () => {
    expect(india).toBeInstanceOf(Resource);
    expect(stack.resolve(smsvoice.CfnRegistration.arnForRegistration(india))).toEqual({ 'Fn::GetAtt': [logicalId, 'RegistrationArn'] });
    expect(india.env).toEqual({ account: '123456789012', region: 'ap-south-1' });
  });

  test('a referenced registration is one too, in the account and Region of its ARN', () => {
    const arn = 'arn:aws:sms-voice:ap-south-2:222222222222:registration/registration-0123';
    const other = SenderIdRegistration.fromRegistrationAttributes(stack, 'OtherAccount', { registrationId: 'registration-0123', registrationArn: arn });
    expect(smsvoice.CfnRegistration.arnForRegistration(other)).toBe(arn);
    expect(other.env).toEqual({ account: '222222222222', region: 'ap-south-2' });
  });

  test('the sender ID is an ISenderIdRef: sender ID, the country of the registration type, the documented ARN', () => {
    expect(india.senderIdRef.senderId).toBe('DEMOCO');
    expect(india.senderIdRef.isoCountryCode).toBe('IN');
    expect(stack.resolve(smsvoice.CfnSenderId.arnForSenderId(india)))
      .toEqual({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sms-voice:ap-south-1:123456789012:sender-id/DEMOCO/IN']] });
    expect(jordan.senderIdRef.isoCountryCode).toBe('JO');
  });

  test('a registration type that registers no sender ID has no sender ID reference, and says why', () => {
    const brand = new SenderIdRegistration(newStack('us-east-1', 'Brand'), 'Brand', {
      ...COMMON, form: RegistrationForm.other('US_TEN_DLC_BRAND_REGISTRATION'), senderId: 'BRAND',
    });
    expect(() => brand.senderIdRef).toThrow(/Brand\/Brand: registration type US_TEN_DLC_BRAND_REGISTRATION does not register a sender ID/);
  });
});

describe('grants', () => {
  test('grantRead: the registration reads on its ARN, and DescribeSenderIds on its sender ID', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: stack.getLogicalId(follower.node.defaultChild as any) }],
      PolicyDocument: { Statement: Match.arrayWith([
        Match.objectLike({
          Action: ['sms-voice:DescribeRegistrations', 'sms-voice:DescribeRegistrationVersions', 'sms-voice:DescribeRegistrationFieldValues',
            'sms-voice:ListTagsForResource'],
          Resource: { 'Fn::GetAtt': [logicalId, 'RegistrationArn'] },
        }),
        Match.objectLike({ Action: 'sms-voice:DescribeSenderIds', Resource: Match.objectLike({ 'Fn::Join': ['', Match.arrayWith([':sms-voice:ap-south-1:123456789012:sender-id/DEMOCO/IN'])] }) }),
        Match.objectLike({ Resource: Match.objectLike({ 'Fn::Join': ['', Match.arrayWith([':sms-voice:ap-south-1:123456789012:registration/registration-0123456789abcdef0123456789abcdef'])] }) }),
      ]) },
    });
  });

  test('grantSendText: SendTextMessage on the sender ID\'s ARN only', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: stack.getLogicalId(sender.node.defaultChild as any) }],
      PolicyDocument: { Statement: [{
        Effect: 'Allow', Action: 'sms-voice:SendTextMessage',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sms-voice:ap-south-1:123456789012:sender-id/DEMOCO/IN']] },
      }] },
    });
  });

  test('the provider is grantable: a grant to it reaches the handler role; its role and functions are interfaces', () => {
    const provider = RegistrationProvider.of(stack);
    expect(provider.grantPrincipal).toBe(provider.role);
    expect(Stack.of(provider.onEventFunction)).toBe(stack);
  });
});

describe('sender ID ready', () => {
  test('onSenderIdReady: a rule for this registration becoming COMPLETE, nothing earlier', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: statusChangePattern(logicalId, ['COMPLETE']),
    });
  });
});

describe('service-owned options and field kinds', () => {
  test('an option the service added after this release is reachable with of(); a blank one is refused, naming the class', () => {
    expect(UseCaseCategory.of('Appointment reminders').value).toBe('Appointment reminders');
    expect(AreaOfBusiness.TECHNOLOGY.value).toBe('Technology');
    expect(() => AreaOfBusiness.of(' ')).toThrow(/AreaOfBusiness.of\(" "\): an option must be its text exactly as the form spells it, not blank/);
  });

  test('a field says which kind of value it holds', () => {
    expect(RegistrationField.text('companyInfo.companyName', 'Demo').kind).toBe(RegistrationFieldKind.TEXT);
    expect(RegistrationField.select('companyInfo.areaOfBusiness', ['Retail']).kind).toBe(RegistrationFieldKind.SELECT);
  });
});
