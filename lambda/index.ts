import type { InvocationContext, IsCompleteResult, OnEventResult, RegistrationEvent } from './events';
import { createHandler, RegistrationHandler } from './handler';

/**
 * The Lambda entry point (`index.onEvent`, `index.isComplete`). Each Lambda container builds its
 * handler at its first invocation, from the function's environment (settings, SDK endpoint, Region).
 * `createHandler` is exported too: the rehearsal builds its own handler from this bundle.
 */
export { createHandler } from './handler';
export type { HandlerDependencies, RegistrationHandler } from './handler';

let containerHandler: RegistrationHandler | undefined;

function handler(): RegistrationHandler {
  containerHandler ??= createHandler();
  return containerHandler;
}

export function onEvent(event: RegistrationEvent): Promise<OnEventResult> {
  return handler().onEvent(event);
}

export function isComplete(event: RegistrationEvent, context?: InvocationContext): Promise<IsCompleteResult> {
  return handler().isComplete(event, context);
}
