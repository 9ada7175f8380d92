import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { catalogEntries, catalogEntry } from '../../lib/core/forms/catalog';
import { checkedCatalogEntry } from '../../lib/core/forms/catalog/check-entry';
import { RegistrationTypeCatalogEntry } from '../../lib/core/forms/types';
import { runCli } from '../../tools/cli/main';
import { RunningRegistrar, startRegistrar } from '../../tools/registrar';

// The registrar plays a real account whose India form moved on: the sender ID got shorter, a field
// was added and one removed. Indonesia is not offered (as in ap-south-1 for some types). Pages are small.
const india = catalogEntry('IN_SENDER_ID_REGISTRATION')!;
const LIVE_INDIA: RegistrationTypeCatalogEntry = {
  ...india,
  FieldDefinitions: [
    ...india.FieldDefinitions.filter((d) => d.FieldPath !== 'companyAddress.address2').map((d) => (d.FieldPath === 'senderIdInfo.senderId'
      ? { ...d, TextValidation: { ...d.TextValidation!, MaxLength: 5 } } : d)),
    { SectionPath: 'inSidSpecificInfo', FieldPath: 'inSidSpecificInfo.dltTemplateId', FieldType: 'TEXT', FieldRequirement: 'REQUIRED', DisplayHints: { Title: 'DLT template ID' } },
  ],
};
const LIVE_CATALOG = catalogEntries().filter((e) => e.RegistrationType !== 'ID_SENDER_ID_REGISTRATION')
  .map((e) => (e.RegistrationType === 'IN_SENDER_ID_REGISTRATION' ? LIVE_INDIA : e));

let registrar: RunningRegistrar;
const savedEnv = { ...process.env };
beforeAll(async () => {
  registrar = await startRegistrar({ region: 'ap-south-1', catalog: LIVE_CATALOG, defaultPageSize: 4, maxPageSize: 4 });
  // What a user sets to point the tool elsewhere; the SDK reads it, the tool does nothing special.
  process.env.AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2 = registrar.url;
  process.env.AWS_ACCESS_KEY_ID = 'test';
  process.env.AWS_SECRET_ACCESS_KEY = 'test';
});
afterAll(async () => {
  process.env = savedEnv;
  await registrar.close();
});
beforeEach(() => registrar.admin.clearCallLog());

/** `sender-id-registration definitions sync <argv>`: its exit code, its result lines (stdout) and its diagnostics (stderr). */
async function sync(...argv: string[]): Promise<{ code: number; lines: string[]; errors: string[] }> {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await runCli(['definitions', 'sync', ...argv], { out: (line) => lines.push(line), err: (line) => errors.push(line), cwd: process.cwd() });
  return { code, lines, errors };
}

const outDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'definitions-sync-'));
const readEntry = (dir: string, type: string) => checkedCatalogEntry(JSON.parse(fs.readFileSync(path.join(dir, `${type}.json`), 'utf8')), `${type}.json`);

describe('definitions:sync', () => {
  test('writes live entries in the catalog format and says what changed per type, with only Describe calls', async () => {
    const dir = outDir();

    const { code, lines } = await sync('--region', 'ap-south-1', '--types', 'IN_SENDER_ID_REGISTRATION,GB_SENDER_ID_REGISTRATION', '--out', dir);

    expect(code).toBe(0);
    expect(lines).toEqual([
      `IN_SENDER_ID_REGISTRATION: wrote ${dir}/IN_SENDER_ID_REGISTRATION.json (compared with the bundled catalog, assembled from docs): `
        + '1 added, 1 removed, 1 changed',
      '  + inSidSpecificInfo.dltTemplateId (TEXT, REQUIRED)',
      '  - companyAddress.address2 (no longer in the live form)',
      '  ~ senderIdInfo.senderId: max length changed: live 5; catalog had 6',
      `GB_SENDER_ID_REGISTRATION: wrote ${dir}/GB_SENDER_ID_REGISTRATION.json (compared with the bundled catalog, assembled from docs): `
        + '0 added, 0 removed, 0 changed',
    ]);
    // The file holds the live form verbatim, complete, with live provenance for the entry and every field.
    const written = readEntry(dir, 'IN_SENDER_ID_REGISTRATION');
    expect(written.FieldDefinitions).toEqual(LIVE_INDIA.FieldDefinitions);
    expect(written.Complete).toBe(true);
    expect(written.Provenance).toMatchObject({ Kind: 'LIVE', Source: expect.stringMatching(/^live, ap-south-1, \d{4}-\d{2}-\d{2}$/) });
    const fieldProvenance = new Set(Object.values(written.FieldProvenance).map((p) => JSON.stringify(p)));
    expect(fieldProvenance).toEqual(new Set([JSON.stringify({ Source: written.Provenance.Source })]));
    expect(written.SectionDefinitions!.map((s) => s.SectionPath)).toEqual([...new Set(LIVE_INDIA.FieldDefinitions.map((d) => d.SectionPath))]);
    expect(readEntry(dir, 'GB_SENDER_ID_REGISTRATION').TypeDefinition!.SupportedAssociations).toEqual([expect.objectContaining({ IsoCountryCode: 'GB' })]);

    // Read-only, and every page followed (the form is longer than the registrar's page of 4).
    const calls = registrar.admin.callLog();
    expect(calls.filter((c) => !c.operation.startsWith('Describe'))).toEqual([]);
    const indiaFieldPages = calls.filter((c) => c.operation === 'DescribeRegistrationFieldDefinitions' && c.params.RegistrationType === 'IN_SENDER_ID_REGISTRATION');
    // Pages as large as the model allows (MaxResults 100), and still every page followed when the service answers with fewer.
    expect(new Set(calls.map((c) => c.params.MaxResults))).toEqual(new Set([100]));
    expect(indiaFieldPages).toHaveLength(Math.ceil(LIVE_INDIA.FieldDefinitions.length / 4));
    expect(calls.filter((c) => c.operation === 'DescribeRegistrationTypeDefinitions').length).toBeGreaterThan(1);
  });

  test('a second run compares with the file it wrote and finds nothing changed', async () => {
    const dir = outDir();
    await sync('--region', 'ap-south-1', '--types', 'IN_SENDER_ID_REGISTRATION', '--out', dir);

    const { code, lines } = await sync('--region', 'ap-south-1', '--out', dir);

    expect(code).toBe(0);
    expect(lines).toEqual([expect.stringMatching(
      /^IN_SENDER_ID_REGISTRATION: wrote .* \(compared with the file, live, ap-south-1, [\d-]+\): 0 added, 0 removed, 0 changed$/)]);
  });

  test('a type the Region does not offer is reported, its file left alone, and the exit code says so', async () => {
    const dir = outDir();
    const { code, lines } = await sync('--region', 'ap-south-1', '--types', 'ID_SENDER_ID_REGISTRATION', '--out', dir);
    expect(code).toBe(1);
    expect(lines).toEqual([
      'ID_SENDER_ID_REGISTRATION: not offered in ap-south-1 (DescribeRegistrationTypeDefinitions does not list it); its file is left unchanged',
    ]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('a missing --region is a usage error, before any call', async () => {
    const { code, errors: lines } = await sync('--types', 'IN_SENDER_ID_REGISTRATION');
    expect(code).toBe(2);
    expect(lines).toEqual([expect.stringMatching(/^sender-id-registration definitions sync: --region is required\nUsage: sender-id-registration definitions sync --region R/)]);
    expect(registrar.admin.callLog()).toEqual([]);
  });
});
