import { validationError } from '../errors';
import { optionalString, Params } from '../params';
import { RegistrarState } from '../state';

/** ClientToken handling: a repeated token returns the first call's response and creates nothing. */

export function clientTokenOf(params: Params): string | undefined {
  const token = optionalString(params, 'ClientToken');
  if (token !== undefined && !/^[!-~]{1,64}$/.test(token)) {
    throw validationError('INVALID_PARAMETER', 'ClientToken must be 1-64 printable ASCII characters');
  }
  return token;
}

export function remembered(state: RegistrarState, operation: string, token: string | undefined): Record<string, unknown> | undefined {
  return token === undefined ? undefined : state.clientTokens.get(`${operation}:${token}`)?.response;
}

export function remember(
  state: RegistrarState, operation: string, token: string | undefined, resourceId: string, response: Record<string, unknown>,
): Record<string, unknown> {
  if (token !== undefined) state.clientTokens.set(`${operation}:${token}`, { resourceId, response });
  return response;
}
