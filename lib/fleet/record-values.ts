import { quoted, shownText } from '../core/validation/message-values';

/**
 * How a record's raw values (parsed JSON or YAML) are described in messages: by kind, and by value only where
 * lib/personal-data.ts lets the field's value be shown.
 */

export type RawValue = unknown;

export function kindOf(value: RawValue): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true/false';
  return typeof value;
}

/** The kind, plus the value where it may be shown (a field path decides; without one, nothing is shown). */
export function described(value: RawValue, fieldPath?: string): string {
  const kind = kindOf(value);
  const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  if (!scalar || fieldPath === undefined) return kind;
  return `${kind} ${shownText(fieldPath, String(value))}`;
}

export function isMapping(value: RawValue): value is Record<string, RawValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** YAML records are read with every scalar as text (ids keep their digits), so yes/no also arrive as text. */
export function yesNoValue(value: RawValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (word === 'true' || word === 'yes') return true;
  if (word === 'false' || word === 'no') return false;
  return undefined;
}

/** The kind and the value, for keys that never hold personal data (the type, options). */
export function describedPublic(value: RawValue): string {
  const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  return scalar ? `${kindOf(value)} ${quoted(String(value))}` : kindOf(value);
}
