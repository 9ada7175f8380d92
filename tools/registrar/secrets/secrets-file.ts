import * as fs from 'node:fs';

/**
 * The local secrets file the registrar serves GetSecretValue from. Two forms per secret name:
 *
 *   { "<name>": "text" | { ...JSON object... } }                       one AWSCURRENT version
 *   { "<name>": { "versions": [ { "versionId"?: "...", "stages"?: ["AWSCURRENT"], "value": "text" | {...} } ] } }
 *
 * An object value is the JSON secret `JSON.stringify` gives (what SecretText's `jsonField` reads keys of).
 * An object whose only member is a `versions` list is the second form; a JSON secret of that shape needs it.
 * Nothing here ever puts a value in a message: the file holds personal data.
 */

/** A secret's value as the file and the admin give it: the text, or a JSON object to serialize. */
export type SecretValueInput = string | Readonly<Record<string, unknown>>;

export interface SecretVersionInput {
  /** 32–64 characters, as the service's; default a UUID derived from the name and the version's position. */
  readonly versionId?: string;
  /** Staging labels; default `["AWSCURRENT"]` for a secret's only version, none for the others. */
  readonly stages?: readonly string[];
  readonly value: SecretValueInput;
}

export type SecretEntryInput = SecretValueInput | { readonly versions: readonly SecretVersionInput[] };

/** Secret name → its value or versions. */
export type SecretsInput = Readonly<Record<string, SecretEntryInput>>;

/** The versions an entry gives, whichever form it is in. */
export function versionsOf(entry: SecretEntryInput): readonly SecretVersionInput[] {
  if (isVersionsForm(entry)) return entry.versions;
  return [{ value: entry }];
}

function isVersionsForm(entry: SecretEntryInput): entry is { readonly versions: readonly SecretVersionInput[] } {
  return typeof entry === 'object' && entry !== null && Object.keys(entry).length === 1 && Array.isArray((entry as { versions?: unknown }).versions);
}

/**
 * Reads and parses a secrets file. A parse error names the position only: JSON.parse's own message
 * quotes the text around it, which may be a secret's value.
 */
export function readSecretsFile(file: string): SecretsInput {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`secrets file ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String((error as Error).message))?.[1];
    throw new Error(`secrets file ${file}: is not valid JSON${position ? ` (at character ${position})` : ''}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`secrets file ${file}: must be a JSON object of secret name → value or { "versions": [...] }`);
  }
  return parsed as SecretsInput;
}
