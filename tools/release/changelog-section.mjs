// The release notes: the CHANGELOG.md section of a version (`## 0.2.0`, `## [0.2.0] - date`, or `## Unreleased` before
// a release), without the area headings that have no entries.

/** The body of the `## <heading>` section whose heading starts with `title` (or `[title]`); undefined if none. */
export function changelogSection(changelog, title) {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^## \\[?${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]?(\\s|$)`).test(line));
  if (start === -1) return undefined;
  const end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  const body = lines.slice(start + 1, end === -1 ? undefined : end);
  return dropEmptyHeadings(body).join('\n').trim();
}

function dropEmptyHeadings(lines) {
  return lines.filter((line, i) => {
    if (!/^### /.test(line)) return true;
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    return next !== undefined && !/^#{2,3} /.test(next);
  });
}
