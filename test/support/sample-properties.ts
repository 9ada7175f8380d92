import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Resource properties as the construct renders them (and CloudFormation delivers them: scalars as strings). */
export function indiaProperties(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    RegistrationType: 'IN_SENDER_ID_REGISTRATION',
    Fields: {
      'senderIdInfo.senderId': 'EXPAY',
      'inSidSpecificInfo.principalEntityId': '1101456789012345678',
      'inSidSpecificInfo.chainId1': '1102000000000000001',
      'inSidSpecificInfo.chainId2': '1102000000000000002',
      'inSidSpecificInfo.chainId3': '1102000000000000003',
      'inSidSpecificInfo.chainId5': '1102000000000000005',
      'inSidSpecificInfo.sendingParametersAcknowledgement': ['Yes'],
      'companyInfo.companyName': 'Example Payments Private Limited',
      'companyInfo.companyId': 'AAACE1234F',
      'companyInfo.website': 'https://payments.example.com',
      'companyInfo.areaOfBusiness': ['Financial'],
      'companyAddress.address1': '12 Example Road',
      'companyAddress.city': 'Mumbai',
      'companyAddress.isoCountryCode': 'IN',
      'contactInfo.emailAddress': 'sms-owner@example.com',
      'contactInfo.phoneNumber': '+919999900001',
      'messagingUseCase.useCaseCategory': ['One-time passcodes'],
      'messagingUseCase.useCaseDescription': 'One-time passcodes for sign-in to the Example Payments app.',
      'messagingUseCase.monthlyMessageVolume': ['100,000'],
      'messagingUseCase.optInDescription': 'Customers enter their mobile number in the app and confirm it to receive sign-in codes.',
      'messageSamples.messageSample1': '123456 is your Example Payments sign-in code. It expires in 10 minutes.',
    },
    Attachments: {},
    Submit: 'true',
    AwsReview: 'false',
    RemovalPolicy: 'destroy',
    Tags: [{ Key: 'team', Value: 'messaging' }],
    ...overrides,
  };
}

const DOCUMENTS = path.join(__dirname, '..', '..', 'examples', 'documents');

/** Indonesian attachment fields and the sample file bound to each. */
export const INDONESIA_DOCUMENTS: Record<string, string> = {
  'idSidSpecificInfo.letterOfAuthorization1': 'loa-telkomsel.pdf',
  'idSidSpecificInfo.letterOfAuthorization2': 'loa-ioh.pdf',
  'idSidSpecificInfo.letterOfAuthorization3': 'loa-xl-axiata.pdf',
  'idSidSpecificInfo.letterOfAuthorization4': 'loa-smartfren.pdf',
  'idSidSpecificInfo.nomorPokokWajibPajakDocument': 'npwp.png',
  'idSidSpecificInfo.nomorIndukBerusahaDocument': 'nib.pdf',
  'senderIdInfo.proofOfSenderIdConnection': 'proof-of-sender-id-connection.png',
};

/** A directory playing S3 for the registrar, holding the sample documents (and any extra files) in one bucket. */
export function makeS3Root(extraFiles: Record<string, Buffer> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sender-id-s3-'));
  fs.mkdirSync(path.join(root, 'test-assets'));
  for (const file of Object.values(INDONESIA_DOCUMENTS)) fs.copyFileSync(path.join(DOCUMENTS, file), path.join(root, 'test-assets', file));
  for (const [name, content] of Object.entries(extraFiles)) fs.writeFileSync(path.join(root, 'test-assets', name), content);
  return root;
}

export function attachmentProperty(file: string, content = fs.readFileSync(path.join(DOCUMENTS, file))) {
  return { FileName: file, ContentHash: createHash('sha256').update(content).digest('hex'), S3Url: `s3://test-assets/${file}` };
}

export function indonesiaProperties(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const india = indiaProperties().Fields as Record<string, unknown>;
  const common = Object.fromEntries(Object.entries(india).filter(([p]) => !p.startsWith('inSidSpecificInfo.')));
  return {
    ...indiaProperties(),
    RegistrationType: 'ID_SENDER_ID_REGISTRATION',
    Fields: {
      ...common,
      'senderIdInfo.senderId': 'EXPAYID',
      'companyAddress.city': 'Jakarta',
      'companyAddress.isoCountryCode': 'ID',
      'contactInfo.phoneNumber': '+628111000001',
    },
    Attachments: Object.fromEntries(Object.entries(INDONESIA_DOCUMENTS).map(([p, f]) => [p, attachmentProperty(f)])),
    ...overrides,
  };
}
