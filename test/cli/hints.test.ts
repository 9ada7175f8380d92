import * as fs from 'fs';
import * as path from 'path';
import { COMMANDS } from '../../tools/cli/main';

// Every command a tool or the handler tells its user to run must exist where the user is: in their own app, only the
// installed `sender-id-registration` CLI does (this repository's npm scripts do not). The hints are read from the
// sources' text, so a hint added tomorrow is checked too.

const ROOT = path.resolve(__dirname, '..', '..');
/** What runs in a user's app or account: the CLI and its tools, the handler. Repository-only scripts are left out. */
const USER_FACING = ['tools/cli', 'tools/rehearsal', 'tools/review', 'tools/plan', 'tools/status', 'tools/deployed', 'tools/fleet',
  'tools/schema', 'tools/definitions-sync', 'tools/registrar', 'lambda', 'lib'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

/** The source's text outside comments: what a user can be shown. */
function printableText(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n')
    .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line))
    .join('\n');
}

const texts = USER_FACING.flatMap(sourceFiles).map((file) => ({ file, text: printableText(file) }));
const commandNames = COMMANDS.map((c) => c.name);

test('the hints are found at all (the scan reads the sources it should)', () => {
  const hints = texts.flatMap(({ text }) => [...text.matchAll(/sender-id-registration ([a-z][a-z-]*(?: [a-z][a-z-]*)?)/g)]);
  expect(hints.length).toBeGreaterThan(10);
});

test('every `sender-id-registration <command>` a user is shown names a command of the CLI', () => {
  const unknown = texts.flatMap(({ file, text }) => [...text.matchAll(/sender-id-registration ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?/g)]
    .filter(([, first, second]) => !commandNames.includes(first) && !commandNames.includes(`${first} ${second}`))
    .map(([hint]) => `${file}: ${hint}`));
  expect(unknown).toEqual([]);
});

test('no user-facing text tells the user to run an npm script of this repository', () => {
  const npmRuns = texts.flatMap(({ file, text }) => [...text.matchAll(/npm (run [\w:-]+|start)/g)]
    .filter(() => file !== 'lib/handler-asset.ts') // said only when the library runs from a clone of this repository
    .map(([hint]) => `${file}: ${hint}`));
  expect(npmRuns).toEqual([]);
});
