import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { parseResourceProperties, RegistrationResourceProperties } from '../lib/core/contract/resource-properties';
import { adoptsOnCreate, isReplacement } from '../lib/core/lifecycle/transitions';

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

/** What every request carries besides its properties: the ids that name the resource and the request. */
interface RequestIds {
  readonly stackId: string;
  readonly logicalResourceId: string;
  readonly requestId: string;
}

/**
 * An event parsed once, at the edge: its properties typed, the old ones too for an Update. Everything
 * after this takes the parsed request, and the lifecycle's decisions take the properties themselves.
 */
export type RegistrationRequest = RequestIds & (
  | { readonly requestType: 'Create'; readonly props: RegistrationResourceProperties }
  | {
    readonly requestType: 'Update';
    readonly props: RegistrationResourceProperties;
    readonly oldProps: RegistrationResourceProperties;
    readonly physicalResourceId: string;
  }
  | { readonly requestType: 'Delete'; readonly props: RegistrationResourceProperties; readonly physicalResourceId: string }
);

/** Parse the event (CloudFormation delivers every scalar as a string); a malformed property throws, naming it. */
export function parseRequest(event: RegistrationEvent): RegistrationRequest {
  const ids: RequestIds = { stackId: event.StackId, logicalResourceId: event.LogicalResourceId, requestId: event.RequestId };
  const props = parseResourceProperties(event.ResourceProperties as Record<string, unknown>);
  switch (event.RequestType) {
    case 'Create':
      return { ...ids, requestType: 'Create', props };
    case 'Update':
      return {
        ...ids, requestType: 'Update', props, physicalResourceId: event.PhysicalResourceId,
        oldProps: parseResourceProperties(event.OldResourceProperties as Record<string, unknown>),
      };
    case 'Delete':
      return { ...ids, requestType: 'Delete', props, physicalResourceId: event.PhysicalResourceId };
  }
}

/**
 * Whether this request makes a new registration: a Create (unless it adopts one), or an Update that
 * replaces the registration (its type changed). Only what we made is deleted when the request fails:
 * an adopted registration existed before and stays.
 */
export function makesNewRegistration(request: RegistrationRequest): boolean {
  if (request.requestType === 'Create') return !adoptsOnCreate(request.props);
  if (request.requestType === 'Update') return isReplacement(request.oldProps, request.props);
  return false;
}
