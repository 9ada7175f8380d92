import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { RegistrationField, RegistrationForm, SenderIdRegistration } from '../../lib';
import { COMMON } from './fixtures';

// The grants' resource types, as the Service Authorization Reference gives them for sms-voice: SendTextMessage and
// DescribeSenderIds both take the sender-id resource type, arn:${Partition}:sms-voice:${Region}:${Account}:sender-id/${SenderId}/${IsoCountryCode}.
const stack = new Stack(new App(), 'Agnostic');
const jordan = new SenderIdRegistration(stack, 'Jordan', {
  ...COMMON, form: RegistrationForm.other('JO_SENDER_ID_REGISTRATION'), senderId: 'DEMOJO',
  additionalFields: [RegistrationField.text('senderIdInfo.senderIdDescription', 'DEMOJO is the short name of Demo Company.')],
});
const sender = new iam.Role(stack, 'Sender', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const reader = new iam.Role(stack, 'Reader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
jordan.grantSendText(sender);
jordan.grantRead(reader);
const template = Template.fromStack(stack);

/** The sender ID's ARN in an environment-agnostic stack: partition, Region and account from the deploy. */
const SENDER_ID_ARN = {
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sms-voice:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':sender-id/DEMOJO/JO']],
};

function statementsOf(role: iam.Role): unknown[] {
  const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: stack.getLogicalId(role.node.defaultChild as any) }] } });
  return Object.values(policies).flatMap((p: any) => p.Properties.PolicyDocument.Statement);
}

describe('grants on the sender ID name its ARN, in the documented format, never "*"', () => {
  test('grantSendText: one statement, SendTextMessage on sender-id/<sender ID>/<country> in the deploy\'s partition, Region and account', () => {
    expect(statementsOf(sender)).toEqual([{ Effect: 'Allow', Action: 'sms-voice:SendTextMessage', Resource: SENDER_ID_ARN }]);
  });

  test('grantRead: DescribeSenderIds on the same ARN, beside the registration reads on the registration\'s ARN', () => {
    const statements = statementsOf(reader);
    expect(statements).toContainEqual({ Effect: 'Allow', Action: 'sms-voice:DescribeSenderIds', Resource: SENDER_ID_ARN });
    const registrationArn = { 'Fn::GetAtt': [stack.getLogicalId(jordan.node.findChild('Resource').node.defaultChild as any), 'RegistrationArn'] };
    expect(statements).toContainEqual({
      Effect: 'Allow', Resource: registrationArn,
      Action: ['sms-voice:DescribeRegistrations', 'sms-voice:DescribeRegistrationVersions', 'sms-voice:DescribeRegistrationFieldValues', 'sms-voice:ListTagsForResource'],
    });
    expect(JSON.stringify(statements)).not.toContain('"Resource":"*"');
  });
});
