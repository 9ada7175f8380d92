import { IncomingMessage, ServerResponse } from 'node:http';
import { ServiceError } from '../errors';
import { jsonObject, readBody, send } from '../http-io';
import type { ServerParts } from '../server-parts';
import { requestRegion } from '../signing-region';
import { SECRETS_OPERATIONS } from './get-secret-value';
import { SecretsError } from './secrets-errors';

/**
 * Secrets Manager's AWS JSON 1.1 protocol: POST / with `X-Amz-Target: secretsmanager.<Operation>`,
 * signed for `secretsmanager`. Calls are in the call log like the SMS API's, with the members that name
 * a secret and a version only: neither a request's value members nor an answer's SecretString are
 * ever logged, printed or put in an error.
 */

export const SECRETS_TARGET_PREFIX = 'secretsmanager.';
const JSON_11 = 'application/x-amz-json-1.1';
const SIGNING_NAME = 'secretsmanager';
/** What the call log keeps of a request: names and ids, which are not personal data. */
const LOGGED_MEMBERS = ['SecretId', 'VersionId', 'VersionStage'];

function sendError(res: ServerResponse, error: SecretsError): void {
  send(res, error.statusCode, JSON_11, error.toBody(), { 'x-amzn-errortype': error.errorName });
}

/** A registrar error (a fault, a signature) in this protocol's shape. */
function asSecretsError(error: unknown): SecretsError {
  if (error instanceof SecretsError) return error;
  if (error instanceof ServiceError) {
    const name = error.errorName === 'InternalServerException' ? 'InternalServiceError' : error.errorName;
    return new SecretsError(name, error.message, error.statusCode);
  }
  return new SecretsError('InternalServiceError', 'Registrar bug in the Secrets Manager endpoint', 500);
}

export function loggedParams(params: Record<string, unknown>): Record<string, unknown> {
  const logged: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) logged[name] = LOGGED_MEMBERS.includes(name) ? value : '<not logged>';
  return logged;
}

export async function handleSecretsApi(parts: ServerParts, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const operation = String(req.headers['x-amz-target']).slice(SECRETS_TARGET_PREFIX.length);
  let params: Record<string, unknown> | undefined;
  try {
    params = jsonObject(await readBody(req));
  } catch {
    params = undefined;
  }
  let region = parts.state.options.region;
  let regionError: unknown;
  try {
    region = requestRegion(req.headers.authorization, region, SIGNING_NAME);
  } catch (error) {
    regionError = error;
  }
  const entry = parts.calls.record(operation, loggedParams(params ?? {}), req.headers, region);
  if (parts.faults.latencyMs > 0) await new Promise((r) => setTimeout(r, parts.faults.latencyMs));
  try {
    if (req.method !== 'POST' || path !== '/') throw new SecretsError('UnknownOperationException', `Expected POST / with X-Amz-Target: ${SECRETS_TARGET_PREFIX}<Operation>`);
    if (!params) throw new SecretsError('SerializationException', 'The request body must be a JSON object');
    const handler = SECRETS_OPERATIONS[operation];
    if (!handler) throw new SecretsError('UnknownOperationException', `The local registrar answers only ${Object.keys(SECRETS_OPERATIONS).join(', ')} of Secrets Manager, not ${operation}`);
    if (regionError) throw regionError;
    const fault = parts.faults.faultFor(operation);
    if (fault) throw fault;
    const output = handler(parts.secrets, params, { region, accountId: parts.state.options.accountId });
    entry.outcome = 'ok';
    send(res, 200, JSON_11, output);
  } catch (error) {
    const secretsError = asSecretsError(error);
    entry.outcome = secretsError.errorName;
    sendError(res, secretsError);
  }
}
