import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { AreaOfBusiness, Attachment, MonthlyMessageVolume, RegistrationForm, SenderIdRegistrationProps, UseCaseCategory } from '../../lib';
import { documents, INDIA_FORM, INDONESIA, INDONESIA_DOCUMENTS } from '../fixtures/example-registrations';

/** Shared, valid, fictional inputs for construct tests. */

export const DOCUMENTS = path.join(__dirname, '..', '..', 'examples', 'documents');
export const doc = (name: string) => path.join(DOCUMENTS, name);

export { INDIA_FORM };

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
  // Six documents: the construct tests' attachment counts leave out the proof of the sender ID's connection.
  const { proofOfSenderIdConnection: _optional, ...required } = INDONESIA_DOCUMENTS;
  const form = RegistrationForm.indonesia(documents(required, (file) => Attachment.fromFile(doc(file))));
  return { ...COMMON, address: INDONESIA.address, contact: INDONESIA.contact, form, senderId: INDONESIA.senderId, ...overrides };
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
