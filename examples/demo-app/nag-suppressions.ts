import { Stack } from 'aws-cdk-lib';
import { NagSuppressions } from 'cdk-nag';
import { IConstruct } from 'constructs';
import { RegistrationProvider, SenderIdRegistration } from '../../lib';

/**
 * cdk-nag AwsSolutions findings that are inherent to a sender ID registration stack, each with the
 * reason it is accepted. Anything not listed here fails `cdk synth` of the example app.
 */
export function suppressInherentFindings(stack: Stack): void {
  const provider = stack.node.tryFindChild(RegistrationProvider.PROVIDER_ID);
  if (!provider) return;

  // The Provider framework (aws-cdk-lib/custom-resources) creates its own functions and state machine. Their
  // roles are ours (frameworkOnEventRole, frameworkCompleteAndTimeoutRole: no managed policy, an inline grant on
  // their log group), so AwsSolutions-IAM4 is not suppressed; these findings remain.
  NagSuppressions.addResourceSuppressions(provider.node.findChild('Provider'), [
    {
      id: 'AwsSolutions-IAM5',
      reason: 'Provider framework: invoking our handler functions needs <function ARN>:* (all versions), and Step Functions log delivery '
        + '(logs:CreateLogDelivery and friends) supports only Resource "*".',
    },
    {
      id: 'AwsSolutions-SF1',
      reason: 'The waiter logs errors without execution data: logging ALL would copy the registration (contact details, addresses) into logs.',
    },
    { id: 'AwsSolutions-SF2', reason: 'The Provider framework does not expose X-Ray tracing for its waiter state machine.' },
  ], true);

  for (const roleId of ['FrameworkOnEventRole', 'FrameworkCompleteRole']) {
    NagSuppressions.addResourceSuppressions(provider.node.findChild(roleId), [{
      id: 'AwsSolutions-IAM5',
      reason: 'The Provider framework grants its own role lambda:InvokeFunction on our handler functions and <function ARN>:* '
        + '(all versions); nothing else is wildcarded.',
      appliesTo: [{ regex: '/^Resource::<SenderIdRegistrationProvider(OnEvent|IsComplete)[0-9A-F]{8}\\.Arn>:\\*$/g' }],
    }], true);
  }

  NagSuppressions.addResourceSuppressions(provider.node.findChild('HandlerRole'), [
    {
      id: 'AwsSolutions-IAM5',
      reason: 'Service Authorization Reference (sms-voice): CreateRegistration and CreateRegistrationAttachment (both limited by an '
        + 'aws:RequestTag condition on the stack tag) and DescribeRegistrationFieldDefinitions have no resource types, so "*" is the only choice.',
      appliesTo: ['Resource::*'],
    },
    {
      id: 'AwsSolutions-IAM5',
      reason: 'Registrations and attachments are created by the handler at deploy time; their ids are not known when the policy is '
        + 'written, so actions are scoped to registration/* and registration-attachment/* of this account and Region; every write '
        + 'also requires the resource to carry the stack tag (aws:ResourceTag condition).',
      appliesTo: [{ regex: '/^Resource::arn:<AWS::Partition>:sms-voice:[^:]+:[^:]+:registration(-attachment)?\\/\\*$/g' }],
    },
  ], true);

  for (const registration of findRegistrations(stack)) {
    const policy = registration.node.tryFindChild('AttachmentReadPolicy');
    if (!policy) continue;
    NagSuppressions.addResourceSuppressions(policy, [{
      id: 'AwsSolutions-IAM5',
      reason: 'The CDK bootstrap bucket may be encrypted with a KMS key this stack cannot name; kms:Decrypt is limited to requests made '
        + 'through S3 in this Region (kms:ViaService). s3:GetObject is granted on exactly the attached objects.',
      appliesTo: [{ regex: '/^Resource::arn:<AWS::Partition>:kms:[^:]+:[^:]+:key\\/\\*$/g' }],
    }]);
  }
}

function findRegistrations(scope: IConstruct): SenderIdRegistration[] {
  return scope.node.findAll().filter((c): c is SenderIdRegistration => c instanceof SenderIdRegistration);
}
