/**
 * Integration test in the construct-library convention (`@aws-cdk/integ-tests-alpha`): one India draft
 * (`submit: false`, so no review is asked for and no fee is due; `RegistrationRemovalPolicy.DESTROY`, so the registration goes
 * with the stack), then DescribeRegistrations proves it exists as a draft of the right type.
 *
 * `integ-snapshot.test.ts` verifies the committed snapshot offline in CI. Deploying it needs an AWS account and an
 * integ-runner that reads this aws-cdk-lib's cloud assembly schema (see README, "Tests and benchmarks").
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { App, AppProps, Stack } from 'aws-cdk-lib';
import { RegistrationRemovalPolicy, SenderIdRegistration } from '../../lib';
import { indiaProps } from '../construct/fixtures';

export const INTEG_STACKS = ['SenderIdRegistrationIntegIndiaDraft', 'SenderIdRegistrationIntegIndiaDraftAssertions'];

export function integApp(props: AppProps = {}): App {
  const app = new App(props);
  // India registrations must be created in ap-south-1 or ap-south-2.
  const stack = new Stack(app, INTEG_STACKS[0], { env: { region: 'ap-south-1' } });
  const registration = new SenderIdRegistration(stack, 'IndiaDraft', indiaProps({ submit: false, removalPolicy: RegistrationRemovalPolicy.DESTROY }));

  // The assertions read the registration's id across stacks, which needs an explicit Region on both.
  const assertionStack = new Stack(app, INTEG_STACKS[1], { env: { region: 'ap-south-1' } });
  const integ = new IntegTest(app, 'IndiaDraftRegistration', { testCases: [stack], assertionStack, regions: ['ap-south-1'] });
  const described = integ.assertions.awsApiCall('PinpointSMSVoiceV2', 'DescribeRegistrations', { RegistrationIds: [registration.registrationId] });
  // The SDK client's name is not the IAM prefix (sms-voice), so the assertion's role gets the action explicitly.
  described.provider.addToRolePolicy({ Effect: 'Allow', Action: ['sms-voice:DescribeRegistrations'], Resource: ['*'] });
  described.expect(ExpectedResult.objectLike({
    Registrations: Match.arrayWith([Match.objectLike({ RegistrationType: 'IN_SENDER_ID_REGISTRATION', RegistrationStatus: 'CREATED' })]),
  }));
  return app;
}

if (require.main === module) integApp().synth();
