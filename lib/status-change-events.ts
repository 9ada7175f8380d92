import { Token } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import { isRegistrationStatus, REGISTRATION_STATUSES } from './core/lifecycle/statuses';

/**
 * A registration status, as the service reports it (`RegistrationStatus`) and as a "Registration Status
 * Change" event carries it in `detail.registrationDetails.currentStatus`.
 */
export class RegistrationStatus {
  /** Created, not submitted. */
  public static readonly CREATED = new RegistrationStatus('CREATED');
  /** Submitted and awaiting review. */
  public static readonly SUBMITTED = new RegistrationStatus('SUBMITTED');
  /** Submitted with AWS review. */
  public static readonly AWS_REVIEWING = new RegistrationStatus('AWS_REVIEWING');
  /** Accepted and being reviewed: nothing can change. */
  public static readonly REVIEWING = new RegistrationStatus('REVIEWING');
  /** The registration's contact must complete email authentication. */
  public static readonly REQUIRES_AUTHENTICATION = new RegistrationStatus('REQUIRES_AUTHENTICATION');
  /** Approved; the sender ID is being provisioned. */
  public static readonly PROVISIONING = new RegistrationStatus('PROVISIONING');
  /** Approved and the sender ID exists: ready to use. */
  public static readonly COMPLETE = new RegistrationStatus('COMPLETE');
  /** Sent back: fix the registration and submit it again. */
  public static readonly REQUIRES_UPDATES = new RegistrationStatus('REQUIRES_UPDATES');
  /** The sender ID was deleted: the registration must be replaced. */
  public static readonly CLOSED = new RegistrationStatus('CLOSED');
  /** The registration was deleted. */
  public static readonly DELETED = new RegistrationStatus('DELETED');

  /**
   * A status by name, for one the service adds before this library names it.
   *
   * @param value a status name, e.g. `COMPLETE`; checked unless it is a token
   */
  public static of(value: string): RegistrationStatus {
    if (!Token.isUnresolved(value) && !isRegistrationStatus(value)) {
      throw new Error(`RegistrationStatus.of: "${value}" is not a registration status; one of ${REGISTRATION_STATUSES.join(', ')}`);
    }
    return new RegistrationStatus(value);
  }

  private constructor(public readonly value: string) {}
}

/** Options of `onStatusChange`: the usual rule options, and the statuses to be told about. */
export interface StatusChangeOptions extends events.OnEventOptions {
  /**
   * Only these registration statuses (the event's `detail.registrationDetails.currentStatus`), e.g.
   * `[RegistrationStatus.REQUIRES_UPDATES, RegistrationStatus.COMPLETE]` for the end of a review.
   *
   * @default - every status change
   */
  readonly statuses?: RegistrationStatus[];
}

/**
 * The pattern of one registration's status changes, optionally only to some statuses. The AWS End
 * User Messaging SMS User Guide's verbatim "Registration Status Change" event puts the registration
 * ARN in `resources` and the status in `detail.registrationDetails.currentStatus`; matching the
 * registration on `resources` does not depend on the shape of `detail`.
 */
export function statusChangePattern(registrationArn: string, statuses: RegistrationStatus[] | undefined): events.EventPattern {
  return {
    source: ['aws.sms-voice'],
    detailType: ['Registration Status Change'],
    resources: [registrationArn],
    ...(statuses ? { detail: { registrationDetails: { currentStatus: statuses.map((s) => s.value) } } } : {}),
  };
}

/**
 * The registration status that means its sender ID is ready to send with. PROVISIONING is "approved, your origination
 * identity is being created"; only COMPLETE means it exists, and the service treats it as unregistered before that.
 */
export const SENDER_ID_READY_STATUS = RegistrationStatus.COMPLETE;

/** The pattern of the one status change after which the registration's sender ID can send: it became COMPLETE. */
export function senderIdReadyPattern(registrationArn: string): events.EventPattern {
  return statusChangePattern(registrationArn, [SENDER_ID_READY_STATUS]);
}
