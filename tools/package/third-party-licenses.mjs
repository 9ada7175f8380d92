// The licence notice of what a bundle contains: esbuild's metafile lists every input file, each input
// under node_modules belongs to a package, and each package ships its licence text. A bundle copies
// third-party code into our package, so their notices must travel with it (Apache-2.0 §4, MIT).
import fs from 'node:fs';
import path from 'node:path';

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt))?$/i;
const RULE = '-'.repeat(78);

/** The package directories (`node_modules/<name>` or `node_modules/@scope/<name>`) the bundle's inputs come from. */
export function bundledPackageDirectories(metafile, root) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/\\/g, '/'));
    if (match) dirs.add(path.resolve(root, match[1]));
  }
  return [...dirs];
}

function packageNotice(dir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const texts = fs.readdirSync(dir).filter((f) => LICENSE_FILE.test(f)).sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8').trim());
  const license = typeof manifest.license === 'string' ? manifest.license : manifest.license?.type ?? 'UNKNOWN';
  const text = texts.length > 0 ? texts.join('\n\n') : `(the package has no licence file; its package.json declares ${license})`;
  return { id: `${manifest.name}@${manifest.version}`, license, text };
}

/**
 * The notice for the given package directories. Most of the SDK's packages carry the same Apache-2.0
 * text, so each distinct text is printed once, under the packages that carry it.
 */
export function licenseNotice(packageDirectories, title) {
  const notices = [...new Map(packageDirectories.map(packageNotice).map((n) => [n.id, n])).values()].sort((a, b) => a.id.localeCompare(b.id));
  const byText = new Map();
  for (const notice of notices) byText.set(notice.text, [...(byText.get(notice.text) ?? []), notice]);
  const sections = [...byText.entries()].map(([text, carriers]) => {
    const names = carriers.map((n) => `${n.id} (${n.license})`).join('\n');
    return `${RULE}\n${names}\n${RULE}\n\n${text}\n`;
  });
  return `${title}\n\nIt contains the following third-party packages (${notices.length}), each under its own licence:\n`
    + `${notices.map((n) => `  ${n.id} (${n.license})`).join('\n')}\n\n${sections.join('\n')}`;
}
