import { ArnFormat, IResource, Resource, Stack } from 'aws-cdk-lib';
import { aws_smsvoice as smsvoice } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { StatusChangeOptions, senderIdReadyPattern, statusChangePattern } from './status-change-events';

/**
 * Reads of one registration, for whoever follows its status (`grantRead`). Source: Service Authorization Reference,
 * "Actions, resources, and condition keys for AWS End User Messaging SMS and Voice V2": each takes the Registration
 * resource type.
 */
const REGISTRATION_READS = [
  'sms-voice:DescribeRegistrations',
  'sms-voice:DescribeRegistrationVersions',
  'sms-voice:DescribeRegistrationFieldValues',
  'sms-voice:ListTagsForResource',
];

/** A sender ID registration: one this app declares, or an existing one it refers to. */
export interface ISenderIdRegistration extends IResource, smsvoice.IRegistrationRef {
  /**
   * The registration's id, e.g. `registration-0123...`.
   *
   * @attribute
   */
  readonly registrationId: string;

  /**
   * The registration's ARN.
   *
   * @attribute
   */
  readonly registrationArn: string;

  /**
   * Let `grantee` read the registration: its status, versions, field values (denial reasons included) and tags.
   * What `sender-id-registration status` and a status-following app call.
   */
  grantRead(grantee: iam.IGrantable): iam.Grant;

  /**
   * An EventBridge rule for this registration's status changes (source `aws.sms-voice`, detail-type
   * `Registration Status Change`, `resources` holding the registration's ARN): reviews end weeks after
   * the deploy that submitted them.
   */
  onStatusChange(id: string, options?: StatusChangeOptions): events.Rule;

  /**
   * An EventBridge rule for the moment the sender ID is ready to send with: the registration became COMPLETE
   * (PROVISIONING is "approved, being created"; the service treats the sender ID as unregistered until COMPLETE).
   */
  onSenderIdReady(id: string, options?: events.OnEventOptions): events.Rule;
}

/** What identifies an existing registration. */
export interface SenderIdRegistrationAttributes {
  /** The registration's id, e.g. `registration-0123...`. */
  readonly registrationId: string;
  /**
   * The registration's ARN.
   *
   * @default - formatted from the id, in the stack's account and region
   */
  readonly registrationArn?: string;
}

/** The ARN of registration `registrationId` (or `*`) in the stack of `scope`. */
export function registrationArnIn(scope: Construct, registrationId: string): string {
  return Stack.of(scope).formatArn({
    service: 'sms-voice', resource: 'registration', resourceName: registrationId, arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}

/** What a declared registration and a referenced one share. */
export abstract class SenderIdRegistrationBase extends Resource implements ISenderIdRegistration {
  public abstract readonly registrationId: string;
  public abstract readonly registrationArn: string;

  /** aws-cdk-lib's reference to the registration: pass the construct wherever an L1 takes an `IRegistrationRef`. */
  public get registrationRef(): smsvoice.RegistrationReference {
    return { registrationArn: this.registrationArn };
  }

  public grantRead(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({ grantee, actions: REGISTRATION_READS, resourceArns: [this.registrationArn] });
  }

  public onStatusChange(id: string, options: StatusChangeOptions = {}): events.Rule {
    const { statuses, target, ...ruleOptions } = options;
    return this.ruleFor(id, statusChangePattern(this.registrationArn, statuses), ruleOptions, target);
  }

  public onSenderIdReady(id: string, options: events.OnEventOptions = {}): events.Rule {
    const { target, ...ruleOptions } = options;
    return this.ruleFor(id, senderIdReadyPattern(this.registrationArn), ruleOptions, target);
  }

  private ruleFor(id: string, pattern: events.EventPattern, options: events.RuleProps, target?: events.IRuleTarget): events.Rule {
    const rule = new events.Rule(this, id, options);
    rule.addTarget(target);
    // Patterns are merged: options.eventPattern may narrow further.
    rule.addEventPattern(pattern);
    return rule;
  }
}

/** An existing registration, referenced read-only (nothing is deployed for it). */
export class ImportedSenderIdRegistration extends SenderIdRegistrationBase {
  public readonly registrationId: string;
  public readonly registrationArn: string;

  constructor(scope: Construct, id: string, attrs: SenderIdRegistrationAttributes) {
    const registrationArn = attrs.registrationArn ?? registrationArnIn(scope, attrs.registrationId);
    super(scope, id, { environmentFromArn: registrationArn });
    this.registrationId = attrs.registrationId;
    this.registrationArn = registrationArn;
  }
}
