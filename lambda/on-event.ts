import { adoptsOnCreate } from '../lib/core/lifecycle/transitions';
import { makesNewRegistration, OnEventResult, parseRequest, RegistrationEvent } from './events';
import { failure } from './failure';
import type { HandlerContext } from './handler-context';
import { logger } from './logger';
import { adoptRegistration, checkAdoptionOnUpdate } from './on-adopt';
import { createRegistration } from './on-create';
import { deleteRegistration } from './on-delete';
import { replaceClosed, replaceUnamendable } from './replacement';
import { withSecretValues } from './secret-values';
import { validateAgainstLiveDefinitions } from './validate-live';

/** Start the work of one request: the event is parsed once, then each request type goes to its own module. */
export async function onEvent(handler: HandlerContext, event: RegistrationEvent): Promise<OnEventResult> {
  logger.info('onEvent', { requestType: event.RequestType, logicalResourceId: event.LogicalResourceId, physicalResourceId: event.PhysicalResourceId });
  try {
    const request = parseRequest(event);
    const api = handler.api();
    if (request.requestType === 'Delete') return await deleteRegistration(api, request, () => handler.isRollingBack(request.stackId));
    // Values from secrets are read before anything looks at values: validation and every write see them, the event never does.
    const withValues = () => withSecretValues(handler.secrets(), request);
    if (request.requestType === 'Create') {
      return adoptsOnCreate(request.props) ? await adoptRegistration(api, await withValues()) : await createRegistration(api, await withValues());
    }
    // A rollback restores properties that were valid once; neither a form that has changed since nor
    // the adoption check may fail it, nor a secret version deleted since (isComplete keeps the registration then).
    const rollingBack = await handler.isRollingBack(request.stackId);
    if (!rollingBack) checkAdoptionOnUpdate(request);
    if (makesNewRegistration(request)) return await createRegistration(api, await withValues());
    const replaced = rollingBack ? undefined
      : await replaceClosed(api, request, withValues) ?? await replaceUnamendable(api, request, withValues);
    if (replaced) return replaced;
    // Same registration type: check the new values before isComplete writes anything.
    if (!rollingBack) await validateAgainstLiveDefinitions(api, (await withValues()).props);
    return { PhysicalResourceId: request.physicalResourceId };
  } catch (error) {
    throw failure(event, error);
  }
}
