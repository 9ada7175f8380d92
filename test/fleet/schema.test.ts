import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import { runCli } from '../../tools/cli/main';
import { recordSchema } from '../../tools/schema/record-schema';
import { indiaRecord } from './fleet-fixtures';

// js-yaml ships no types; this test reads YAML as an editor does (lib/fleet/record-files.ts reads it as synth does).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml: { safeLoad(text: string): unknown } = require('js-yaml');

const EXAMPLE_RECORDS = path.join(__dirname, '..', '..', 'examples', 'isv-fleet', 'records');

/** How an editor reads a YAML record: YAML's own types (true is a boolean), unlike synth, which reads every scalar as text. */
function exampleRecord(fileName: string): Record<string, unknown> {
  const text = fs.readFileSync(path.join(EXAMPLE_RECORDS, fileName), 'utf8');
  return (fileName.endsWith('.json') ? JSON.parse(text) : yaml.safeLoad(text)) as Record<string, unknown>;
}

function validator(type: string) {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(recordSchema(type));
  return (record: unknown) => (validate(record) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message}`));
}

describe('the record schema', () => {
  test('the example records are valid against the schemas of their types', () => {
    expect(validator('IN_SENDER_ID_REGISTRATION')(exampleRecord('demo-india.yaml'))).toEqual([]);
    expect(validator('ID_SENDER_ID_REGISTRATION')(exampleRecord('demo-indonesia.yaml'))).toEqual([]);
    expect(validator('JO_SENDER_ID_REGISTRATION')(exampleRecord('demo-jordan.json'))).toEqual([]);
  });

  test('the catalog\'s sourced rules are enforced: the sender ID pattern, options as enums, an unknown key', () => {
    const validate = validator('IN_SENDER_ID_REGISTRATION');
    const errors = validate(indiaRecord({ senderId: 'DEMO-1', company: { ...indiaRecord().company as object, areaOfBusiness: 'Tech' }, sendrId: 'X' }));
    expect(errors).toEqual(expect.arrayContaining([
      '.senderId should match pattern "^[A-Za-z]{3,6}$"',
      '.company.areaOfBusiness should be equal to one of the allowed values',
      ' should NOT have additional properties',
    ]));
  });

  test('rules the catalog only assumed are described, not enforced (synth only warns about them)', () => {
    const schema = recordSchema('IN_SENDER_ID_REGISTRATION') as { properties: { form: { properties: { principalEntityId: Record<string, unknown> } } } };
    const peid = schema.properties.form.properties.principalEntityId;
    expect(peid.maxLength).toBeUndefined();
    expect(peid.description).toMatch(/Assumed by the catalog, checked at deploy: MinLength 1, MaxLength 30/);
  });

  test('a conditional requirement becomes if/then: a local Indonesian company needs the Telkomsel letter, a foreign one does not', () => {
    const validate = validator('ID_SENDER_ID_REGISTRATION');
    const record = exampleRecord('demo-indonesia.yaml');
    const { letterOfAuthorizationTelkomsel: _telkomsel, ...form } = record.form as Record<string, string>;
    const local = { ...record, form };
    expect(validate(local)).toContain('.form should have required property \'letterOfAuthorizationTelkomsel\'');
    expect(validate({ ...local, address: { ...record.address as object, isoCountryCode: 'SG' } })).toEqual([]);
  });

  test('a document outside the records folder, or not a PDF, PNG or JPEG, is refused', () => {
    const validate = validator('ID_SENDER_ID_REGISTRATION');
    const record = exampleRecord('demo-indonesia.yaml');
    for (const document of ['../loa.pdf', '/etc/loa.pdf', 'documents/loa.docx']) {
      expect(validate({ ...record, form: { ...record.form as object, letterOfAuthorizationXlAxiata: document } })).toEqual([
        expect.stringMatching(/^\.form\.letterOfAuthorizationXlAxiata should match pattern/),
      ]);
    }
  });

  test('a TEXT key takes text or a secret reference; a SELECT key, the sender ID and a malformed secret do not', () => {
    const validate = validator('IN_SENDER_ID_REGISTRATION');
    const record = indiaRecord();
    const contact = { email: { secretKey: 'email' }, phone: { secret: { id: 'end-businesses/acme', versionStage: 'AWSCURRENT' }, secretKey: 'phone' } };
    expect(validate({ ...record, secret: 'end-businesses/acme', contact })).toEqual([]);
    expect(validate({ ...record, fields: { 'companyInfo.companyName': { secret: 'arn:aws:secretsmanager:ap-south-1:111111111111:secret:x-AbCdEf' } } }))
      .toEqual([]);
    const company = { ...record.company as object, areaOfBusiness: { secretKey: 'area' } };
    expect(validate({ ...record, company })).toContain('.company.areaOfBusiness should be string');
    expect(validate({ ...record, senderId: { secretKey: 'senderId' } })).toContain('.senderId should be string');
    expect(validate({ ...record, secret: { id: 'end-businesses/acme', versionId: 'short' } })).toContain('.secret should match exactly one schema in oneOf');
    expect(validate({ ...record, contact: { ...contact, email: { secretKy: 'email' } } })).toContain('.contact.email should match some schema in anyOf');
  });

  test('sender-id-registration schema writes the schema, and says when a type is outside the catalog; usage errors exit 2', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schema-')), 'in.schema.json');
    const lines: string[] = [];
    const io = { out: (text: string) => lines.push(text), err: (line: string) => lines.push(line), cwd: process.cwd() };
    expect(await runCli(['schema', '--type', 'IN_SENDER_ID_REGISTRATION', '--out', out], io)).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toEqual(recordSchema('IN_SENDER_ID_REGISTRATION'));
    expect(await runCli(['schema', '--type', 'MY_SENDER_ID_REGISTRATION'], io)).toBe(0);
    expect(lines).toContain('MY_SENDER_ID_REGISTRATION is neither synced nor in the bundled catalog: the schema checks the common form only; the live definitions decide at deploy');
    expect(await runCli(['schema'], io)).toBe(2);
    expect(await runCli(['schema', '--type', 'not a type'], io)).toBe(2);
    expect(await runCli(['schema', '--help'], io)).toBe(0);
  });

  test('the committed example schemas are what the command writes today', () => {
    for (const type of ['IN_SENDER_ID_REGISTRATION', 'ID_SENDER_ID_REGISTRATION', 'JO_SENDER_ID_REGISTRATION', 'AU_SENDER_ID_REGISTRATION',
      'AT_SENDER_ID_REGISTRATION', 'FI_SENDER_ID_REGISTRATION', 'GB_SENDER_ID_REGISTRATION', 'SG_SENDER_ID_REGISTRATION']) {
      const committed = JSON.parse(fs.readFileSync(path.join(EXAMPLE_RECORDS, '..', 'schemas', `${type}.schema.json`), 'utf8'));
      expect(committed).toEqual(recordSchema(type));
    }
  });
});
