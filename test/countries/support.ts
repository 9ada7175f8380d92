import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import {
  AreaOfBusiness, Attachment, AustraliaSenderIdProps, MonthlyMessageVolume, SenderIdRegistration, SenderIdRegistrationProps, UseCaseCategory,
} from '../../lib';

/** Helpers shared by the per-country tests: one stack per registration, its errors and warnings as synth reports them. */

export const DOCUMENTS = path.join(__dirname, '..', '..', 'examples', 'documents');
export const doc = (name: string) => path.join(DOCUMENTS, name);

let count = 0;
export function newStack(region: string): Stack {
  return new Stack(new App(), `Country${count++}`, { env: { account: '123456789012', region } });
}

export function register(props: SenderIdRegistrationProps, region = 'ap-southeast-2'): SenderIdRegistration {
  return new SenderIdRegistration(newStack(region), 'Registration', props);
}

/** What synth fails with (node.validate() is what synth reports). */
export function errorsOf(props: SenderIdRegistrationProps, region?: string): string[] {
  return register(props, region).node.validate();
}

/** The warnings synth prints for the registration. */
export function warningsOf(registration: SenderIdRegistration): string[] {
  return registration.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => m.data as string);
}

/** The registration's stack template as `cdk synth` writes it, as text. */
export function templateText(registration: SenderIdRegistration): string {
  return JSON.stringify(Template.fromStack(Stack.of(registration)).toJSON());
}

/** A PDF (or PNG) of a given size, written once to a temporary folder. */
export function fileOfSize(name: string, bytes: number, source = doc('nib.pdf')): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'country-documents-'));
  const file = path.join(dir, name);
  const head = fs.readFileSync(source);
  fs.writeFileSync(file, Buffer.concat([head, Buffer.alloc(Math.max(0, bytes - head.length))]));
  return file;
}

/** The shared sections of a valid registration, fictional; each country test replaces what its form needs. */
export function sharedProps(country: string): Omit<SenderIdRegistrationProps, 'form' | 'senderId'> {
  return {
    company: { legalName: 'Demo Brand Ltd', registrationNumber: 'DEMO12345', website: 'https://example.com', areaOfBusiness: AreaOfBusiness.RETAIL },
    address: { line1: '1 Example Street', city: 'Example City', postalCode: '1010', isoCountryCode: country },
    contact: { email: 'ops@example.com', phone: '+4315550100' },
    useCase: {
      category: UseCaseCategory.PURCHASE_OR_DELIVERY_NOTIFICATIONS,
      description: 'Order and delivery updates for Demo Brand shoppers.',
      monthlyVolume: MonthlyMessageVolume.UP_TO_10_000,
      optInDescription: 'Shoppers tick an unticked box at checkout to receive delivery updates by SMS from Demo Brand.',
    },
    messageSamples: ['Demo Brand (DemoBrand): your order 1234 has shipped.'],
  };
}

/** The field values the template sends for the registration. */
export function sentFields(registration: SenderIdRegistration): Record<string, unknown> {
  const template = Template.fromStack(Stack.of(registration)).findResources('Custom::SenderIdRegistration');
  return (Object.values(template)[0] as any).Properties.Fields;
}

/** The ids of the warnings, without the field path that follows some of them. */
export function warningIds(registration: SenderIdRegistration): string[] {
  return [...new Set(warningsOf(registration).map((w) => /\[ack: (sender-id-registration:[A-Za-z]+)/.exec(w)?.[1] ?? w))];
}

/** A valid Australian form; the representative's photo ID is in an encrypted bucket of `stack`, never in the app. */
export function australiaFormProps(stack: Stack): AustraliaSenderIdProps {
  const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:ap-southeast-2:123456789012:key/11111111-2222-3333-4444-555555555555');
  const bucket = s3.Bucket.fromBucketAttributes(stack, 'Identity', { bucketName: 'demo-identity-documents', encryptionKey: key });
  return {
    australianBusinessNumber: '51 824 753 556',
    entityType: 'Body corporate',
    representativeFirstName: 'Jane',
    representativeLastName: 'Citizen',
    representativeEmail: 'jane.citizen@example.com',
    representativePhone: '+61255500100',
    governmentPhotoId: Attachment.fromS3Object(bucket, 'representatives/jane-citizen-passport.png'),
    companyRegistrationDocument: Attachment.fromFile(doc('nib.pdf')),
    proofOfSenderIdConnection: Attachment.fromFile(doc('proof-of-sender-id-connection.png')),
  };
}
