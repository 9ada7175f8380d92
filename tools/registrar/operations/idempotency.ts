import { optionalString, Params } from '../params';
import { RegionState } from '../state';

/**
 * ClientToken handling: a repeated token (in the same Region) returns the first call's response and
 * creates nothing. The token's form (1-64 of [!-~]) is the model's, checked by request-contract.ts.
 */

export function clientTokenOf(params: Params): string | undefined {
  return optionalString(params, 'ClientToken');
}

export function remembered(state: RegionState, operation: string, token: string | undefined): Record<string, unknown> | undefined {
  return token === undefined ? undefined : state.clientTokens.get(`${operation}:${token}`)?.response;
}

export function remember(
  state: RegionState, operation: string, token: string | undefined, resourceId: string, response: Record<string, unknown>,
): Record<string, unknown> {
  if (token !== undefined) state.clientTokens.set(`${operation}:${token}`, { resourceId, response });
  return response;
}
