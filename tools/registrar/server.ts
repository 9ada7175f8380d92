import { IncomingMessage, ServerResponse } from 'node:http';

import { ADMIN_ROUTES } from './admin';
import { ServiceError, validationError } from './errors';
import { BodyTooLarge, jsonObject, readBody, send } from './http-io';
import { OPERATIONS } from './operations';
import { checkRequest } from './request-contract';
import { SECRETS_TARGET_PREFIX, handleSecretsApi } from './secrets/secrets-endpoint';
import { ServerParts } from './server-parts';
import { requestRegion } from './signing-region';

/**
 * The AWS JSON 1.0 protocol as the SDK speaks it: POST / with `X-Amz-Target:
 * PinpointSMSVoiceV2.<Operation>`, JSON in and out. Signatures are not checked: fake credentials must
 * work; only the Region of the credential scope is read, to pick the Region's state. The same server
 * answers Secrets Manager's GetSecretValue (`X-Amz-Target: secretsmanager.<Operation>`, AWS JSON 1.1),
 * so a rehearsed handler reads its secret-backed values locally too (secrets/secrets-endpoint.ts).
 */

const TARGET_PREFIX = 'PinpointSMSVoiceV2.';
const JSON_10 = 'application/x-amz-json-1.0';

function sendError(res: ServerResponse, error: ServiceError): void {
  send(res, error.statusCode, JSON_10, error.toBody(), { 'x-amzn-errortype': error.errorName });
}

function parseParams(text: string): Record<string, unknown> {
  const params = jsonObject(text);
  if (!params) throw validationError('CANNOT_PARSE', 'The request body must be a JSON object');
  return params;
}

function bodyError(error: unknown): ServiceError {
  if (error instanceof BodyTooLarge) return validationError('MAXIMUM_SIZE_EXCEEDED', error.message);
  return error instanceof ServiceError ? error : validationError('CANNOT_PARSE', String(error));
}

export function requestHandler(parts: ServerParts): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const target = String(req.headers['x-amz-target'] ?? '');
    const handled = path.startsWith('/admin/') ? handleAdmin(parts, req, res, path)
      : target.startsWith(SECRETS_TARGET_PREFIX) ? handleSecretsApi(parts, req, res, path)
        : handleApi(parts, req, res, path);
    handled.catch((error) => {
      if (!res.headersSent) send(res, 500, 'application/json', { error: String(error) });
    });
  };
}

async function handleApi(parts: ServerParts, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const target = String(req.headers['x-amz-target'] ?? '');
  if (req.method !== 'POST' || path !== '/' || !target.startsWith(TARGET_PREFIX)) {
    sendError(res, new ServiceError('UnknownOperationException', `Expected POST / with X-Amz-Target: ${TARGET_PREFIX}<Operation>`));
    return;
  }
  const operation = target.slice(TARGET_PREFIX.length);
  let params: Record<string, unknown> = {};
  let parseError: ServiceError | undefined;
  try {
    params = parseParams(await readBody(req));
  } catch (error) {
    parseError = bodyError(error);
  }
  let region = parts.state.options.region;
  let regionError: ServiceError | undefined;
  try {
    region = requestRegion(req.headers.authorization, region);
  } catch (error) {
    regionError = error as ServiceError;
  }
  const entry = parts.calls.record(operation, params, req.headers, region);
  if (parts.faults.latencyMs > 0) await new Promise((r) => setTimeout(r, parts.faults.latencyMs));
  const handler = OPERATIONS[operation];
  try {
    if (parseError) throw parseError;
    if (!handler) throw new ServiceError('UnknownOperationException', `Unknown operation ${operation}`);
    if (regionError) throw regionError;
    const fault = parts.faults.faultFor(operation);
    if (fault) throw fault;
    // The model's contract first: no operation ever sees a request the real service would refuse on its shape.
    checkRequest(operation, params);
    const output = handler({ state: parts.state.region(region), startUpload: parts.startUpload, quotas: parts.faults.accountQuotas }, params);
    if (parts.faults.loseResponseOf(operation)) {
      // Applied, and then the answer is lost: the client sees the connection reset and retries.
      entry.outcome = 'lost-after-apply';
      req.socket.destroy();
      return;
    }
    entry.outcome = 'ok';
    send(res, 200, JSON_10, output);
  } catch (error) {
    const serviceError = error instanceof ServiceError ? error : new ServiceError('InternalServerException', `Registrar bug: ${String(error)}`);
    entry.outcome = serviceError.errorName;
    sendError(res, serviceError);
  }
}

async function handleAdmin(parts: ServerParts, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const route = ADMIN_ROUTES[`${req.method} ${path}`];
  if (!route) {
    send(res, 404, 'application/json', { error: `No admin route ${req.method} ${path}`, routes: Object.keys(ADMIN_ROUTES) });
    return;
  }
  try {
    const body = jsonObject(await readBody(req));
    if (!body) throw new Error('The request body must be a JSON object');
    const result = route(parts.admin, body);
    send(res, 200, 'application/json', result ?? {});
  } catch (error) {
    send(res, 400, 'application/json', { error: error instanceof Error ? error.message : String(error) });
  }
}
