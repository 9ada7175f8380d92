import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { createExampleStacks } from '../../bin/example-stacks';
import { ReviewNotifications } from '../../bin/review-notifications';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const context = require('../../cdk.json').context;

const { india, indonesia } = createExampleStacks(new App({ context }), 'prod');
const template = Template.fromStack(india);
const notifications = india.node.findChild('ReviewNotifications') as ReviewNotifications;
const registrationLogicalId = india.getLogicalId(india.registration.node.findChild('Resource').node.defaultChild as any);
const topicLogicalId = india.getLogicalId(notifications.topic.node.defaultChild as any);

type EventShape = 'nested' | 'flat';

/**
 * A Registration Status Change event for this registration, in a given status. 'nested' is the
 * sample event of the AWS End User Messaging SMS User Guide ("Monitoring with EventBridge"); 'flat'
 * is the shape of an earlier public fixture (../shared/API-NOTES.md). The rule must match both.
 */
function statusChangeEvent(registrationId: string, currentStatus: string, shape: EventShape = 'nested'): Record<string, unknown> {
  const registration = { registrationId, registrationVersionNumber: 1, registrationType: 'IN_SENDER_ID_REGISTRATION', currentStatus };
  return {
    'version': '0',
    'detail-type': 'Registration Status Change',
    'source': 'aws.sms-voice',
    'account': '222222222222',
    'region': 'ap-south-1',
    'resources': [`arn:aws:sms-voice:ap-south-1:222222222222:registration/${registrationId}`],
    'detail': shape === 'nested'
      ? {
        registrationDetails: { ...registration, registrationStatusChangeTimestamp: 1758908543000 },
        registrationArn: `arn:aws:sms-voice:ap-south-1:222222222222:registration/${registrationId}`,
      }
      : { ...registration, previousStatus: 'REVIEWING' },
  };
}

/** EventBridge matching for the pattern shapes used here: nested objects, lists of exact values, and `$or`. */
function matches(pattern: Record<string, unknown>, event: Record<string, unknown>): boolean {
  return Object.entries(pattern).every(([key, wanted]) => {
    if (key === '$or') return (wanted as Array<Record<string, unknown>>).some((alternative) => matches(alternative, event));
    if (Array.isArray(wanted)) return wanted.includes(event[key]);
    return typeof event[key] === 'object' && event[key] !== null && matches(wanted as Record<string, unknown>, event[key] as Record<string, unknown>);
  });
}

describe('example: notify an SNS topic when a review ends', () => {
  test('a rule on this registration\'s Registration Status Change events to REQUIRES_UPDATES or COMPLETE, targeting the topic', () => {
    const wanted = { registrationId: [{ Ref: registrationLogicalId }], currentStatus: ['REQUIRES_UPDATES', 'COMPLETE'] };
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        'source': ['aws.sms-voice'],
        'detail-type': ['Registration Status Change'],
        '$or': [{ detail: { registrationDetails: wanted } }, { detail: wanted }],
      },
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { Ref: topicLogicalId } })],
    });
  });

  test.each<EventShape>(['nested', 'flat'])('the rule fires for the %s event when the review ends, and not while it goes on', (shape) => {
    const rule = Object.values(template.findResources('AWS::Events::Rule'))[0].Properties.EventPattern;
    // The registration id is a token until deploy: put the one from the event in its place.
    const pattern = JSON.parse(JSON.stringify(rule).split(JSON.stringify({ Ref: registrationLogicalId })).join('"registration-30a16a8b7cec478a8e37febbb9005348"'));
    const event = (status: string) => statusChangeEvent('registration-30a16a8b7cec478a8e37febbb9005348', status, shape);
    expect(['COMPLETE', 'REQUIRES_UPDATES', 'SUBMITTED', 'REVIEWING'].filter((s) => matches(pattern, event(s)))).toEqual(['COMPLETE', 'REQUIRES_UPDATES']);
    expect(matches(pattern, statusChangeEvent('registration-another', 'COMPLETE', shape))).toBe(false);
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
