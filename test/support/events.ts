import { randomUUID } from 'node:crypto';
import { RegistrationEvent } from '../../lambda/events';

const STACK_ID = 'arn:aws:cloudformation:ap-south-1:123456789012:stack/SenderIds-Test/11111111-2222-3333-4444-555555555555';

/** A CloudFormation custom-resource event as the Provider framework passes it on; any part can be overridden. */
type EventParts = Omit<Partial<RegistrationEvent>, 'ResourceProperties' | 'OldResourceProperties' | 'RequestType'> & {
  readonly RequestType?: RegistrationEvent['RequestType'];
  readonly ResourceProperties: Record<string, unknown>;
  readonly OldResourceProperties?: Record<string, unknown>;
};

export function buildEvent(partial: EventParts): RegistrationEvent {
  return {
    RequestType: 'Create',
    ServiceToken: 'arn:aws:lambda:ap-south-1:123456789012:function:provider',
    ResponseURL: 'https://cloudformation-custom-resource-response.example/never-logged',
    StackId: STACK_ID,
    RequestId: randomUUID(),
    LogicalResourceId: 'IndiaRegistration',
    ResourceType: 'Custom::SenderIdRegistration',
    ...partial,
  } as unknown as RegistrationEvent;
}
