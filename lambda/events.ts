import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { parseResourceProperties, RegistrationResourceProperties } from '../lib/core/contract/resource-properties';

/** The Provider framework's marker for a Create whose onEvent failed: there is nothing behind it. */
export const CREATE_FAILED_MARKER = 'AWSCDK::CustomResourceProviderFramework::CREATE_FAILED';

/** The events the Provider framework hands us: CloudFormation's, plus the physical id and data from onEvent for isComplete. */
export type RegistrationEvent = CloudFormationCustomResourceEvent & {
  readonly PhysicalResourceId?: string;
  readonly Data?: Record<string, string>;
};

export interface OnEventResult {
  readonly PhysicalResourceId: string;
  readonly Data?: Record<string, string>;
}

export interface IsCompleteResult {
  readonly IsComplete: boolean;
  readonly Data?: Record<string, string>;
}

/** The minimum of the Lambda context we use, so tests and the rehearsal can pass their own. */
export interface InvocationContext {
  getRemainingTimeInMillis(): number;
}

export function propertiesOf(event: RegistrationEvent): RegistrationResourceProperties {
  return parseResourceProperties(event.ResourceProperties as Record<string, unknown>);
}

export function oldPropertiesOf(event: RegistrationEvent): RegistrationResourceProperties | undefined {
  return event.RequestType === 'Update' ? parseResourceProperties(event.OldResourceProperties as Record<string, unknown>) : undefined;
}

/** Whether this event takes over an existing registration instead of creating one. */
export function adoptsRegistration(event: RegistrationEvent): boolean {
  return event.RequestType === 'Create' && propertiesOf(event).AdoptRegistrationId !== undefined;
}

/**
 * Whether this event makes a new registration: a Create (unless it adopts one), or an Update that
 * changes the registration type (a registration's type cannot change, so it is replaced). Only what
 * we made is deleted when the event fails: an adopted registration existed before and stays.
 */
export function makesNewRegistration(event: RegistrationEvent): boolean {
  if (event.RequestType === 'Create') return !adoptsRegistration(event);
  if (event.RequestType !== 'Update') return false;
  return oldPropertiesOf(event)!.RegistrationType !== propertiesOf(event).RegistrationType;
}
