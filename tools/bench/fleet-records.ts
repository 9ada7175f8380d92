import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The ISV example's documents, copied once into a generated folder so its Indonesian records can attach them. */
const EXAMPLE_DOCUMENTS = path.join(__dirname, '..', '..', 'examples', 'isv-fleet', 'records', 'documents', 'demo-indonesia');

function senderIdOf(i: number): string {
  // Letters only, 6 at most, as India's form wants: a base-26 number.
  let id = '';
  for (let n = i, k = 0; k < 5; k++, n = Math.floor(n / 26)) id = String.fromCharCode(65 + (n % 26)) + id;
  return `B${id}`;
}

function common(i: number): Record<string, unknown> {
  const name = `Business ${senderIdOf(i)}`;
  return {
    senderId: senderIdOf(i),
    company: { legalName: `${name} Private Limited`, registrationNumber: `U${String(i).padStart(8, '0')}MH2020PTC`, website: 'https://example.com',
      areaOfBusiness: 'Technology' },
    contact: { email: 'sms-registrations@example.com', phone: `+9155501${String(i).padStart(5, '0')}` },
    useCase: {
      category: 'One-time passcodes',
      description: `One-time passcodes for signing in to the ${name} app.`,
      monthlyVolume: '10,000',
      optInDescription: 'Users enter their mobile number on the sign-in page and request a passcode; we text only that number.',
    },
    messageSamples: [`Your ${name} (${senderIdOf(i)}) sign-in code is 123456. It expires in 10 minutes.`],
  };
}

function indiaRecord(i: number): Record<string, unknown> {
  const id = (n: number) => `17020000000${String(i * 10 + n).padStart(8, '0')}`;
  return {
    type: 'IN_SENDER_ID_REGISTRATION', ...common(i),
    form: { principalEntityId: `11010000000${String(i).padStart(8, '0')}`, chainId1: id(1), chainId2: id(2), chainId3: id(3), chainId5: id(5),
      acknowledgeSendingParameters: true },
    address: { line1: `${i} Example Road`, city: 'Mumbai', isoCountryCode: 'IN' },
  };
}

function indonesiaRecord(i: number): Record<string, unknown> {
  const document = (file: string) => `documents/${file}`;
  return {
    type: 'ID_SENDER_ID_REGISTRATION', ...common(i),
    form: {
      letterOfAuthorizationTelkomsel: document('loa-telkomsel.pdf'), letterOfAuthorizationIoh: document('loa-ioh.pdf'),
      letterOfAuthorizationXlAxiata: document('loa-xl-axiata.pdf'), letterOfAuthorizationSmartfren: document('loa-smartfren.pdf'),
      npwpDocument: document('npwp.png'), nibDocument: document('nib.pdf'),
    },
    address: { line1: `Jalan Contoh No. ${i}`, city: 'Jakarta', isoCountryCode: 'ID' },
  };
}

/**
 * A records folder of `count` generated end businesses, every `indonesiaEvery`-th one (default: fifth) Indonesian with
 * six documents; no placement yet.
 */
export function generatedRecordsFolder(count: number, indonesiaEvery = 5): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `fleet-${count}-`));
  fs.cpSync(EXAMPLE_DOCUMENTS, path.join(folder, 'documents'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const record = i % indonesiaEvery === indonesiaEvery - 1 ? indonesiaRecord(i) : indiaRecord(i);
    fs.writeFileSync(path.join(folder, `business-${String(i).padStart(4, '0')}.json`), JSON.stringify(record, null, 2));
  }
  return folder;
}
