/**
 * The cloud-assembly metadata type each stack of a `SenderIdRegistrationFleet` carries. Tools (the review) tell a
 * fleet's registrations by it: metadata stays out of the template, so marking a stack changes nothing a deploy does,
 * and it holds however the fleet and its stacks are named. Imports nothing, so tools read it without aws-cdk-lib.
 */
export const FLEET_STACK_METADATA = 'sender-id-registration:fleetStack';

/** What the marker says: the fleet's construct path and the stack's number in it (1, 2, …). */
export interface FleetStackMarker {
  readonly fleet: string;
  readonly stackNumber: number;
}
