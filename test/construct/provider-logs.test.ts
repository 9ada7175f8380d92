import { Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { RegistrationProvider, SenderIdRegistration } from '../../lib';
import { indiaProps, newStack } from './fixtures';

const LOG_GROUPS = ['HandlerLogs', 'FrameworkLogs', 'WaiterLogs'];

function logGroupIds(stack: ReturnType<typeof newStack>): string[] {
  const provider = stack.node.findChild(RegistrationProvider.PROVIDER_ID);
  return LOG_GROUPS.map((id) => stack.getLogicalId(provider.node.findChild(id).node.defaultChild as any));
}

describe('provider log groups', () => {
  test('by default: three log groups (handler, framework functions, waiter), kept one year, no customer-managed key', () => {
    const stack = newStack('ap-south-1', 'DefaultLogs');
    new SenderIdRegistration(stack, 'India', indiaProps());
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Logs::LogGroup', 3);
    const groups = template.toJSON().Resources;
    for (const id of logGroupIds(stack)) {
      expect(groups[id].Properties.RetentionInDays).toBe(365);
      expect(groups[id].Properties.KmsKeyId).toBeUndefined();
    }
    template.resourceCountIs('AWS::KMS::Key', 0);
  });

  test('configure(): every log group is encrypted with the key and kept as long as asked; CloudWatch Logs may use the key', () => {
    const stack = newStack('ap-south-1', 'EncryptedLogs');
    const key = new kms.Key(stack, 'LogKey');
    RegistrationProvider.configure(stack, { logEncryptionKey: key, logRetention: logs.RetentionDays.THREE_MONTHS });
    new SenderIdRegistration(stack, 'India', indiaProps());
    new SenderIdRegistration(stack, 'India2', indiaProps({ senderId: 'DEMOTW' }));
    const template = Template.fromStack(stack);
    const keyId = stack.getLogicalId(key.node.defaultChild as any);

    template.resourceCountIs('AWS::Logs::LogGroup', 3);
    const groups = template.toJSON().Resources;
    for (const id of logGroupIds(stack)) {
      expect(groups[id].Properties).toEqual({ RetentionInDays: 90, KmsKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
    }
    // The handler's functions, the framework's three functions and the waiter write to those groups.
    const [handlerLogs, frameworkLogs, waiterLogs] = logGroupIds(stack);
    const functions = Object.values(template.findResources('AWS::Lambda::Function')) as any[];
    expect(functions.map((f) => f.Properties.LoggingConfig.LogGroup.Ref).sort())
      .toEqual([handlerLogs, handlerLogs, frameworkLogs, frameworkLogs, frameworkLogs].sort());
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      LoggingConfiguration: { Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: { 'Fn::GetAtt': [waiterLogs, 'Arn'] } } }] },
    });

    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({
        Principal: { Service: 'logs.ap-south-1.amazonaws.com' },
        Action: Match.arrayWith(['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey*']),
        Effect: 'Allow',
      })]) },
    });
  });

  test('configure() after the registrations applies all the same: the options are read at synth', () => {
    // GIVEN a stack whose registrations came first
    const late = newStack('ap-south-1', 'Late');
    new SenderIdRegistration(late, 'India', indiaProps());
    const key = new kms.Key(late, 'LogKey');
    // WHEN the options come afterwards, in two calls
    RegistrationProvider.configure(late, { logRetention: logs.RetentionDays.ONE_MONTH });
    RegistrationProvider.configure(late, { logEncryptionKey: key });
    // THEN every log group has both
    const keyId = late.getLogicalId(key.node.defaultChild as any);
    Template.fromStack(late).allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 30, KmsKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
  });

  test('an option configured twice with different values fails, naming it; the same value again is fine', () => {
    const twice = newStack('ap-south-1', 'Twice');
    RegistrationProvider.configure(twice, { logRetention: logs.RetentionDays.ONE_WEEK });
    RegistrationProvider.configure(twice, { logRetention: logs.RetentionDays.ONE_WEEK });
    expect(() => RegistrationProvider.configure(twice, { logRetention: logs.RetentionDays.ONE_MONTH }))
      .toThrow(/RegistrationProvider.configure\(\) was already given another logRetention; the provider is one per stack/);
  });

  test('configure() from any construct in the stack reaches the stack\'s one provider', () => {
    const stack = newStack('ap-south-1', 'Nested');
    const configured = RegistrationProvider.configure(new kms.Key(stack, 'SomeConstruct'), { logRetention: logs.RetentionDays.ONE_WEEK });
    new SenderIdRegistration(stack, 'India', indiaProps());
    expect(RegistrationProvider.of(stack)).toBe(configured);
    Template.fromStack(stack).allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 7 });
  });
});
