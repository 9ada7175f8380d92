/**
 * Control characters in a value: invisible in the console and to reviewers, and a pasted NUL or BEL is
 * always a mistake. A line break is text only where the form takes paragraphs.
 */

/**
 * The one decision of which fields may hold line breaks (\n): message samples (an SMS may have
 * several lines) and descriptions (use case, opt-in workflow, sender ID). Names, addresses, ids,
 * emails, phone numbers, URLs and the sender ID are single-line.
 */
const MULTI_LINE_FIELDS: readonly RegExp[] = [
  /^messageSamples\./,
  /\.[A-Za-z0-9_]*(Description|Details)$/,
];

export function allowsLineBreaks(fieldPath: string): boolean {
  return MULTI_LINE_FIELDS.some((p) => p.test(fieldPath));
}

/** C0 controls (U+0000-U+001F), DEL (U+007F) and C1 controls (U+0080-U+009F). */
function isControl(codePoint: number): boolean {
  return codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f);
}

const NAMES: Readonly<Record<number, string>> = { 0x00: 'NUL', 0x07: 'BEL', 0x09: 'tab', 0x0a: 'line break', 0x0d: 'carriage return', 0x1b: 'ESC', 0x7f: 'DEL' };

function describe(codePoint: number): string {
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[codePoint] ? `${NAMES[codePoint]}, ${code}` : code;
}

/** The problem of one text value, naming the field and the first offending character by code and position (never the value). */
export function controlCharacterProblem(fieldPath: string, value: string): string | undefined {
  const lineBreaks = allowsLineBreaks(fieldPath);
  const characters = [...value];
  const offending = characters.map((c, i) => ({ codePoint: c.codePointAt(0)!, position: i + 1 }))
    .filter(({ codePoint }) => isControl(codePoint) && !(lineBreaks && codePoint === 0x0a));
  if (offending.length === 0) return undefined;
  const first = offending[0];
  const count = offending.length === 1 ? 'a control character' : `${offending.length} control characters, the first`;
  const singleLine = first.codePoint === 0x0a ? ', but it is a single-line field (line breaks are allowed only in descriptions and message samples)' : '';
  return `${fieldPath}: contains ${count} (${describe(first.codePoint)}) at character ${first.position}${singleLine}; `
    + 'the form takes printable text only';
}

/** Every field's control-character problem; select choices are checked like text. */
export function controlCharacterProblems(fields: Readonly<Record<string, string | string[]>>): string[] {
  // One problem per field: the first offending value (a choice list may hold several).
  return Object.entries(fields).flatMap(([fieldPath, value]) => (Array.isArray(value) ? value : [value])
    .map((v) => controlCharacterProblem(fieldPath, v)).filter((p): p is string => p !== undefined).slice(0, 1));
}
