import type { LintInput } from './lint-rule';

/** A TEXT field's value when it holds more than blanks. */
export function textOf(input: LintInput, path: string): string | undefined {
  const value = input.fields[path];
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** A SELECT field's choices; none when it is not a SELECT or not set. */
export function choicesOf(input: LintInput, path: string): readonly string[] {
  const value = input.fields[path];
  return Array.isArray(value) ? value : [];
}
