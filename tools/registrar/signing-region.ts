import { ServiceError } from './errors';
import { serviceModel } from './service-model';

/**
 * The Region a request is addressed to: the service keeps its state per Region, and the SDK names the
 * Region in the SigV4 credential scope (`Credential=AKID/20261202/ap-south-1/sms-voice/aws4_request`).
 * Signatures themselves are not checked, so fake credentials work; an unsigned request (curl, the
 * admin's own tests) goes to the registrar's configured Region. Secrets Manager requests are scoped to
 * `secretsmanager` instead of the SMS API's signing name.
 */

const CREDENTIAL_SCOPE = /Credential=[^/,\s]+\/\d{8}\/([^/,\s]+)\/([^/,\s]+)\/aws4_request/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export function requestRegion(
  authorization: string | undefined, fallback: string, signingName: string = serviceModel().metadata.signingName,
): string {
  if (authorization === undefined) return fallback;
  const scope = CREDENTIAL_SCOPE.exec(authorization);
  if (!scope || !REGION.test(scope[1])) {
    throw new ServiceError('IncompleteSignatureException', 'The Authorization header has no SigV4 credential scope <key>/<date>/<region>/<service>/aws4_request');
  }
  if (scope[2] !== signingName) {
    throw new ServiceError('InvalidSignatureException', `Credential should be scoped to the correct service: '${signingName}', not '${scope[2]}'`);
  }
  return scope[1];
}
