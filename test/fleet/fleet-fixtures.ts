import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A valid India record, as a JSON record file holds it. */
export function indiaRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'IN_SENDER_ID_REGISTRATION',
    senderId: 'DEMOCO',
    form: {
      principalEntityId: '1101000000000000001', chainId1: '1702000000000000001', chainId2: '1702000000000000002',
      chainId3: '1702000000000000003', chainId5: '1702000000000000005', acknowledgeSendingParameters: true,
    },
    company: { legalName: 'Demo Company India Private Limited', registrationNumber: 'U00000MH2020PTC000001', website: 'https://example.com',
      areaOfBusiness: 'Technology' },
    address: { line1: '1 Example Road', city: 'Mumbai', isoCountryCode: 'IN' },
    contact: { email: 'sms-registrations@example.com', phone: '+915550100001' },
    useCase: {
      category: 'One-time passcodes',
      description: 'One-time passcodes for signing in to the Demo Company app.',
      monthlyVolume: '10,000',
      optInDescription: 'Users enter their mobile number on the sign-in page and request a passcode; we text only that number.',
    },
    messageSamples: ['Your Demo Company sign-in code is 123456. It expires in 10 minutes. Do not share it.'],
    ...overrides,
  };
}

/** A records folder in a temporary directory: file name → content (an object is written as JSON). */
export function recordsFolder(files: Record<string, string | Buffer | object>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fleet-records-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(folder, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const text = typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2);
    fs.writeFileSync(file, text);
  }
  return folder;
}

export const EXAMPLE_DOCUMENTS = path.join(__dirname, '..', '..', 'examples', 'documents');
export const PDF = fs.readFileSync(path.join(EXAMPLE_DOCUMENTS, 'loa-xl-axiata.pdf'));
