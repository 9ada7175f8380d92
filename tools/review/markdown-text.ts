/**
 * Values in the Markdown review render as text, never as Markdown. Registration values come from the
 * people who declare them (for an ISV, from its end businesses): a message sample holding `<img src=…>`,
 * `@someone`, `**bold**`, `[a link](…)` or a bare URL must not become HTML, a mention, emphasis or a link in
 * a pull-request comment. A code span is the one construct in which GitHub renders none of these, so every
 * value, and every message that may quote one, is shown as a code span.
 */

/** What a value with nothing to show is shown as: a code span cannot hold only blanks. */
function blank(text: string): string {
  return text === '' ? '(empty)' : `(blank, ${[...text].length} characters)`;
}

/**
 * `text` as an inline code span that shows it verbatim, safe inside a table cell: line breaks become spaces
 * (a cell is one line), the fence is one backtick longer than the longest run inside, and `|` is escaped,
 * since GitHub ends a table cell at a pipe even inside a code span.
 */
export function code(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ');
  if (oneLine.trim() === '') return blank(text);
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // A span that starts or ends with a backtick needs a space inside its fence; CommonMark strips one space each side.
  const padded = oneLine.startsWith('`') || oneLine.endsWith('`') || (oneLine.startsWith(' ') && oneLine.endsWith(' ')) ? ` ${oneLine} ` : oneLine;
  return `${fence}${padded.replace(/\|/g, '\\|')}${fence}`;
}
