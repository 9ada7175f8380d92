import * as fs from 'fs';
import * as path from 'path';

// Adding a form should stay one folder (lib/core/forms/<form>/) plus one props module (lib/countries/<country>.ts).
// This test greps the source for every place that names a registration type and fails when a new place appears
// outside those homes, so a form's knowledge does not spread; a place that must know says why below.

const ROOT = path.join(__dirname, '..', '..');
const SCANNED = ['lib', 'lambda', 'tools'];

/**
 * A registration type string (IN_SENDER_ID_REGISTRATION, US_TEN_DLC_BRAND_REGISTRATION), its suffix, its country prefix
 * ('IN_'), or a typed form's constant; not the service's error code 'UNKNOWN_REGISTRATION_TYPE'.
 */
const NAMES_A_TYPE = /\b[A-Z]{2}_(?:[A-Z0-9]+_)*REGISTRATION\b|'_SENDER_ID_REGISTRATION'|'[A-Z]{2}_'|(?<!')\b[A-Z_]+_REGISTRATION_TYPE\b/;

/** Where the knowledge of a form belongs. */
const FORM_HOMES = ['lib/core/forms/', 'lib/countries/', 'lib/fleet/record-forms.ts'];

/** Places outside the form homes that name a type, each with the reason it may. */
const KNOWN_PLACES: Record<string, string> = {
  'lib/registration-form.ts': 'the public static factories (jsii wants one per typed form), each calling its props module',
  'lib/core/lint/rules.ts': 'the rule refusing a promotional use case on the India form',
  'lib/core/lint/country-rules.ts': 'the Austrian and British lint rules, which read the type to apply only to their form',
  'lib/core/lint/transactional-only-rules.ts': 'the Philippine, Turkish and Emirati transactional-only rules, each for its own form',
  'tools/registrar/operations/definitions.ts': 'the registrar serves sender ID definitions by the type\'s suffix, as the service does',
  'tools/fixtures/sample-properties.ts': 'the India and Indonesia custom resource properties the handler tests deploy',
  'tools/bench/fleet-records.ts': 'the records of the fleet the benchmark synthesizes',
  'tools/bench/figures.ts': 'the registration the benchmark deploys',
  // Not yet in the form folders: adding a typed form must also add its record keys here.
  'lib/fleet/record-keys.ts': 'the keys a fleet record may give for each typed form',
  'lib/fleet/record-reader.ts': 'an example type in the error for a record whose type is not text',
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(relative);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

/** Code lines only: a doc comment may give an example type without knowing the form. */
function namesATypeInCode(file: string): boolean {
  return fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .some((line) => NAMES_A_TYPE.test(line));
}

const places = SCANNED.flatMap(sourceFiles).filter(namesATypeInCode);
const outsideHomes = places.filter((file) => !FORM_HOMES.some((home) => file.startsWith(home)));

test('no place outside the form folders and props modules names a registration type, but the known ones', () => {
  expect(outsideHomes.filter((file) => !(file in KNOWN_PLACES))).toEqual([]);
});

test('every known place still names a type (a place that stopped is taken off the list)', () => {
  expect(Object.keys(KNOWN_PLACES).filter((file) => !outsideHomes.includes(file))).toEqual([]);
});

test('each typed form has its folder and its props module, and both name its type', () => {
  const formFolders = fs.readdirSync(path.join(ROOT, 'lib/core/forms'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'catalog').map((entry) => `lib/core/forms/${entry.name}/`);
  const propsModules = places.filter((file) => file.startsWith('lib/countries/') && file !== 'lib/countries/common-form.ts');
  expect(formFolders.length).toBeGreaterThanOrEqual(7);
  expect(propsModules).toHaveLength(formFolders.length);
  for (const folder of formFolders) expect(places.some((file) => file.startsWith(folder))).toBe(true);
});
