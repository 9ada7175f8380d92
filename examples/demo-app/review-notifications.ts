import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { ISenderIdRegistration, RegistrationStatus } from '../../lib';

/** The statuses that need a person: the reviewer sent the registration back, or approved it. */
export const REVIEW_OUTCOMES = [RegistrationStatus.REQUIRES_UPDATES, RegistrationStatus.COMPLETE];

/**
 * An SNS topic told when a registration's review ends, weeks after the deploy that submitted it.
 * Subscribe your team to `topic` (email, chat, a ticketing webhook).
 *
 * `statuses` filters the `aws.sms-voice` `Registration Status Change` events of the registration on
 * their current status (AWS End User Messaging SMS User Guide, "Monitoring with EventBridge":
 * https://docs.aws.amazon.com/sms-voice/latest/userguide/monitor-event-bridge.html).
 */
export class ReviewNotifications extends Construct {
  public readonly topic: sns.Topic;
  public readonly rule: events.Rule;

  constructor(scope: Construct, id: string, registration: ISenderIdRegistration) {
    super(scope, id);
    // enforceSSL: publishers (EventBridge included) must use TLS; cdk-nag AwsSolutions-SNS3.
    this.topic = new sns.Topic(this, 'Topic', { displayName: 'Sender ID registration review outcomes', enforceSSL: true });
    this.rule = registration.onStatusChange('ReviewOutcome', {
      description: 'A sender ID registration was approved or sent back for updates',
      statuses: REVIEW_OUTCOMES,
      target: new targets.SnsTopic(this.topic),
    });
  }
}
