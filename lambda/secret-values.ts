import { RegistrationResourceProperties } from '../lib/core/contract/resource-properties';
import { describeSecretSource, SecretFieldProperty, secretReadKey } from '../lib/core/contract/secret-fields';
import { OutOfTime } from './call-budget';
import { RegistrationRequest } from './events';
import { SecretContent, SecretReader } from './secrets-api';

/**
 * Values from Secrets Manager, read at deploy. The event holds only references (lib/core/contract/secret-fields.ts);
 * they are read right after the event is parsed, before anything is validated, planned or written, so
 * every later step sees ordinary values. Nothing here ever puts a value in a message: a problem names
 * the field, the secret, the key and the version.
 */

/** The secret-backed fields could not all be read; nothing was created or changed. */
export class SecretValueError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`values from Secrets Manager could not be read; nothing was created or changed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SecretValueError';
  }
}

/** A failed GetSecretValue in words: the exception's name only, since its message is the service's. */
function readFailure(error: unknown): string {
  const name = (error as { name?: string })?.name ?? 'Error';
  if (name === 'ResourceNotFoundException') return 'was not found (ResourceNotFoundException)';
  if (name === 'AccessDeniedException') return 'may not be read by the handler role (AccessDeniedException)';
  if (name === 'DecryptionFailure') return 'could not be decrypted with its KMS key (DecryptionFailure)';
  return `could not be read (${name})`;
}

/** The text a reference points at, or what is wrong with it. */
function textOf(ref: SecretFieldProperty, content: SecretContent): { text: string } | { problem: string } {
  if (!('text' in content)) return { problem: 'holds binary data, not text' };
  if (ref.JsonKey === undefined) return { text: content.text };
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.text);
  } catch {
    return { problem: `is not a JSON object, so it has no key ${JSON.stringify(ref.JsonKey)}` };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { problem: `is not a JSON object, so it has no key ${JSON.stringify(ref.JsonKey)}` };
  }
  const value = (parsed as Record<string, unknown>)[ref.JsonKey];
  if (value === undefined) return { problem: `has no key ${JSON.stringify(ref.JsonKey)}` };
  if (typeof value !== 'string') return { problem: `has key ${JSON.stringify(ref.JsonKey)}, but it holds a ${value === null ? 'null' : typeof value}, not text` };
  return { text: value };
}

/** What reading the secret-backed fields found: each field's text, or what is wrong with it (never a value). */
export interface SecretFieldReading {
  readonly values: Record<string, string>;
  readonly problems: Record<string, string>;
}

/**
 * Reads every secret-backed field of the properties. Each secret version is read once, however many
 * fields it holds; a field whose secret cannot be read, or lacks its key, gets a problem instead.
 */
export async function readSecretFields(reader: SecretReader, props: RegistrationResourceProperties): Promise<SecretFieldReading> {
  const refs = Object.entries(props.SecretFields ?? {});
  const reads = new Map<string, Promise<SecretContent>>();
  for (const [, ref] of refs) {
    const key = secretReadKey(ref);
    if (!reads.has(key)) reads.set(key, reader.read(ref));
  }
  const outcomes = new Map<string, { content: SecretContent } | { error: unknown }>();
  await Promise.all([...reads].map(async ([key, read]) => {
    outcomes.set(key, await read.then((content) => ({ content }), (error: unknown) => ({ error })));
  }));

  const values: Record<string, string> = {};
  const problems: Record<string, string> = {};
  for (const [path, ref] of refs) {
    const outcome = outcomes.get(secretReadKey(ref))!;
    if ('error' in outcome) {
      // Out of time is not a problem of the secret: the next poll reads it again.
      if (outcome.error instanceof OutOfTime) throw outcome.error;
      problems[path] = `the secret ${readFailure(outcome.error)}`;
      continue;
    }
    const text = textOf(ref, outcome.content);
    if ('problem' in text) problems[path] = `the secret ${text.problem}`;
    else values[path] = text.text;
  }
  return { values, problems };
}

/** The properties with every secret-backed field's value read into Fields; any problem fails them all, at once. */
export async function resolveSecretFields(reader: SecretReader, props: RegistrationResourceProperties): Promise<RegistrationResourceProperties> {
  if (!props.SecretFields) return props;
  const { values, problems } = await readSecretFields(reader, props);
  const messages = Object.entries(problems).map(([path, problem]) => `${path} (${describeSecretSource(props.SecretFields![path])}): ${problem}`);
  if (messages.length > 0) throw new SecretValueError(messages);
  return { ...props, Fields: { ...props.Fields, ...values } };
}

/** The request with its desired values read; a Delete needs none, and old properties are compared only by their type. */
export async function withSecretValues<R extends RegistrationRequest>(reader: SecretReader, request: R): Promise<R> {
  if (request.requestType === 'Delete' || !request.props.SecretFields) return request;
  return { ...request, props: await resolveSecretFields(reader, request.props) };
}
