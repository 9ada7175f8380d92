import * as fs from 'fs';
import * as path from 'path';
import * as lib from '../../lib';
import { FORMS } from '../../lib/core/forms';
import { FormRules } from '../../lib/core/forms/form-rules';

// Adding a form is one folder (lib/core/forms/<form>/) plus, for a typed form, one props module (lib/countries/<country>.ts),
// each listed in one line (FORMS of lib/core/forms/all-forms.ts, lib/index.ts). This test scans the source tree for what
// only a form should know, a registration type or a field path of one form's own section, and for imports of a form's
// folder or props module, and fails when one appears anywhere else: a form's knowledge does not spread.

const ROOT = path.join(__dirname, '..', '..');
const SCANNED = ['lib', 'lambda', 'tools'];
const FORMS_DIR = 'lib/core/forms';
const PROPS_DIR = 'lib/countries';

/**
 * A registration type string (IN_SENDER_ID_REGISTRATION, US_TEN_DLC_BRAND_REGISTRATION), its suffix, its country prefix
 * ('IN_'), a typed form's constant; or a path of a form's own section (inSidSpecificInfo.*). Not the service's error code
 * 'UNKNOWN_REGISTRATION_TYPE'.
 */
const FORM_KNOWLEDGE = [
  /\b[A-Z]{2}_(?:[A-Z0-9]+_)*REGISTRATION\b/, /'_SENDER_ID_REGISTRATION'/, /'[A-Z]{2}_'/, /(?<!')\b[A-Z_]+_REGISTRATION_TYPE\b/,
  /\b[a-z]{2}SidSpecificInfo\b/,
];

/** Modules of lib/countries/ that typed forms share (every form, or the forms of one layout): they name no form. */
const SHARED_PROPS_MODULES = ['common-form.ts', 'form-fields.ts', 'company-info-layout.ts'];

/** Places outside the forms that may name a type, each with the reason; adding a form touches none of them. */
const EXAMPLE_DATA: Record<string, string> = {
  'lib/core/forms/catalog/index.ts': 'the bundled definitions of every type, typed or not, one JSON file each (definitions sync writes them)',
  'tools/fixtures/sample-properties.ts': 'the India and Indonesia custom resource properties the handler tests deploy',
  'tools/bench/fleet-records.ts': 'the records of the fleet the benchmark synthesizes',
  'tools/bench/figures.ts': 'the registration the benchmark deploys',
  'tools/demo/seed-registrar.ts': 'the denied Indonesian registration the demo shows',
};

/** Who may import a form's folder or props module besides its own props module: the two lists of forms. */
const FORM_LISTS = ['lib/core/forms/all-forms.ts', 'lib/index.ts'];

/**
 * The first seven forms' factories on RegistrationForm, kept for compatibility, each deprecated and calling its form's
 * class; a new form adds none (checked below).
 */
const DEPRECATED_FACTORIES = 'lib/registration-form.ts';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(relative);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** Code lines only: a doc comment may give an example type without knowing the form. */
function codeLines(file: string): string[] {
  return read(file).split('\n').filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line));
}

/** The repository paths a file imports from (relative imports only), resolved to the file or folder they reach. */
function importsOf(file: string): string[] {
  return [...read(file).matchAll(/from '(\.[^']+)'/g)].map((m) => path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1])));
}

const formFolders = fs.readdirSync(path.join(ROOT, FORMS_DIR), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'catalog').map((entry) => `${FORMS_DIR}/${entry.name}`);
const propsModules = fs.readdirSync(path.join(ROOT, PROPS_DIR))
  .filter((name) => name.endsWith('.ts') && !SHARED_PROPS_MODULES.includes(name)).map((name) => `${PROPS_DIR}/${name}`);
const isFormHome = (file: string) => formFolders.some((folder) => file.startsWith(`${folder}/`)) || propsModules.includes(file);
const files = SCANNED.flatMap(sourceFiles);

/** The folder's FormRules, as its index.ts exports them. */
function rulesOf(folder: string): FormRules {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = Object.values(require(path.join(ROOT, folder))) as FormRules[];
  expect(exported).toHaveLength(1);
  return exported[0];
}

/** A props module's members, with those of the shared props interface its interface extends (`name?` when optional). */
function propsOf(file: string): string[] {
  const members = (source: string) => [...source.matchAll(/^ {2}readonly (\w+)(\?)?:/gm)].map((m) => `${m[1]}${m[2] ? '?' : ''}`);
  const shared = importsOf(file).filter((target) => SHARED_PROPS_MODULES.map((name) => `${PROPS_DIR}/${name.replace(/\.ts$/, '')}`).includes(target));
  return [...members(read(file)), ...shared.flatMap((module) => members(read(`${module}.ts`)))];
}

/** The props module that imports the folder: the typed form's home in lib/. */
function propsModuleOf(folder: string): string[] {
  return propsModules.filter((file) => importsOf(file).includes(folder));
}

test('no place outside the form folders and props modules names a registration type or a form\'s own field path', () => {
  const outside = files.filter((file) => !isFormHome(file) && !(file in EXAMPLE_DATA))
    .flatMap((file) => codeLines(file).filter((line) => FORM_KNOWLEDGE.some((pattern) => pattern.test(line))).map((line) => `${file}: ${line.trim()}`));
  expect(outside).toEqual([]);
});

test('every example-data place still names a type (a place that stopped is taken off the list)', () => {
  const naming = Object.keys(EXAMPLE_DATA).filter((file) => codeLines(file).some((line) => FORM_KNOWLEDGE.some((pattern) => pattern.test(line))));
  expect(naming).toEqual(Object.keys(EXAMPLE_DATA));
});

test('a form\'s folder and props module are imported only by themselves, by its props module and by the two lists of forms', () => {
  const homes = [...formFolders, ...propsModules.map((file) => file.replace(/\.ts$/, ''))];
  const homeOf = (target: string) => homes.find((home) => target === home || target.startsWith(`${home}/`));
  const crossings = files.flatMap((file) => importsOf(file).flatMap((target) => {
    const home = homeOf(target);
    if (!home || FORM_LISTS.includes(file) || file === DEPRECATED_FACTORIES || file.startsWith(`${home}/`) || `${home}.ts` === file) return [];
    // A props module may import one form folder: its own (the typed tests below check it is the only one).
    if (propsModules.includes(file) && formFolders.includes(home) && importsOf(file).filter((t) => formFolders.includes(t)).length === 1) return [];
    return [`${file} imports ${target}`];
  }));
  expect(crossings).toEqual([]);
});

test('every form folder is listed in FORMS once, with its own registration type', () => {
  const listed = formFolders.map(rulesOf);
  expect(formFolders.length).toBeGreaterThanOrEqual(10);
  expect(new Set(FORMS)).toEqual(new Set(listed));
  expect(new Set(FORMS.map((form) => form.registrationType)).size).toBe(FORMS.length);
});

describe.each(formFolders.filter((folder) => rulesOf(folder).typedKeys))('the typed form of %s', (folder) => {
  const rules = rulesOf(folder);

  test('has exactly one props module, exported from lib/index.ts, whose class makes a form of its type', () => {
    const modules = propsModuleOf(folder);
    expect(modules).toHaveLength(1);
    expect(read('lib/index.ts')).toContain(`export * from './countries/${path.basename(modules[0], '.ts')}';`);
    const classes = Object.entries(lib).filter(([name]) => new RegExp(`^export class ${name} `, 'm').test(read(modules[0])));
    expect(classes).toHaveLength(1);
    const form = (classes[0][1] as { of(props: object): lib.RegistrationForm }).of({});
    expect(form.registrationType).toBe(rules.registrationType);
  });

  test('its props interface has exactly the folder\'s typed keys, so a prop and its field path are written once', () => {
    expect(propsOf(propsModuleOf(folder)[0]).sort()).toEqual(rules.typedKeys!.map((key) => `${key.key}${key.required ? '' : '?'}`).sort());
    expect(codeLines(propsModuleOf(folder)[0]).filter((line) => /'[a-z]+[A-Za-z]*\.[a-z][A-Za-z0-9]*'/.test(line))).toEqual([]);
  });
});

test('RegistrationForm keeps only generic code and the deprecated factories of the first forms', () => {
  const source = read(DEPRECATED_FACTORIES);
  const factories = [...source.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*public static (\w+)\(/g)];
  const typed = factories.filter(([, , name]) => name !== 'other' && name !== '_typed');
  expect(typed.length).toBeGreaterThan(0);
  for (const [, doc, name] of typed) {
    expect(`${name}: ${/@deprecated use `\w+SenderIdForm\.of\(props\)`/.test(doc)}`).toBe(`${name}: true`);
  }
  expect(codeLines(DEPRECATED_FACTORIES).filter((line) => FORM_KNOWLEDGE.some((pattern) => pattern.test(line)))).toEqual([]);
});
