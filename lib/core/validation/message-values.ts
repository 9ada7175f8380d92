import { isPublicTextField, showText } from '../personal-data';

/**
 * How values a user gave appear in validation messages: one place, so every message reads the same.
 * Whether a value may be shown at all is lib/core/personal-data.ts's decision.
 */

/** Enough of a long value to recognise it, without a 2,000-character sample filling the synth output. */
export const MAX_QUOTED_CHARACTERS = 200;

/** A value in quotes; a long one cut to its first MAX_QUOTED_CHARACTERS characters, with its full length. */
export function quoted(value: string): string {
  const characters = [...value];
  if (characters.length <= MAX_QUOTED_CHARACTERS) return JSON.stringify(value);
  return `${JSON.stringify(`${characters.slice(0, MAX_QUOTED_CHARACTERS).join('')}…`)} (${characters.length} characters)`;
}

/** A text field's value as a message may show it: quoted when public, otherwise described (personal data). */
export function shownText(fieldPath: string, value: string): string {
  return isPublicTextField(fieldPath) ? quoted(value) : showText(fieldPath, value);
}
