import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { statusChangePattern } from '../../../test/construct/fixtures';
import { createExampleStacks } from '../example-stacks';
import { ReviewNotifications } from '../review-notifications';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const context = require('../../../cdk.json').context;

const { india, indonesia } = createExampleStacks(new App({ context }), 'prod');
const template = Template.fromStack(india);
const notifications = india.node.findChild('ReviewNotifications') as ReviewNotifications;
const registrationLogicalId = india.getLogicalId(india.registration.node.findChild('Resource').node.defaultChild as any);
const topicLogicalId = india.getLogicalId(notifications.topic.node.defaultChild as any);

const REGISTRATION_ID = 'registration-30a16a8b7cec478a8e37febbb9005348';
const arnOf = (registrationId: string) => `arn:aws:sms-voice:ap-south-1:222222222222:registration/${registrationId}`;

/**
 * A Registration Status Change event for a registration, in a given status: the verbatim example of
 * the AWS End User Messaging SMS User Guide ("Monitoring with EventBridge"; ../shared/API-NOTES.md),
 * plus the previousStatus an AWS sample's test events carry.
 */
function statusChangeEvent(registrationId: string, currentStatus: string): Record<string, unknown> {
  return {
    'version': '0',
    'detail-type': 'Registration Status Change',
    'source': 'aws.sms-voice',
    'account': '222222222222',
    'region': 'ap-south-1',
    'resources': [arnOf(registrationId)],
    'detail': {
      registrationDetails: {
        registrationId, registrationVersionNumber: 1, registrationType: 'IN_SENDER_ID_REGISTRATION',
        registrationStatusChangeTimestamp: 1758908543000, currentStatus, previousStatus: 'REVIEWING',
      },
      registrationArn: arnOf(registrationId),
    },
  };
}

/** EventBridge matching for the pattern shapes used here: nested objects and lists of exact values (an array field matches when any element does). */
function matches(pattern: Record<string, unknown>, event: Record<string, unknown>): boolean {
  return Object.entries(pattern).every(([key, wanted]) => {
    const actual = event[key];
    if (Array.isArray(wanted)) return Array.isArray(actual) ? actual.some((a) => wanted.includes(a)) : wanted.includes(actual);
    return typeof actual === 'object' && actual !== null && matches(wanted as Record<string, unknown>, actual as Record<string, unknown>);
  });
}

describe('example: notify an SNS topic when a review ends', () => {
  test('a rule on this registration\'s Registration Status Change events to REQUIRES_UPDATES or COMPLETE, targeting the topic', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: statusChangePattern(registrationLogicalId, ['REQUIRES_UPDATES', 'COMPLETE']),
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { Ref: topicLogicalId } })],
    });
  });

  test('the rule fires for the user guide\'s event when the review ends, not while it goes on, and not for another registration', () => {
    const rule = Object.values(template.findResources('AWS::Events::Rule'))[0].Properties.EventPattern;
    // The registration ARN is a token until deploy: put the one from the event in its place.
    const arnToken = JSON.stringify({ 'Fn::GetAtt': [registrationLogicalId, 'RegistrationArn'] });
    expect(JSON.stringify(rule)).toContain(arnToken);
    const pattern = JSON.parse(JSON.stringify(rule).split(arnToken).join(JSON.stringify(arnOf(REGISTRATION_ID))));
    const event = (status: string) => statusChangeEvent(REGISTRATION_ID, status);
    expect(['COMPLETE', 'REQUIRES_UPDATES', 'SUBMITTED', 'REVIEWING'].filter((s) => matches(pattern, event(s)))).toEqual(['COMPLETE', 'REQUIRES_UPDATES']);
    expect(matches(pattern, statusChangeEvent('registration-another', 'COMPLETE'))).toBe(false);
  });

  test('the topic takes only TLS publishers and lets EventBridge publish', () => {
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicLogicalId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 'sns:Publish', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({ Effect: 'Allow', Action: 'sns:Publish', Principal: { Service: 'events.amazonaws.com' } }),
        ]),
      },
    });
  });

  test('the Indonesia stack has its own topic and rule: events arrive in the registration\'s Region', () => {
    const indonesiaTemplate = Template.fromStack(indonesia);
    indonesiaTemplate.resourceCountIs('AWS::SNS::Topic', 1);
    indonesiaTemplate.resourceCountIs('AWS::Events::Rule', 1);
  });
});
