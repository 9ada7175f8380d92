import * as path from 'path';
import { App, CfnOutput, Stack, StackProps, Tags } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import {
  AreaOfBusiness, Attachment, IndiaSenderIdForm, IndonesiaSenderIdForm, MonthlyMessageVolume, SecretText, SenderIdRegistration,
  SenderIdRegistrationProps, UseCaseCategory,
} from '../../lib';
import { AustraliaSenderIdStack, australiaStackName } from './australia-stack';
import { ReviewNotifications } from './review-notifications';

/**
 * The seed's two sender IDs and an Australian one, one stack each (India must live in ap-south-1/2). All data is fictional:
 * example.com addresses, made-up ids and numbers, sample documents marked "SAMPLE ONLY". The Indonesian
 * end business's contact, address and registration number come from Secrets Manager, as a real app's
 * personal data would; `npm start` serves them from examples/secrets.json.
 */

/** One deployment environment, from cdk.json context "stages". */
export interface StageConfig {
  readonly account: string;
  readonly indiaRegion: string;
  readonly indonesiaRegion: string;
  /**
   * Where the Australian example lives.
   *
   * @default ap-southeast-2
   */
  readonly australiaRegion?: string;
}

/** Construct ids of the registrations; with the stack names they locate each one in cdk.out. */
export const INDIA_REGISTRATION_ID = 'DemoCoIndiaSenderId';
export const INDONESIA_REGISTRATION_ID = 'DemoIdIndonesiaSenderId';

export function indiaStackName(stage: string): string {
  return `SenderIds-India-${stage}`;
}

export function indonesiaStackName(stage: string): string {
  return `SenderIds-Indonesia-${stage}`;
}

const DOCUMENTS = path.join(__dirname, '..', 'documents');
const document = (name: string) => Attachment.fromFile(path.join(DOCUMENTS, name));

/**
 * Identifiers only: the status is not an output, since a deploy-time value goes stale while the review goes on
 * (follow it with `sender-id-registration status` or the status-change events).
 */
function outputs(stack: Stack, registration: SenderIdRegistration): void {
  new CfnOutput(stack, 'RegistrationId', { value: registration.registrationId });
  new CfnOutput(stack, 'RegistrationArn', { value: registration.registrationArn });
  // What a sending app or a pool takes once the registration is COMPLETE (docs/after-deploy.md).
  new CfnOutput(stack, 'SenderIdArn', { value: registration.senderIdRef.senderIdArn });
}

/** The India example's registration: revision 2 raises the monthly volume. */
export function indiaExampleProps(revision: number): SenderIdRegistrationProps {
  return {
    form: IndiaSenderIdForm.of({
      principalEntityId: '1101000000000000001',
      chainId1: '1702000000000000001',
      chainId2: '1702000000000000002',
      chainId3: '1702000000000000003',
      chainId5: '1702000000000000005',
      acknowledgeSendingParameters: true,
    }),
    senderId: 'DEMOCO',
    company: {
      legalName: 'Demo Company India Private Limited',
      registrationNumber: 'U00000MH2020PTC000001',
      website: 'https://example.com',
      areaOfBusiness: AreaOfBusiness.TECHNOLOGY,
    },
    address: { line1: '1 Example Road', city: 'Mumbai', isoCountryCode: 'IN' },
    contact: { email: 'sms-registrations@example.com', phone: '+915550100001' },
    useCase: {
      category: UseCaseCategory.ONE_TIME_PASSCODES,
      description: 'One-time passcodes for signing in to the Demo Company app.',
      monthlyVolume: revision >= 2 ? MonthlyMessageVolume.UP_TO_100_000 : MonthlyMessageVolume.UP_TO_10_000,
      optInDescription: 'Users enter their mobile number on the sign-in page and request a passcode; we text only that number.',
    },
    messageSamples: ['Your Demo Company sign-in code is 123456. It expires in 10 minutes. Do not share it.'],
  };
}

/** The secret holding one end business's personal data, as one JSON object (keys: INDONESIA_SECRET_KEYS). */
export const INDONESIA_SECRET_NAME = 'sender-id-registrations/pt-demo-indonesia';

/** The keys of that secret's JSON, one per secret-backed field. */
export const INDONESIA_SECRET_KEYS = ['email', 'phone', 'addressLine1', 'city', 'registrationNumber'] as const;

/** The Indonesian end business's secret, referenced by name: the stack does not create or own it. */
export function indonesiaEndBusinessSecret(scope: Construct): secretsmanager.ISecret {
  return secretsmanager.Secret.fromSecretNameV2(scope, 'PtDemoIndonesiaData', INDONESIA_SECRET_NAME);
}

/**
 * The Indonesia example's registration, with its documents attached. Its contact, address and company
 * registration number are read from `endBusiness` at deploy, so they are in neither the template nor `cdk diff`.
 */
export function indonesiaExampleProps(endBusiness: secretsmanager.ISecret): SenderIdRegistrationProps {
  const fromSecret = (jsonField: typeof INDONESIA_SECRET_KEYS[number]) => SecretText.fromSecret(endBusiness, { jsonField });
  return {
    // The address is in Indonesia, so every local document is required and attached.
    form: IndonesiaSenderIdForm.of({
      letterOfAuthorizationTelkomsel: document('loa-telkomsel.pdf'),
      letterOfAuthorizationIoh: document('loa-ioh.pdf'),
      letterOfAuthorizationXlAxiata: document('loa-xl-axiata.pdf'),
      letterOfAuthorizationSmartfren: document('loa-smartfren.pdf'),
      npwpDocument: document('npwp.png'),
      nibDocument: document('nib.pdf'),
      proofOfSenderIdConnection: document('proof-of-sender-id-connection.png'),
    }),
    senderId: 'DEMOID',
    company: {
      legalName: 'PT Demo Indonesia',
      registrationNumber: fromSecret('registrationNumber'),
      website: 'https://example.com',
      areaOfBusiness: AreaOfBusiness.RETAIL,
    },
    address: { line1: fromSecret('addressLine1'), city: fromSecret('city'), isoCountryCode: 'ID' },
    contact: { email: fromSecret('email'), phone: fromSecret('phone') },
    useCase: {
      category: UseCaseCategory.PURCHASE_OR_DELIVERY_NOTIFICATIONS,
      description: 'Order confirmations and delivery updates for Demo Indonesia shoppers.',
      monthlyVolume: MonthlyMessageVolume.UP_TO_100_000,
      optInDescription: 'Shoppers tick a box at checkout to receive order and delivery updates by SMS on their number.',
    },
    messageSamples: ['DEMOID: Pesanan #12345 Anda telah dikonfirmasi dan sedang dikirim. Terima kasih!'],
  };
}

export interface IndiaSenderIdStackProps extends StackProps {
  /**
   * The example's revision. Revision 2 raises India's monthly volume: `npm start` deploys revision 1,
   * has the reviewer approve it, then deploys revision 2 to show a one-field update.
   */
  readonly revision: number;
}

export class IndiaSenderIdStack extends Stack {
  public readonly registration: SenderIdRegistration;

  constructor(scope: Construct, id: string, props: IndiaSenderIdStackProps) {
    super(scope, id, props);
    this.registration = new SenderIdRegistration(this, INDIA_REGISTRATION_ID, indiaExampleProps(props.revision));
    outputs(this, this.registration);
    new ReviewNotifications(this, 'ReviewNotifications', this.registration);
  }
}

export class IndonesiaSenderIdStack extends Stack {
  public readonly registration: SenderIdRegistration;

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);
    this.registration = new SenderIdRegistration(this, INDONESIA_REGISTRATION_ID, indonesiaExampleProps(indonesiaEndBusinessSecret(this)));
    outputs(this, this.registration);
    new ReviewNotifications(this, 'ReviewNotifications', this.registration);
  }
}

/** Read a stage from context "stages"; the error lists the stages there are. */
export function stageConfig(app: App, stage: string): StageConfig {
  const stages = (app.node.tryGetContext('stages') ?? {}) as Record<string, StageConfig>;
  const config = stages[stage];
  if (!config) {
    throw new Error(`Unknown stage ${JSON.stringify(stage)}: cdk.json context "stages" has ${Object.keys(stages).join(', ') || 'none'}`);
  }
  return config;
}

/** The example stacks of one stage. */
export interface ExampleStacks {
  readonly india: IndiaSenderIdStack;
  readonly indonesia: IndonesiaSenderIdStack;
  readonly australia: AustraliaSenderIdStack;
}

/** Every example stack for one stage. */
export function createExampleStacks(app: App, stage: string, revision = 1): ExampleStacks {
  const config = stageConfig(app, stage);
  const india = new IndiaSenderIdStack(app, indiaStackName(stage), {
    revision,
    env: { account: config.account, region: config.indiaRegion },
    description: `India sender ID registrations (${stage})`,
  });
  const indonesia = new IndonesiaSenderIdStack(app, indonesiaStackName(stage), {
    env: { account: config.account, region: config.indonesiaRegion },
    description: `Indonesia sender ID registrations (${stage})`,
  });
  const australia = new AustraliaSenderIdStack(app, australiaStackName(stage), {
    env: { account: config.account, region: config.australiaRegion ?? 'ap-southeast-2' },
    description: `Australia sender ID registrations (${stage})`,
  });
  for (const stack of [india, indonesia, australia]) Tags.of(stack).add('stage', stage);
  return { india, indonesia, australia };
}
