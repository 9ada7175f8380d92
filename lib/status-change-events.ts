import * as events from 'aws-cdk-lib/aws-events';

/** Options of `onStatusChange`: the usual rule options, and the statuses to be told about. */
export interface StatusChangeOptions extends events.OnEventOptions {
  /**
   * Only these registration statuses (the event's `detail.registrationDetails.currentStatus`), e.g.
   * `['REQUIRES_UPDATES', 'COMPLETE']` for the end of a review.
   *
   * @default - every status change
   */
  readonly statuses?: string[];
}

/**
 * The pattern of one registration's status changes, optionally only to some statuses. The AWS End
 * User Messaging SMS User Guide's verbatim "Registration Status Change" event puts the registration
 * ARN in `resources` and the status in `detail.registrationDetails.currentStatus`; matching the
 * registration on `resources` does not depend on the shape of `detail`.
 */
export function statusChangePattern(registrationArn: string, statuses: string[] | undefined): events.EventPattern {
  return {
    source: ['aws.sms-voice'],
    detailType: ['Registration Status Change'],
    resources: [registrationArn],
    ...(statuses ? { detail: { registrationDetails: { currentStatus: statuses } } } : {}),
  };
}

/**
 * The registration status that means its sender ID is ready to send with. PROVISIONING is "approved, your origination
 * identity is being created"; only COMPLETE means it exists, and the service treats it as unregistered before that.
 */
export const SENDER_ID_READY_STATUS = 'COMPLETE';

/** The pattern of the one status change after which the registration's sender ID can send: it became COMPLETE. */
export function senderIdReadyPattern(registrationArn: string): events.EventPattern {
  return statusChangePattern(registrationArn, [SENDER_ID_READY_STATUS]);
}
