import { ArnFormat, Duration, Lazy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { RESOURCE_TAG_KEY, RESOURCE_TYPE, STACK_TAG_KEY } from './core/contract/resource-properties';
import { handlerAssetDirectory } from './handler-asset';
import { registrationArnIn } from './sender-id-registration-base';

/** The construct id of the one provider a stack holds; tools and tests find it by this id. */
export const PROVIDER_ID = 'SenderIdRegistrationProvider';

export { STACK_TAG_KEY };

/**
 * How long the Provider and the handler functions may take. The waiter polls isComplete every
 * queryInterval for up to totalTimeout; each isComplete works in bounded steps within its timeout.
 * onEvent gets 15 minutes because its CreateRegistration may wait out a burst of throttling when
 * many registrations are created at once (see SDK_MAX_ATTEMPTS).
 */
export const PROVIDER_TIMING = {
  queryInterval: Duration.seconds(10),
  totalTimeout: Duration.minutes(55),
  onEventTimeout: Duration.minutes(15),
  isCompleteTimeout: Duration.minutes(5),
};

/**
 * SDK attempts per SMS API call (standard retry, SMS_API_MAX_ATTEMPTS). isComplete yields to the next
 * poll when throttling outlasts its 10 attempts (at most 111 s of backoff), but onEvent cannot: its
 * CreateRegistration gets 30 attempts, at most 531 s of backoff, inside its 15-minute timeout.
 * `npm run bench` measured 1 of 50 concurrent creates failing with 10 attempts.
 */
export const SDK_MAX_ATTEMPTS = { onEvent: 30, isComplete: 10 };

export { handlerAssetDirectory };

/**
 * Source for every list below: Service Authorization Reference, "Actions, resources, and condition keys for
 * AWS End User Messaging SMS and Voice V2" (service prefix sms-voice). The Registration and
 * RegistrationAttachment resource types both list the condition key aws:ResourceTag/${TagKey}, so every action
 * that takes one of them can be conditioned on the tag the resource carries; CreateRegistration and
 * CreateRegistrationAttachment have no resource type and list aws:RequestTag/${TagKey} and aws:TagKeys instead.
 */
/** Reads of registrations, left without a tag condition: adoption reads a registration before it carries the tag. */
const REGISTRATION_READS = [
  'sms-voice:DescribeRegistrations',
  'sms-voice:DescribeRegistrationVersions',
  'sms-voice:DescribeRegistrationFieldValues',
];
/** Writes on registrations (Registration resource type, required): allowed only on registrations tagged with this stack. */
const REGISTRATION_WRITES = [
  'sms-voice:PutRegistrationFieldValue',
  'sms-voice:DeleteRegistrationFieldValue',
  'sms-voice:SubmitRegistrationVersion',
  'sms-voice:CreateRegistrationVersion',
  'sms-voice:DiscardRegistrationVersion',
  'sms-voice:DeleteRegistration',
];
/** Tag writes (Registration and RegistrationAttachment among their optional resource types): only on resources of this stack. */
const TAG_WRITES = ['sms-voice:TagResource', 'sms-voice:UntagResource'];
/** Reads of attachments and of tags, without a tag condition (adoption reads the tags to find the owner). */
const ATTACHMENT_AND_TAG_READS = ['sms-voice:DescribeRegistrationAttachments', 'sms-voice:ListTagsForResource'];

/** Options of a stack's one provider; set them with `RegistrationProvider.configure()`, at any time before synth. */
export interface RegistrationProviderProps {
  /**
   * A customer-managed KMS key for the provider's log groups: the handler's, the Provider framework
   * functions' and the waiter state machine's. The key policy gets a grant for CloudWatch Logs in the
   * stack's Region (`logs.<region>.amazonaws.com`); for an imported key, allow that yourself.
   *
   * @default - the log groups use CloudWatch Logs' own encryption
   */
  readonly logEncryptionKey?: kms.IKey;
  /**
   * How long the provider's log groups keep their events.
   *
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly logRetention?: logs.RetentionDays;
}

/**
 * The custom-resource provider all `SenderIdRegistration`s of a stack share: one handler (onEvent and
 * isComplete) with one role, behind the Provider framework's waiter, however many registrations.
 *
 * It is a grantable: `grantable.grantX(provider)` reaches the handler's role (e.g. a key that encrypts documents).
 */
export class RegistrationProvider extends Construct implements iam.IGrantable {
  /** The construct id of the stack's one provider, e.g. to address it in cdk-nag suppressions (`<stack>/<PROVIDER_ID>/...`). */
  public static readonly PROVIDER_ID: string = PROVIDER_ID;
  /** The CloudFormation resource type of every registration the provider serves. */
  public static readonly RESOURCE_TYPE: string = RESOURCE_TYPE;
  /** The tag on every registration it creates whose value is the stack name (CreateRegistration is allowed only with it). */
  public static readonly STACK_TAG_KEY: string = STACK_TAG_KEY;
  /** The tag on every registration it creates whose value is the resource's logical ID within the stack. */
  public static readonly RESOURCE_TAG_KEY: string = RESOURCE_TAG_KEY;

  /** The stack's provider, created on first use. */
  public static of(scope: Construct): RegistrationProvider {
    const stack = Stack.of(scope);
    const existing = stack.node.tryFindChild(PROVIDER_ID);
    if (existing instanceof RegistrationProvider) return existing;
    if (existing) throw new Error(`${stack.node.path}/${PROVIDER_ID} already exists and is not a RegistrationProvider`);
    return new RegistrationProvider(stack, PROVIDER_ID);
  }

  /**
   * Set options of the stack's provider, before or after its registrations: they apply at synth. An option
   * set twice to different values fails rather than leave one silently unapplied.
   */
  public static configure(scope: Construct, props: RegistrationProviderProps): RegistrationProvider {
    const provider = RegistrationProvider.of(scope);
    provider.setOptions(props);
    return provider;
  }

  /** The role both handler functions run as; attachment and secret read grants go here. */
  public readonly role: iam.IRole;
  /** The principal grants to the provider reach: the handler's role. */
  public readonly grantPrincipal: iam.IPrincipal;
  /** The role of the Provider framework's onEvent function (no managed policy: an inline grant on its log group). */
  public readonly frameworkOnEventRole: iam.IRole;
  /** The role of the Provider framework's isComplete and onTimeout functions (likewise). */
  public readonly frameworkCompleteAndTimeoutRole: iam.IRole;
  /** The handler's onEvent function (create, update, delete). */
  public readonly onEventFunction: lambda.IFunction;
  /** The handler's isComplete function (resumes long work, reports completion). */
  public readonly isCompleteFunction: lambda.IFunction;
  /** The service token every registration's custom resource uses. */
  public readonly serviceToken: string;
  private readonly options: { -readonly [K in keyof RegistrationProviderProps]: RegistrationProviderProps[K] } = {};

  /**
   * Lets the handler tag the one registration `registrationId` that is adopted: it does not carry this
   * stack's tag until the first deploy sets it, so the tag-conditioned writes do not reach it yet. Adoption
   * reads it first (DescribeRegistrations, ListTagsForResource: granted without a tag condition), then the
   * tags come before any other write; after that the registration is this stack's like any other.
   *
   * @internal
   */
  public _grantAdoption(registrationId: string): iam.Grant {
    return iam.Grant.addToPrincipal({ grantee: this, actions: ['sms-voice:TagResource'], resourceArns: [registrationArnIn(this, registrationId)] });
  }

  private setOptions(props: RegistrationProviderProps): void {
    const conflicts = (Object.keys(props) as Array<keyof RegistrationProviderProps>)
      .filter((key) => props[key] !== undefined && this.options[key] !== undefined && this.options[key] !== props[key]);
    if (conflicts.length > 0) {
      throw new Error(`${this.node.path}: RegistrationProvider.configure() was already given another ${conflicts.join(' and ')}; `
        + 'the provider is one per stack, so give each option once');
    }
    if (props.logEncryptionKey && !this.options.logEncryptionKey) {
      // CloudWatch Logs encrypts and decrypts the events with the key (the key policy of a key in this app).
      props.logEncryptionKey.grantEncryptDecrypt(new iam.ServicePrincipal(`logs.${Stack.of(this).region}.amazonaws.com`));
    }
    Object.assign(this.options, Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined)));
  }

  /** A log group of the provider whose retention and key are the options as they stand at synth. */
  private logGroup(id: string): logs.LogGroup {
    const logGroup = new logs.LogGroup(this, id);
    const cfn = logGroup.node.defaultChild as logs.CfnLogGroup;
    cfn.retentionInDays = Lazy.number({ produce: () => this.options.logRetention ?? logs.RetentionDays.ONE_YEAR });
    cfn.kmsKeyId = Lazy.string({ produce: () => this.options.logEncryptionKey?.keyArn });
    return logGroup;
  }

  private constructor(scope: Construct, id: string) {
    super(scope, id);
    const stack = Stack.of(this);
    const code = lambda.Code.fromAsset(handlerAssetDirectory());

    const role = new iam.Role(this, 'HandlerRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Sender ID registration handler: fills, submits and deletes SMS registrations of this stack',
    });
    // One log group for both functions, written through an explicit grant instead of a managed policy.
    const logGroup = this.logGroup('HandlerLogs');
    logGroup.grantWrite(role);

    const common: Omit<lambda.FunctionProps, 'handler'> = {
      code,
      runtime: lambda.Runtime.NODEJS_24_X,
      role,
      memorySize: 256,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
    };
    const environment = (handler: keyof typeof SDK_MAX_ATTEMPTS) => ({
      POWERTOOLS_SERVICE_NAME: 'sender-id-registration', POWERTOOLS_LOG_LEVEL: 'INFO', SMS_API_MAX_ATTEMPTS: String(SDK_MAX_ATTEMPTS[handler]),
    });
    const onEventFunction = new lambda.Function(this, 'OnEvent', {
      ...common, handler: 'index.onEvent', description: 'Sender ID registration: create, update, delete',
      timeout: PROVIDER_TIMING.onEventTimeout, environment: environment('onEvent'),
    });
    const isCompleteFunction = new lambda.Function(this, 'IsComplete', {
      ...common, handler: 'index.isComplete', description: 'Sender ID registration: resume long work, report completion',
      timeout: PROVIDER_TIMING.isCompleteTimeout, environment: environment('isComplete'),
    });

    const registrations = registrationArnIn(this, '*');
    const attachments = stack.formatArn({
      service: 'sms-voice', resource: 'registration-attachment', resourceName: '*', arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
    const ofThisStack = (key: 'RequestTag' | 'ResourceTag') => ({ StringEquals: { [`aws:${key}/${STACK_TAG_KEY}`]: stack.stackName } });
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'CreateTaggedWithThisStack',
      // No resource type ('*' is the only choice); aws:RequestTag is supported, so the role can only create
      // registrations and attachments that carry this stack's tag.
      actions: ['sms-voice:CreateRegistration', 'sms-voice:CreateRegistrationAttachment'],
      resources: ['*'],
      conditions: ofThisStack('RequestTag'),
    }));
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'ActionsWithoutResourceTypes',
      // A read without a resource type: the resource must be '*'.
      actions: ['sms-voice:DescribeRegistrationFieldDefinitions', 'sms-voice:DescribeRegistrationTypeDefinitions'],
      resources: ['*'],
    }));
    role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'ReadRegistrations', actions: REGISTRATION_READS, resources: [registrations] }));
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'ReadAttachmentsAndTags', actions: ATTACHMENT_AND_TAG_READS, resources: [registrations, attachments],
    }));
    // Every write: only on a registration (or attachment) that carries this stack's tag.
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'WriteRegistrationsOfThisStack', actions: REGISTRATION_WRITES, resources: [registrations], conditions: ofThisStack('ResourceTag'),
    }));
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'DeleteAttachmentsOfThisStack', actions: ['sms-voice:DeleteRegistrationAttachment'], resources: [attachments],
      conditions: ofThisStack('ResourceTag'),
    }));
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'TagResourcesOfThisStack', actions: TAG_WRITES, resources: [registrations, attachments], conditions: ofThisStack('ResourceTag'),
    }));
    // A rollback arrives as an ordinary Update; only this stack's status tells the handler it must not fail.
    role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'OwnStackStatus', actions: ['cloudformation:DescribeStacks'], resources: [stack.stackId] }));

    // The framework's three functions log to one log group of ours, through roles of ours: an inline grant on
    // that log group instead of AWSLambdaBasicExecutionRole. The Provider adds to these roles what it needs
    // itself (lambda:InvokeFunction and lambda:GetFunction on our handlers, states:StartExecution on the waiter).
    const frameworkLogGroup = this.logGroup('FrameworkLogs');
    const frameworkRole = (roleId: string, description: string) => {
      const role = new iam.Role(this, roleId, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), description });
      frameworkLogGroup.grantWrite(role);
      return role;
    };
    // Two roles, as the Provider asks: the onEvent role starts the waiter, the other two only invoke isComplete.
    const frameworkOnEventRole = frameworkRole('FrameworkOnEventRole', 'Sender ID registration provider framework: onEvent');
    const frameworkCompleteAndTimeoutRole = frameworkRole('FrameworkCompleteRole', 'Sender ID registration provider framework: isComplete, onTimeout');

    const provider = new cr.Provider(this, 'Provider', {
      onEventHandler: onEventFunction,
      isCompleteHandler: isCompleteFunction,
      frameworkOnEventRole,
      frameworkCompleteAndTimeoutRole,
      logGroup: frameworkLogGroup,
      queryInterval: PROVIDER_TIMING.queryInterval,
      totalTimeout: PROVIDER_TIMING.totalTimeout,
      // The framework's functions console.log every event they pass on, resource properties (personal
      // data) included. FATAL (today's default, pinned here on purpose) keeps those lines out of CloudWatch.
      frameworkLambdaLoggingLevel: lambda.ApplicationLogLevel.FATAL,
      // Errors only, without execution data: the data is the registration, personal data included.
      disableWaiterStateMachineLogging: false,
      waiterStateMachineLogOptions: {
        destination: this.logGroup('WaiterLogs'),
        level: sfn.LogLevel.ERROR,
        includeExecutionData: false,
      },
    });
    this.serviceToken = provider.serviceToken;
    this.role = role;
    this.grantPrincipal = role;
    this.onEventFunction = onEventFunction;
    this.isCompleteFunction = isCompleteFunction;
    this.frameworkOnEventRole = frameworkOnEventRole;
    this.frameworkCompleteAndTimeoutRole = frameworkCompleteAndTimeoutRole;
  }
}
