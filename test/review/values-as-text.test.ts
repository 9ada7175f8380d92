import { App, Stack } from 'aws-cdk-lib';
import { SenderIdRegistration } from '../../lib';
import { code } from '../../tools/review/markdown-text';
import { renderMarkdown } from '../../tools/review/render-markdown';
import { buildReview } from '../../tools/review/review';
import { indiaProps } from '../construct/fixtures';
import { synthStage } from './helpers';

// The reference CommonMark implementation (a dependency of jsii's toolchain), to see the review as a renderer does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const commonmark = require('commonmark');

/**
 * A record's values come from whoever declares them (for an ISV, its end businesses): in the review's pull-request
 * comment they must render as the text they are, never as HTML, mentions, emphasis or links.
 */

const HOSTILE = [
  'Code 1 <img src=x onerror=alert(1)> from us',
  'Ping @someone and @org/team about #123',
  'Your **bold** _code_ is ~~1~~ here',
  'Open [a link](https://evil.example) or https://evil.example now',
];

/** Markdown as HTML, the way a pull-request comment shows it (tables aside: each cell is rendered on its own). */
function html(markdown: string): string {
  return new commonmark.HtmlRenderer().render(new commonmark.Parser().parse(markdown));
}

/** The cells of the review's table rows, with GitHub's escaped pipes restored as the table extension does. */
function cells(markdown: string): string[] {
  return markdown.split('\n').filter((l) => l.startsWith('| ')).flatMap((row) => row.slice(2, -2).split(/(?<!\\) \| /))
    .map((c) => c.replace(/\\\|/g, '|'));
}

function reviewMarkdown(messageSamples: string[], before = ['Your Demo code is 123456.']): string {
  const declare = (samples: string[]) => (app: App) => {
    const stack = new Stack(app, 'Hostile', { env: { account: '123456789012', region: 'ap-south-1' } });
    new SenderIdRegistration(stack, 'Isv', indiaProps({ messageSamples: samples }));
  };
  return renderMarkdown(buildReview({ head: [synthStage('dev', declare(messageSamples))], base: [synthStage('dev', declare(before))], baseLabel: 'main' }));
}

describe('values render as text in the Markdown review', () => {
  const markdown = reviewMarkdown(HOSTILE.slice(0, 3));
  const rendered = cells(markdown).map(html).join('\n');

  test('a value holding HTML, a mention, emphasis or a link is a code span in the fields and in the diff', () => {
    for (const value of HOSTILE.slice(0, 3)) {
      expect(markdown).toContain(`| ${code(JSON.stringify(value))} |`);
    }
    expect(markdown).toMatch(/\| changed \| Message sample 1 `messageSamples\.messageSample1` \| `"Your Demo code is 123456\."` \| `"Code 1 <img/);
  });

  test('rendered, no value becomes an element: no image, no emphasis, no link, and the text is shown whole', () => {
    // Our own words may be bold (what a deploy does); no value may.
    expect(rendered.replace(/<strong>new version → review \(weeks\)<\/strong>/g, '')).not.toMatch(/<img|<strong>|<em>|<del>|<a /);
    expect(rendered).toContain('<code>&quot;Code 1 &lt;img src=x onerror=alert(1)&gt; from us&quot;</code>');
    expect(rendered).toContain('<code>&quot;Ping @someone and @org/team about #123&quot;</code>');
    expect(rendered).toContain('<code>&quot;Your **bold** _code_ is ~~1~~ here&quot;</code>');
  });

  test('a link, bare or in brackets, stays text', () => {
    const withLink = reviewMarkdown([HOSTILE[3]]);
    expect(cells(withLink).map(html).join('\n')).not.toMatch(/<a /);
    expect(withLink).toContain(`| ${code(JSON.stringify(HOSTILE[3]))} |`);
  });
});

describe('code spans', () => {
  test.each([
    ['plain', 'DEMOCO', '`DEMOCO`'],
    ['with a backtick', 'a `b` c', '``a `b` c``'],
    ['starting with a backtick', '`x', '`` `x ``'],
    ['with a pipe, escaped for the table', 'a | b', '`a \\| b`'],
    ['over lines, as one line', 'line 1\nline 2', '`line 1 line 2`'],
    ['empty', '', '(empty)'],
    ['blank', '   ', '(blank, 3 characters)'],
  ])('%s', (_name, value, expected) => {
    expect(code(value)).toBe(expected);
  });

  test('a code span renders back to exactly the value', () => {
    for (const value of ['a `b` c', '``x``', ' padded ', '<b>&amp;</b>']) {
      const span = code(value);
      expect(html(span)).toBe(`<p><code>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code></p>\n`);
    }
  });
});
