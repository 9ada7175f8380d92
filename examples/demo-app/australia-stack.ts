import * as path from 'path';
import { Stack, StackProps } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import {
  AreaOfBusiness, Attachment, AustraliaSenderIdForm, MonthlyMessageVolume, SenderIdRegistration, SenderIdRegistrationProps,
  UseCaseCategory,
} from '../../lib';

/**
 * The Australian example: a company whose authorized representative's photo ID is personal data, so it is never in this
 * app. It lives in an encrypted bucket the security team owns (SSE-KMS); the stack only names the object. All fictional.
 */

export const AUSTRALIA_REGISTRATION_ID = 'DemoAuAustraliaSenderId';

export function australiaStackName(stage: string): string {
  return `SenderIds-Australia-${stage}`;
}

/** The bucket and object of the representative's photo ID: `npm start` serves it from a folder outside the app. */
export const IDENTITY_DOCUMENTS_BUCKET = 'demo-au-identity-documents';
export const PHOTO_ID_KEY = 'representatives/authorized-representative.png';
/** The id of the bucket's KMS key (fictional), in the stack's account and Region. */
const IDENTITY_DOCUMENTS_KEY_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const DOCUMENTS = path.join(__dirname, '..', 'documents');
const document = (name: string) => Attachment.fromFile(path.join(DOCUMENTS, name));

/** The Australian registration, with the photo ID from the encrypted bucket. */
export function australiaExampleProps(photoIds: s3.IBucket): SenderIdRegistrationProps {
  return {
    form: AustraliaSenderIdForm.of({
      australianBusinessNumber: '51824753556',
      entityType: 'Body corporate',
      representativeFirstName: 'Alex',
      representativeLastName: 'Example',
      representativeEmail: 'alex.example@example.com',
      representativePhone: '+61255500100',
      governmentPhotoId: Attachment.fromS3Object(photoIds, PHOTO_ID_KEY),
      companyRegistrationDocument: document('nib.pdf'),
      proofOfSenderIdConnection: document('proof-of-sender-id-connection.png'),
      senderIdDescription: 'DemoAU is the short name of Demo Australia Pty Ltd.',
    }),
    senderId: 'DemoAU',
    company: {
      legalName: 'Demo Australia Pty Ltd',
      registrationNumber: '51824753556',
      website: 'https://example.com',
      areaOfBusiness: AreaOfBusiness.RETAIL,
    },
    address: { line1: '1 Example Street', city: 'Sydney', stateOrProvince: 'NSW', postalCode: '2000', isoCountryCode: 'AU' },
    contact: { email: 'ops@example.com', phone: '+61255500101' },
    useCase: {
      category: UseCaseCategory.PURCHASE_OR_DELIVERY_NOTIFICATIONS,
      description: 'Order confirmations and delivery updates for Demo Australia shoppers.',
      monthlyVolume: MonthlyMessageVolume.UP_TO_10_000,
      optInDescription: 'Shoppers tick an unticked box at checkout to receive order and delivery updates from DemoAU by SMS.',
    },
    messageSamples: ['DemoAU: your order 1234 has shipped and arrives Tuesday. Reply STOP to opt out.'],
  };
}

export class AustraliaSenderIdStack extends Stack {
  public readonly registration: SenderIdRegistration;

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);
    const key = kms.Key.fromKeyArn(this, 'IdentityDocumentsKey', this.formatArn({ service: 'kms', resource: 'key', resourceName: IDENTITY_DOCUMENTS_KEY_ID }));
    const photoIds = s3.Bucket.fromBucketAttributes(this, 'IdentityDocuments', { bucketName: IDENTITY_DOCUMENTS_BUCKET, encryptionKey: key });
    this.registration = new SenderIdRegistration(this, AUSTRALIA_REGISTRATION_ID, australiaExampleProps(photoIds));
  }
}
