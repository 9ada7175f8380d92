import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readRecord } from '../../lib/fleet/record-reader';
import { doc, register, templateText, warningsOf } from './support';

// GIVEN a records folder holding an Australian record whose photo ID is an s3:// reference, never a file of the folder.
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'country-records-'));
fs.mkdirSync(path.join(folder, 'documents'));
for (const name of ['nib.pdf', 'proof-of-sender-id-connection.png']) fs.copyFileSync(doc(name), path.join(folder, 'documents', name));

function australianRecord(photoId: string) {
  return {
    type: 'AU_SENDER_ID_REGISTRATION',
    senderId: 'DemoAU',
    form: {
      australianBusinessNumber: '51824753556', entityType: 'Body corporate', representativeFirstName: 'Alex', representativeLastName: 'Example',
      representativeEmail: 'alex@example.com', representativePhone: '+61255500100', governmentPhotoId: photoId,
      companyRegistrationDocument: 'documents/nib.pdf', proofOfSenderIdConnection: 'documents/proof-of-sender-id-connection.png',
    },
    company: { legalName: 'Demo Australia Pty Ltd', registrationNumber: '51824753556', website: 'https://example.com', areaOfBusiness: 'Retail' },
    address: { line1: '1 Example Street', city: 'Sydney', isoCountryCode: 'AU' },
    contact: { email: 'ops@example.com', phone: '+61255500101' },
    useCase: {
      category: 'Purchase or delivery notifications', description: 'Delivery updates.', monthlyVolume: '10,000',
      optInDescription: 'Shoppers tick an unticked box at checkout to receive delivery updates by SMS from DemoAU.',
    },
    messageSamples: ['DemoAU: your order has shipped.'],
  };
}

function read(content: unknown) {
  const filePath = path.join(folder, 'demo-au.json');
  return readRecord({ name: 'demo-au', fileName: 'demo-au.json', filePath, content: content as any }, folder);
}

describe('fleet records of the typed forms', () => {
  test('an Australian record takes its photo ID as s3://bucket/key; the template names the field, not a file of the folder', () => {
    const reading = read(australianRecord('s3://demo-au-identity-documents/representatives/rep-0001.png'));
    expect(reading.problems).toEqual([]);
    const registration = register(reading.record!.props);
    expect(warningsOf(registration).join('\n')).not.toContain('identityDocumentFromFile');
    expect(templateText(registration)).toContain('"FileName":"governmentIssuedPhotoId.png"');
  });

  test('a malformed s3:// reference is refused, naming the field path', () => {
    expect(read(australianRecord('s3://Bad Bucket')).problems).toEqual([
      expect.stringMatching(/"s3:\/\/Bad Bucket" for auSidSpecificInfo\.governmentIssuedPhotoId must be s3:\/\/bucket\/key/),
    ]);
  });

  test('a record of each typed form names its own keys: an unknown one is refused', () => {
    const record = { ...australianRecord('s3://b-1/k.png'), type: 'FI_SENDER_ID_REGISTRATION', form: { entityType: 'Trust' } };
    expect(read(record).problems).toContainEqual(expect.stringMatching(/entityType/));
  });
});
