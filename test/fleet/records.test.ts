import * as fs from 'fs';
import * as path from 'path';
import { loadFleetRecords } from '../../lib/fleet/fleet-records';
import { indiaRecord, PDF, recordsFolder } from './fleet-fixtures';

const YAML_RECORD = `
type: IN_SENDER_ID_REGISTRATION
senderId: DEMOCO
form:
  principalEntityId: 1101000000000000001
  chainId1: 1702000000000000001
  chainId2: 1702000000000000002
  chainId3: 1702000000000000003
  chainId5: 1702000000000000005
  acknowledgeSendingParameters: true
company: { legalName: Demo Company, registrationNumber: U00000MH2020PTC000001, website: 'https://example.com', areaOfBusiness: Technology }
address: { line1: 1 Example Road, city: Mumbai, isoCountryCode: IN }
contact: { email: sms-registrations@example.com, phone: '+915550100001' }
useCase:
  category: One-time passcodes
  description: One-time passcodes for signing in to the Demo Company app.
  monthlyVolume: '10,000'
  optInDescription: Users enter their mobile number on the sign-in page and request a passcode; we text only that number.
messageSamples: [Demo Company code 123456]
tags: { team: messaging }
options: { submit: false, removalPolicy: DESTROY }
`;

function problemsOf(files: Record<string, string | Buffer | object>): string[] {
  return loadFleetRecords(recordsFolder(files)).problems;
}

describe('fleet records', () => {
  test('a YAML record loads with every digit of its ids, its tags and options, named by its file name', () => {
    // GIVEN / WHEN
    const { records, problems } = loadFleetRecords(recordsFolder({ 'acme-india.yaml': YAML_RECORD }));
    // THEN
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record.name).toBe('acme-india');
    expect(record.props.form.fields.find((f) => f.fieldPath === 'inSidSpecificInfo.chainId1')?.textValue).toBe('1702000000000000001');
    expect(record.props.submit).toBe(false);
    expect(record.props.removalPolicy).toBe('destroy');
    expect(record.tags).toEqual({ team: 'messaging' });
    // 1 create + 21 fields (the acknowledgement included) + 1 submit, as the README's 23 writes of an India create; no documents.
    expect(record.writes).toBe(23);
  });

  test('a JSON record loads, and files that are not records (placement.json, a saved schema, subfolders) are not read as records', () => {
    const { records, problems } = loadFleetRecords(recordsFolder({
      'b.json': indiaRecord(), 'placement.json': { stackCount: 0, records: {} }, 'x.schema.json': { type: 'object' }, 'docs/c.json': {},
    }));
    expect(problems).toEqual([]);
    expect(records.map((r) => r.name)).toEqual(['b']);
  });

  test('a missing records folder fails with its path', () => {
    expect(() => loadFleetRecords(path.join(recordsFolder({}), 'nope'))).toThrow(/the records folder .*nope does not exist/);
  });

  test('a missing attachment file names the record, the key, the field path and the file', () => {
    const problems = problemsOf({ 'acme-id.json': { ...indiaRecord(), attachments: { 'senderIdInfo.proofOfSenderIdConnection': 'documents/gone.pdf' } } });
    expect(problems).toEqual([
      'acme-id.json: attachments.senderIdInfo.proofOfSenderIdConnection: "documents/gone.pdf" for senderIdInfo.proofOfSenderIdConnection '
      + 'does not exist (looked for documents/gone.pdf in the records folder)',
    ]);
  });

  test('a type outside the catalog is refused unless the record says typeNotInCatalog, with the closest catalog type', () => {
    expect(problemsOf({ 'typo.json': indiaRecord({ type: 'IN_SENDER_ID_REGISTRATON' }) })[0]).toMatch(
      /^typo\.json: type: "IN_SENDER_ID_REGISTRATON" is not in the bundled definitions catalog \(did you mean IN_SENDER_ID_REGISTRATION\?\); catalog types: .*set typeNotInCatalog: true/,
    );
    const { form: _form, ...common } = indiaRecord();
    const jordan = loadFleetRecords(recordsFolder({ 'jo.json': { ...common, type: 'JO_SENDER_ID_REGISTRATION', typeNotInCatalog: true } }));
    expect(jordan.problems).toEqual([]);
    expect(jordan.records[0].props.form.registrationType).toBe('JO_SENDER_ID_REGISTRATION');
  });

  test('a field of the wrong kind names the file, the field path and what the field takes', () => {
    const problems = problemsOf({
      'kinds.json': indiaRecord({
        fields: { 'companyInfo.areaOfBusiness': 'Technology', 'companyInfo.companyName': ['Demo'], 'idSidSpecificInfo.x': 3 },
        company: { legalName: 'Demo', registrationNumber: 12345, website: 'https://example.com', areaOfBusiness: 'Tech' },
      }),
    });
    expect(problems).toEqual(expect.arrayContaining([
      'kinds.json: company.registrationNumber: a number (hidden personal data, 5 characters) given for companyInfo.companyId, must be text (quote it)',
      'kinds.json: company.areaOfBusiness: "Tech" is not an option of companyInfo.areaOfBusiness; options: "Agriculture", "Communication", '
      + '"Construction", "Education", "Energy", "Entertainment", "Financial", "Government", "Healthcare", "Hospitality", "Insurance", '
      + '"Manufacturing", "Real estate", "Retail", "Technology", "Other"',
      'kinds.json: fields.companyInfo.areaOfBusiness: text given for the SELECT field companyInfo.areaOfBusiness, must be a list of choices, e.g. ["Yes"]',
      'kinds.json: fields.companyInfo.companyName: a list given for the TEXT field companyInfo.companyName, must be text',
    ]));
    expect(problems).toHaveLength(5);
  });

  test('a personal value of the wrong kind is described, never shown', () => {
    const problems = problemsOf({ 'p.json': indiaRecord({ contact: { email: ['someone@example.com'], phone: 915550100001 } }) });
    expect(problems.join('\n')).not.toMatch(/someone|915550100001/);
    expect(problems).toContain('p.json: contact.phone: a number (hidden personal data, 12 characters) given for contactInfo.phoneNumber, must be text (quote it)');
  });

  test('an attachment path outside the records folder is refused, naming the path and what is allowed', () => {
    const folder = recordsFolder({ 'inside/loa.pdf': PDF });
    const outside = recordsFolder({
      'acme.json': { ...indiaRecord(), attachments: { 'senderIdInfo.proofOfSenderIdConnection': `../${path.basename(folder)}/inside/loa.pdf` } },
    });
    expect(loadFleetRecords(outside).problems).toEqual([
      `acme.json: attachments.senderIdInfo.proofOfSenderIdConnection: "../${path.basename(folder)}/inside/loa.pdf" for `
      + 'senderIdInfo.proofOfSenderIdConnection is outside the records folder; documents must be inside it (e.g. documents/loa.pdf)',
    ]);
  });

  test('a link inside the records folder to a document outside it is refused', () => {
    const elsewhere = recordsFolder({ 'loa.pdf': PDF });
    const folder = recordsFolder({ 'acme.json': { ...indiaRecord(), attachments: { 'senderIdInfo.proofOfSenderIdConnection': 'documents/loa.pdf' } } });
    fs.mkdirSync(path.join(folder, 'documents'));
    fs.symlinkSync(path.join(elsewhere, 'loa.pdf'), path.join(folder, 'documents', 'loa.pdf'));
    expect(loadFleetRecords(folder).problems).toEqual([
      'acme.json: attachments.senderIdInfo.proofOfSenderIdConnection: "documents/loa.pdf" for senderIdInfo.proofOfSenderIdConnection '
      + 'links to a file outside the records folder; documents must be inside it',
    ]);
  });

  test('an attachment inside the folder becomes a document of its field; a text field given a file is refused', () => {
    const { records, problems } = loadFleetRecords(recordsFolder({
      'documents/loa.pdf': PDF,
      'ok.json': { ...indiaRecord(), attachments: { 'senderIdInfo.proofOfSenderIdConnection': 'documents/loa.pdf' } },
      'bad.json': { ...indiaRecord(), attachments: { 'companyInfo.website': 'documents/loa.pdf' } },
    }));
    expect(problems).toEqual(['bad.json: attachments.companyInfo.website: companyInfo.website is a TEXT field: give its value under fields']);
    expect(records.map((r) => [r.name, r.writes])).toEqual([['ok', 26]]); // + the upload, its field and the tag that records it
  });

  test('unknown keys, a missing section and bad options are all reported together, with did-you-mean', () => {
    const { address: _address, ...noAddress } = indiaRecord();
    const problems = problemsOf({ 'many.json': { ...noAddress, sendrId: 'X', options: { submit: 'maybe', removalPolicy: 'SNAPSHOT' } } });
    expect(problems).toEqual([
      'many.json: sendrId: is not a key of a record (did you mean senderId?); allowed: $schema, type, typeNotInCatalog, senderId, form, company, '
      + 'address, contact, useCase, messageSamples, fields, attachments, tags, options, secret',
      'many.json: address: nothing given, must be a mapping of line1, line2, city, stateOrProvince, postalCode, isoCountryCode',
      'many.json: options.removalPolicy: text "SNAPSHOT" given, must be one of RETAIN, DESTROY',
      'many.json: options.submit: text "maybe" given, must be true or false',
    ]);
  });

  test('a file that does not parse is a problem of that file, without its content; the other records still load', () => {
    const { records, problems } = loadFleetRecords(recordsFolder({ 'broken.yaml': 'type: [unclosed\n  secret@example.com', 'ok.json': indiaRecord() }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^broken\.yaml: is not valid YAML/);
    expect(problems[0]).not.toMatch(/secret/);
    expect(records.map((r) => r.name)).toEqual(['ok']);
  });

  test('two files with the same name are refused: the name is the registration\'s id', () => {
    expect(problemsOf({ 'a.json': indiaRecord(), 'a.yaml': YAML_RECORD })).toEqual([
      'a.yaml: has the same name as a.json; a record\'s name (its file name without extension) is its id, keep one',
    ]);
  });
});
