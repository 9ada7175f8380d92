import { CfnResource, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as events from 'aws-cdk-lib/aws-events';
import { ISenderIdRegistration, RegistrationStatus, SenderIdRegistration } from '../../lib';
import { indiaProps, newStack } from './fixtures';

function registrationProperties(stack: Stack, registration: SenderIdRegistration) {
  const logicalId = stack.getLogicalId(registration.node.findChild('Resource').node.defaultChild as any);
  return Template.fromStack(stack).toJSON().Resources[logicalId].Properties;
}

const STATUS_CHANGE = {
  'source': ['aws.sms-voice'],
  'detail-type': ['Registration Status Change'],
};

describe('adoptRegistrationId', () => {
  test('is rendered as AdoptRegistrationId when set', () => {
    const stack = newStack();
    const adopting = new SenderIdRegistration(stack, 'India', indiaProps({ adoptRegistrationId: 'registration-0123456789abcdef0123456789abcdef' }));
    expect(registrationProperties(stack, adopting).AdoptRegistrationId).toBe('registration-0123456789abcdef0123456789abcdef');
  });

  test('is absent when not set, so existing templates do not change', () => {
    const stack = newStack();
    const plain = new SenderIdRegistration(stack, 'India', indiaProps());
    expect(registrationProperties(stack, plain)).not.toHaveProperty('AdoptRegistrationId');
  });

  test('an ARN instead of an id fails synth, saying what to give', () => {
    const stack = newStack();
    const arn = 'arn:aws:sms-voice:ap-south-1:123456789012:registration/registration-1';
    new SenderIdRegistration(stack, 'India', indiaProps({ adoptRegistrationId: arn }));
    expect(() => Template.fromStack(stack)).toThrow(/adoptRegistrationId: .* must be a registration id \(registration-\.\.\.\), not an ARN/);
  });
});

describe('referencing an existing registration', () => {
  test('fromRegistrationId: the id as given and an ARN formatted in the stack\'s account and region', () => {
    const stack = newStack();
    const existing = SenderIdRegistration.fromRegistrationId(stack, 'Existing', 'registration-abc');
    expect(stack.resolve(existing.registrationId)).toBe('registration-abc');
    expect(stack.resolve(existing.registrationArn)).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sms-voice:ap-south-1:123456789012:registration/registration-abc']],
    });
    // A reference deploys nothing (checked without synth: an empty template only earns a validation warning).
    expect(stack.node.findAll().filter((c) => c instanceof CfnResource)).toEqual([]);
  });

  test('fromRegistrationAttributes: a given ARN is used as it is', () => {
    const stack = newStack();
    const arn = 'arn:aws:sms-voice:ap-south-2:123456789012:registration/registration-abc';
    const existing = SenderIdRegistration.fromRegistrationAttributes(stack, 'Existing', { registrationId: 'registration-abc', registrationArn: arn });
    expect(existing.registrationArn).toBe(arn);
  });
});

describe('onStatusChange', () => {
  test('an imported registration: a rule on exactly its status-change events, with the target given', () => {
    const stack = newStack();
    const existing: ISenderIdRegistration = SenderIdRegistration.fromRegistrationId(stack, 'Existing', 'registration-abc');
    const target: events.IRuleTarget = { bind: () => ({ arn: 'arn:aws:sns:ap-south-1:123456789012:reviews', id: 'Reviews' }) };

    existing.onStatusChange('StatusChange', { target, description: 'Registration reviews' });

    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Events::Rule', 1);
    template.hasResourceProperties('AWS::Events::Rule', {
      Description: 'Registration reviews',
      // The ARN formatted in the stack's partition, account and Region; no status filter.
      EventPattern: {
        ...STATUS_CHANGE,
        resources: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sms-voice:ap-south-1:123456789012:registration/registration-abc']] }],
        detail: Match.absent(),
      },
      Targets: [{ Arn: 'arn:aws:sns:ap-south-1:123456789012:reviews', Id: 'Reviews' }],
    });
  });

  test('a declared registration: the pattern names its ARN, statuses narrow it, and so may an extra pattern', () => {
    const stack = newStack();
    const india = new SenderIdRegistration(stack, 'India', indiaProps());

    india.onStatusChange('Approved', { statuses: [RegistrationStatus.COMPLETE], eventPattern: { account: ['123456789012'] } });

    const logicalId = stack.getLogicalId(india.node.findChild('Resource').node.defaultChild as any);
    const rules = Template.fromStack(stack).findResources('AWS::Events::Rule');
    expect(Object.values(rules).map((r) => r.Properties.EventPattern)).toEqual([{
      ...STATUS_CHANGE,
      account: ['123456789012'],
      resources: [{ 'Fn::GetAtt': [logicalId, 'RegistrationArn'] }],
      detail: { registrationDetails: { currentStatus: ['COMPLETE'] } },
    }]);
  });
});

describe('RegistrationStatus', () => {
  test('of() takes a status the service reports and refuses one it does not, naming the allowed ones', () => {
    expect(RegistrationStatus.of('PROVISIONING').value).toBe('PROVISIONING');
    expect(() => RegistrationStatus.of('APPROVED')).toThrow(/"APPROVED" is not a registration status; one of CREATED, .*DELETED/);
  });
});
