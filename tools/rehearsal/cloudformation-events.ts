import { randomUUID } from 'node:crypto';
import { RegistrationEvent } from '../../lambda/tools-api';
import { RESOURCE_TYPE } from '../../lib/core/contract/resource-properties';

/**
 * The one builder of CloudFormation custom-resource events, as the Provider framework passes them on:
 * the rehearsal, the registrar seed, the bench and the tests all deploy through it.
 */

/** The stack every part defaults to (tests name it: it is the value the construct would tag with). */
const DEFAULT_STACK_ID = stackId({ region: 'ap-south-1', account: '123456789012', stackName: 'SenderIds-Test', suffix: '11111111-2222-3333-4444-555555555555' });

/** Any part of the event can be given; the properties are required, as CloudFormation delivers them (scalars as strings). */
export type EventParts = Omit<Partial<RegistrationEvent>, 'ResourceProperties' | 'OldResourceProperties' | 'RequestType'> & {
  readonly RequestType?: RegistrationEvent['RequestType'];
  readonly ResourceProperties: Record<string, unknown>;
  readonly OldResourceProperties?: Record<string, unknown>;
};

export function buildEvent(partial: EventParts): RegistrationEvent {
  return {
    RequestType: 'Create',
    ServiceToken: 'arn:aws:lambda:ap-south-1:123456789012:function:provider',
    ResponseURL: 'https://cloudformation-custom-resource-response.example/never-logged',
    StackId: DEFAULT_STACK_ID,
    RequestId: randomUUID(),
    LogicalResourceId: 'IndiaRegistration',
    ResourceType: RESOURCE_TYPE,
    ...partial,
  } as unknown as RegistrationEvent;
}

/** A stack's id as CloudFormation writes it; the handler tags registrations with the stack name in it. */
export function stackId(stack: { readonly region: string; readonly account: string; readonly stackName: string; readonly suffix: string }): string {
  return `arn:aws:cloudformation:${stack.region}:${stack.account}:stack/${stack.stackName}/${stack.suffix}`;
}
