import {
  PinpointSMSVoiceV2Client, PutRegistrationFieldValueCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import { desiredFieldValues, parseResourceProperties } from '../../lib/core/contract/resource-properties';
import { toServiceValue } from '../../lib/core/field-value';
import { ServiceFieldValue } from '../../lib/core/forms/types';
import { indiaProperties } from '../../tools/fixtures/sample-properties';
import { RegistrarOptions, RunningRegistrar, startRegistrar } from '../../tools/registrar';

/** The real SDK client, pointed at a registrar, with fake credentials; its requests are signed for `region`. */
export function clientFor(registrar: RunningRegistrar, maxAttempts?: number, region = 'us-east-1'): PinpointSMSVoiceV2Client {
  return new PinpointSMSVoiceV2Client({
    endpoint: registrar.url,
    region,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    ...(maxAttempts ? { maxAttempts } : {}),
  });
}

/** Starts one registrar for the test file and closes it (and its client) afterwards. */
export function useRegistrar(options: RegistrarOptions = {}): { registrar: () => RunningRegistrar; client: () => PinpointSMSVoiceV2Client } {
  let registrar: RunningRegistrar;
  let client: PinpointSMSVoiceV2Client;
  beforeAll(async () => {
    registrar = await startRegistrar(options);
    client = clientFor(registrar);
  });
  afterAll(async () => {
    client.destroy();
    await registrar.close();
  });
  return { registrar: () => registrar, client: () => client };
}

/**
 * A complete, valid India sender ID form, as the API takes it: the shared India fixture's properties, parsed and
 * converted by the contract and the value module (the handler's own path to PutRegistrationFieldValue).
 */
export const INDIA_VALUES: Record<string, ServiceFieldValue> = Object.fromEntries(
  Object.entries(desiredFieldValues(parseResourceProperties(indiaProperties()))).map(([path, value]) => [path, toServiceValue(value)]),
);

export async function putValues(client: PinpointSMSVoiceV2Client, registrationId: string, values: Record<string, ServiceFieldValue>): Promise<void> {
  for (const [FieldPath, value] of Object.entries(values)) {
    await client.send(new PutRegistrationFieldValueCommand({ RegistrationId: registrationId, FieldPath, ...value }));
  }
}

/** The rejection of a promise, for asserting on its members. */
export async function rejectionOf(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, but it succeeded');
}

/** Polls until `check` returns a value; no timing assertions, only a generous cap against hanging. */
export async function eventually<T>(check: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Minimal bytes of each attachment type the service accepts, and one it does not. */
export const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100, 0x20)]);
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]);
export const TEXT_FILE = Buffer.from('just some text, not a document');

export interface RawResponse {
  readonly status: number;
  readonly errorType: string | null;
  readonly body: any;
}

/**
 * An AWS JSON 1.0 request by hand, for what the SDK would not send (unknown members, wrong types).
 * Unsigned unless `headers` carries an Authorization header, so it goes to the registrar's `region`.
 */
export async function rawCall(
  registrar: RunningRegistrar, operation: string, body: unknown, headers: Record<string, string> = {},
): Promise<RawResponse> {
  const response = await fetch(`${registrar.url}/`, {
    method: 'POST',
    headers: { 'x-amz-target': `PinpointSMSVoiceV2.${operation}`, 'content-type': 'application/x-amz-json-1.0', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, errorType: response.headers.get('x-amzn-errortype'), body: await response.json() };
}
