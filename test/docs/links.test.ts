import * as fs from 'fs';
import * as path from 'path';

/**
 * Every relative link of the project's Markdown (README, CONTRIBUTING, CHANGELOG, docs/, folder READMEs) resolves to a
 * file of the repository, and an anchor to a heading of that file: a newcomer never meets a dangling reference.
 */
const root = path.resolve(__dirname, '..', '..');

function markdownFiles(): string[] {
  const top = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md'].map((f) => path.join(root, f));
  const docs = fs.readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => path.join(root, 'docs', f));
  const folderReadmes = [
    'lib/README.md', 'lib/core/forms/catalog/README.md', 'lambda/README.md', 'tools/README.md', 'tools/registrar/README.md', 'examples/README.md',
    'examples/demo-app/README.md',
  ]
    .map((f) => path.join(root, f))
    .filter((f) => fs.existsSync(f));
  return [...top, ...docs, ...folderReadmes];
}

/** The text outside fenced code blocks, where a `# heading` is a heading, not a shell comment. */
function outsideFences(markdown: string): string {
  return markdown.split(/^```.*$/m).filter((_, i) => i % 2 === 0).join('\n');
}

/** The text outside code blocks and inline code spans, where a `[x](y)` is a link, not an example. */
function prose(markdown: string): string {
  return outsideFences(markdown).replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/`/g, '').replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
}

function anchorsOf(file: string): Set<string> {
  const headings = outsideFences(fs.readFileSync(file, 'utf8')).match(/^#{1,6} .+$/gm) ?? [];
  return new Set(headings.map((h) => slug(h.replace(/^#+ /, ''))));
}

function relativeLinks(file: string): string[] {
  const links = [...prose(fs.readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
  return links.filter((l) => !/^[a-z]+:/i.test(l));
}

describe('documentation links', () => {
  const files = markdownFiles();

  test('the docs folder exists and the README links into it', () => {
    expect(files.some((f) => f.includes(`${path.sep}docs${path.sep}`))).toBe(true);
    expect(relativeLinks(path.join(root, 'README.md')).some((l) => l.startsWith('docs/'))).toBe(true);
  });

  test.each(files.map((f) => [path.relative(root, f), f]))('%s: every relative link resolves', (_name, file) => {
    const dangling: string[] = [];
    for (const link of relativeLinks(file)) {
      const [target, anchor] = link.split('#');
      const resolved = target ? path.resolve(path.dirname(file), target) : file;
      if (!fs.existsSync(resolved)) {
        dangling.push(`${link} (no file ${path.relative(root, resolved)})`);
      } else if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor)) {
        dangling.push(`${link} (no heading #${anchor} in ${path.relative(root, resolved)})`);
      }
    }
    expect(dangling).toEqual([]);
  });

  test('the README stays a short front page', () => {
    const lines = fs.readFileSync(path.join(root, 'README.md'), 'utf8').split('\n').length;
    expect(lines).toBeLessThanOrEqual(250);
  });
});
