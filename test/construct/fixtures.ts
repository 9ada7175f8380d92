import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import {
  AreaOfBusiness, Attachment, IndiaSenderIdProps, MonthlyMessageVolume, RegistrationForm, SenderIdRegistrationProps, UseCaseCategory,
} from '../../lib';

/** Shared, valid, fictional inputs for construct tests. */

export const DOCUMENTS = path.join(__dirname, '..', '..', 'examples', 'documents');
export const doc = (name: string) => path.join(DOCUMENTS, name);

export const INDIA_FORM: IndiaSenderIdProps = {
  principalEntityId: '1101000000000000001',
  chainId1: '1702000000000000001',
  chainId2: '1702000000000000002',
  chainId3: '1702000000000000003',
  chainId5: '1702000000000000005',
  acknowledgeSendingParameters: true,
};

export const COMMON: Omit<SenderIdRegistrationProps, 'form' | 'senderId'> = {
  company: { legalName: 'Demo Company', registrationNumber: 'ABC123', website: 'https://example.com', areaOfBusiness: AreaOfBusiness.TECHNOLOGY },
  address: { line1: '1 Example Road', city: 'Mumbai', isoCountryCode: 'IN' },
  contact: { email: 'jane.doe@example.com', phone: '+915550100001' },
  useCase: {
    category: UseCaseCategory.ONE_TIME_PASSCODES,
    description: 'Sign-in passcodes.',
    monthlyVolume: MonthlyMessageVolume.UP_TO_1_000,
    optInDescription: 'Users request a passcode on the sign-in page for the number they entered there.',
  },
  messageSamples: ['Your Demo code is 123456.'],
};

export function indiaProps(overrides: Partial<SenderIdRegistrationProps> = {}): SenderIdRegistrationProps {
  return { ...COMMON, form: RegistrationForm.india(INDIA_FORM), senderId: 'DEMOCO', ...overrides };
}

/** An Indonesian company (address in ID) with every document it needs. */
export function indonesiaProps(overrides: Partial<SenderIdRegistrationProps> = {}): SenderIdRegistrationProps {
  return {
    ...COMMON,
    address: { line1: 'Jalan Contoh 1', city: 'Jakarta', isoCountryCode: 'ID' },
    contact: { email: 'ops@example.com', phone: '+622155500001' },
    form: RegistrationForm.indonesia({
      letterOfAuthorizationTelkomsel: Attachment.fromFile(doc('loa-telkomsel.pdf')),
      letterOfAuthorizationIoh: Attachment.fromFile(doc('loa-ioh.pdf')),
      letterOfAuthorizationXlAxiata: Attachment.fromFile(doc('loa-xl-axiata.pdf')),
      letterOfAuthorizationSmartfren: Attachment.fromFile(doc('loa-smartfren.pdf')),
      npwpDocument: Attachment.fromFile(doc('npwp.png')),
      nibDocument: Attachment.fromFile(doc('nib.pdf')),
    }),
    senderId: 'DEMOID',
    ...overrides,
  };
}

export function newStack(region = 'ap-south-1', id = 'Test'): Stack {
  return new Stack(new App(), id, { env: { account: '123456789012', region } });
}

/** Files that must be refused, written once per test run. */
export function badFiles(): { tooLarge: string; gif: string; fakePdf: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-attachments-'));
  const tooLarge = path.join(dir, 'too-large.png');
  fs.writeFileSync(tooLarge, Buffer.concat([fs.readFileSync(doc('npwp.png')), Buffer.alloc(500 * 1024)]));
  const gif = path.join(dir, 'letter.gif');
  fs.writeFileSync(gif, Buffer.from('GIF89a'));
  const fakePdf = path.join(dir, 'letter.pdf');
  fs.copyFileSync(doc('npwp.png'), fakePdf);
  return { tooLarge, gif, fakePdf };
}

/** The EventBridge pattern of a rule on one registration's status changing to one of `statuses`, as the template holds it. */
export function statusChangePattern(registrationLogicalId: string, statuses: string[]): Record<string, unknown> {
  return {
    'source': ['aws.sms-voice'],
    'detail-type': ['Registration Status Change'],
    'resources': [{ 'Fn::GetAtt': [registrationLogicalId, 'RegistrationArn'] }],
    'detail': { registrationDetails: { currentStatus: statuses } },
  };
}
