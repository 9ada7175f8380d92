import {
  Annotations, ArnFormat, CfnResource, CustomResource, ITaggable, Lazy, RemovalPolicy, Stack, TagManager, TagType, Token,
} from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct, IConstruct } from 'constructs';
import {
  AttachmentProperty, RESOURCE_TAG_KEY, RESOURCE_TYPE, RemovalBehavior, renderResourceProperties, TagProperty,
} from './core/contract/resource-properties';
import { SecretFieldProperty } from './core/contract/secret-fields';
import { duplicateFieldProblems } from './core/synth-checks/duplicate-fields';
import { quoted } from './core/validation/message-values';
import { CompanyAddress, CompanyInfo, ContactInfo, MessagingUseCase, typedFormFields } from './countries/common-form';
import { INDIA_ACKNOWLEDGEMENT_FIELD } from './countries/india';
import { RegistrationField } from './registration-field';
import { RegistrationForm } from './registration-form';
import { RegistrationProvider, STACK_TAG_KEY } from './registration-provider';
import { secretTextIn } from './secret-text';
import { StatusChangeOptions, statusChangePattern } from './status-change-events';
import { deployTimeValues } from './synth-checks/deploy-time-values';
import { validateAtSynth } from './synth-validation';

/** Properties of a `SenderIdRegistration`. */
export interface SenderIdRegistrationProps {
  /**
   * Which form to fill: `RegistrationForm.india({...})`, `RegistrationForm.indonesia({...})`, or
   * `RegistrationForm.other('JO_SENDER_ID_REGISTRATION')` for a country without typed props.
   */
  readonly form: RegistrationForm;

  /**
   * The alphanumeric sender ID recipients will see (`senderIdInfo.senderId`).
   *
   * India: 3-6 letters, exactly as registered with TRAI. Indonesia: 3-11 letters or digits, at least one letter.
   */
  readonly senderId: string;

  /** The company that sends the messages. */
  readonly company: CompanyInfo;

  /** The company's registered address. */
  readonly address: CompanyAddress;

  /** Who AWS contacts about the registration. */
  readonly contact: ContactInfo;

  /** What the messages are for. */
  readonly useCase: MessagingUseCase;

  /**
   * One to three example messages, exactly as recipients will see them (`messageSamples.messageSample1..3`).
   *
   * Line breaks are allowed. For India and Indonesia no public source confirms the paths of samples 2
   * and 3, so synth warns (`sender-id-registration:unconfirmedFieldPath:*`) when they are given.
   */
  readonly messageSamples: string[];

  /**
   * Values by field path that extend or override the typed props (a field newly added to the form, or
   * the fields of a registration type without typed props). Each field path at most once.
   *
   * @default - only the typed props
   */
  readonly additionalFields?: RegistrationField[];

  /**
   * Submit the registration for review after filling it.
   *
   * @default true - the registration is submitted; set false to leave a draft for review in the console
   */
  readonly submit?: boolean;

  /**
   * Ask for an AWS review when submitting (SubmitRegistrationVersion's AwsReview).
   *
   * @default false
   */
  readonly awsReview?: boolean;

  /**
   * What happens to the registration when it leaves the stack. RETAIN or DESTROY.
   *
   * @default RemovalPolicy.RETAIN - an approved sender ID is hard to get back; DESTROY calls DeleteRegistration
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * The id of an existing registration (e.g. one made in the console) to take over instead of
   * creating a new one.
   *
   * The first deploy converges that registration to these props: a draft receives the differing
   * values, an approved (or denied) one gets a new version holding them, which is submitted. The
   * deploy refuses a registration of another registration type, or one under review when values
   * differ. From then on the registration is this construct's: `removalPolicy` applies to it (a
   * stack rollback never deletes it, since it existed before the stack). Only the create adopts:
   * set it when adding the construct, not on one already deployed.
   *
   * @default - a new registration is created
   */
  readonly adoptRegistrationId?: string;
}

/** A sender ID registration: one this app declares, or an existing one it refers to. */
export interface ISenderIdRegistration extends IConstruct {
  /** The registration's id, e.g. `registration-0123...`. */
  readonly registrationId: string;
  /** The registration's ARN. */
  readonly registrationArn: string;

  /**
   * An EventBridge rule for this registration's status changes (source `aws.sms-voice`, detail-type
   * `Registration Status Change`, `resources` holding the registration's ARN): reviews end weeks after
   * the deploy that submitted them.
   */
  onStatusChange(id: string, options?: StatusChangeOptions): events.Rule;
}

/** What identifies an existing registration. */
export interface SenderIdRegistrationAttributes {
  /** The registration's id, e.g. `registration-0123...`. */
  readonly registrationId: string;
  /**
   * The registration's ARN.
   *
   * @default - formatted from the id, in the stack's account and region
   */
  readonly registrationArn?: string;
}

/** What a declared registration and a referenced one share. */
export abstract class SenderIdRegistrationBase extends Construct implements ISenderIdRegistration {
  public abstract readonly registrationId: string;
  public abstract readonly registrationArn: string;

  public onStatusChange(id: string, options: StatusChangeOptions = {}): events.Rule {
    const { statuses, target, ...ruleOptions } = options;
    const rule = new events.Rule(this, id, ruleOptions);
    rule.addTarget(target);
    // Patterns are merged: options.eventPattern may narrow further.
    rule.addEventPattern(statusChangePattern(this.registrationArn, statuses));
    return rule;
  }
}

function removalBehavior(policy: RemovalPolicy | undefined): RemovalBehavior {
  if (policy === undefined || policy === RemovalPolicy.RETAIN) return 'retain';
  if (policy === RemovalPolicy.DESTROY) return 'destroy';
  throw new Error(`SenderIdRegistration: removalPolicy ${policy} is not supported; use RemovalPolicy.RETAIN (keep the registration) `
    + 'or RemovalPolicy.DESTROY (delete it)');
}

/** A registration id, not an ARN: it becomes the physical id, which later events pass to the API as RegistrationId. */
function adoptionProblems(registrationId: string): string[] {
  if (Token.isUnresolved(registrationId) || /^[A-Za-z0-9_-]+$/.test(registrationId)) return [];
  return [`adoptRegistrationId: ${quoted(registrationId)} must be a registration id (registration-...), not an ARN or empty`];
}

/**
 * An AWS End User Messaging SMS sender ID registration, filled and submitted by a custom resource.
 *
 * Validated at synth against the bundled field definitions; at deploy the handler validates again
 * against the live definitions before writing anything. A rule the bundled catalog only assumed (no
 * published form states it) warns at synth instead of failing it. Those warnings, and values reviewers
 * are known to deny, carry stable ids (`sender-id-registration:*`), silenced with
 * `Annotations.of(scope).acknowledgeWarning(id, reason)`.
 */
export class SenderIdRegistration extends SenderIdRegistrationBase implements ITaggable {
  /** An existing registration, referenced read-only (nothing is deployed for it). */
  public static fromRegistrationId(scope: Construct, id: string, registrationId: string): ISenderIdRegistration {
    return SenderIdRegistration.fromRegistrationAttributes(scope, id, { registrationId });
  }

  /** An existing registration, referenced read-only (nothing is deployed for it). */
  public static fromRegistrationAttributes(scope: Construct, id: string, attrs: SenderIdRegistrationAttributes): ISenderIdRegistration {
    class Import extends SenderIdRegistrationBase {
      public readonly registrationId = attrs.registrationId;
      public readonly registrationArn = attrs.registrationArn ?? Stack.of(scope).formatArn({
        service: 'sms-voice', resource: 'registration', resourceName: attrs.registrationId, arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      });
    }
    return new Import(scope, id);
  }

  /** The registration's id (the custom resource's physical id), e.g. `registration-0123...`. */
  public readonly registrationId: string;
  /** The registration's ARN. */
  public readonly registrationArn: string;
  /** The registration's latest version number after the last deploy. */
  public readonly versionNumber: string;
  /** The registration's status after the last deploy (e.g. SUBMITTED); reviews finish weeks later. */
  public readonly registrationStatus: string;
  /** Tags of the registration; `Tags.of(scope).add()` reaches them. */
  public readonly tags: TagManager;
  /** The registration type of the form. */
  public readonly registrationType: string;

  constructor(scope: Construct, id: string, props: SenderIdRegistrationProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.registrationType = props.form.registrationType;
    this.tags = new TagManager(TagType.KEY_VALUE, RESOURCE_TYPE);
    // Priority above Tags.of() (100): the handler role may create only registrations with this tag.
    this.tags.setTag(STACK_TAG_KEY, stack.stackName, 1000);

    const provider = RegistrationProvider.of(this);
    const typed = typedFormFields(props);
    const additional = props.additionalFields ?? [];
    const renderProblems: string[] = [...duplicateFieldProblems(additional.map((f) => f.fieldPath))];
    if (props.form._missingAcknowledgement) {
      renderProblems.push(`${INDIA_ACKNOWLEDGEMENT_FIELD}: acknowledgeSendingParameters is false, must be true (the form accepts only "Yes") `
        + `for ${this.registrationType}`);
    }

    // Later values win: typed props first, then additionalFields in order. Only the winning value is
    // rendered, so an overridden document is neither uploaded nor granted.
    const winners = new Map([...typed, ...additional].map((f) => [f.fieldPath, f]));
    const fields: Record<string, string | string[]> = {};
    const attachments: Record<string, AttachmentProperty> = {};
    const secretFields: Record<string, SecretFieldProperty> = {};
    const readStatements: iam.PolicyStatement[] = [];
    const attachmentWarnings: Array<{ readonly id: string; readonly message: string }> = [];
    const secretStatements: iam.PolicyStatement[] = [];
    const secretsRead = new Set<string>();
    for (const [fieldPath, field] of winners) {
      const value = field.textValue ?? field.selectChoices;
      const secret = value === undefined ? { kind: 'none' as const } : secretTextIn(fieldPath, value, stack);
      if (secret.kind === 'problem') {
        renderProblems.push(secret.problem);
      } else if (secret.kind === 'secret') {
        // The template carries the reference; the handler reads the value at deploy.
        secretFields[fieldPath] = secret.property;
        if (!secretsRead.has(secret.secretPath)) secretStatements.push(...secret.statements);
        secretsRead.add(secret.secretPath);
      } else if (field.textValue !== undefined) fields[fieldPath] = field.textValue;
      else if (field.selectChoices !== undefined) fields[fieldPath] = field.selectChoices;
      else if (field.attachmentValue) {
        const bound = field.attachmentValue._bind(this, fieldPath, this.registrationType);
        attachments[fieldPath] = bound.property;
        renderProblems.push(...bound.problems);
        attachmentWarnings.push(...bound.warnings);
        readStatements.push(...bound.readStatements);
      }
    }

    const properties = renderResourceProperties({
      registrationType: this.registrationType,
      fields,
      attachments,
      submit: props.submit,
      awsReview: props.awsReview,
      removal: removalBehavior(props.removalPolicy),
      // Rendered at synth, after Tags.of() aspects have run.
      tags: Lazy.any({ produce: () => (this.tags.renderTags() as TagProperty[] | undefined) ?? [] }) as unknown as TagProperty[],
      adoptRegistrationId: props.adoptRegistrationId,
      secretFields,
    });
    if (props.adoptRegistrationId !== undefined) renderProblems.push(...adoptionProblems(props.adoptRegistrationId));
    // Values CloudFormation cannot deliver fail synth (validateAtSynth reports them). They are left out of
    // the template: rendering it resolves every token, and would otherwise fail first with a bare "Resolution error".
    const deployTime = deployTimeValues(fields, (value) => stack.resolve(value));
    const renderedFields = Object.fromEntries(Object.entries(fields).filter(([path]) => !deployTime.problems.has(path)));

    const resource = new CustomResource(this, 'Resource', {
      serviceToken: provider.serviceToken,
      resourceType: RESOURCE_TYPE,
      properties: { ...properties, Fields: renderedFields },
    });
    // Names the resource on the registration itself, for tools that see only registrations (npm run plan).
    this.tags.setTag(RESOURCE_TAG_KEY, stack.getLogicalId(resource.node.defaultChild as CfnResource), 1000);
    if (props.adoptRegistrationId !== undefined) {
      // An adopted registration carries no stack tag before the first deploy: tagging it needs its exact ARN.
      resource.node.addDependency(provider.grantAdoption(this, props.adoptRegistrationId));
    }
    if (readStatements.length > 0) {
      // A policy of this registration on the shared role; the registration waits for it, so the
      // service can read the documents when the handler first runs.
      const policy = new iam.Policy(this, 'AttachmentReadPolicy', { roles: [provider.role], statements: readStatements });
      resource.node.addDependency(policy);
    }
    if (secretStatements.length > 0) {
      // The same for the secrets its values come from: the handler may read exactly these.
      const policy = new iam.Policy(this, 'SecretReadPolicy', { roles: [provider.role], statements: secretStatements });
      resource.node.addDependency(policy);
    }

    this.registrationId = resource.ref;
    this.registrationArn = resource.getAttString('RegistrationArn');
    this.versionNumber = resource.getAttString('VersionNumber');
    this.registrationStatus = resource.getAttString('RegistrationStatus');

    const typedPaths = new Set(typed.map((f) => f.fieldPath));
    const additionalOnlyPaths = new Set(additional.map((f) => f.fieldPath).filter((p) => !typedPaths.has(p)));
    // Everything validation needs is known now; synth fails on the errors, all reported together.
    const result = validateAtSynth({
      properties, region: stack.region, additionalOnlyPaths, messageSampleCount: props.messageSamples.length, renderProblems,
      deployTimeValues: deployTime,
    });
    // Every warning carries a stable id: Annotations.of(scope).acknowledgeWarning(id, reason) silences exactly it.
    for (const warning of [...attachmentWarnings, ...result.warnings, ...result.lint]) Annotations.of(this).addWarningV2(warning.id, warning.message);
    const secretPaths = Object.keys(secretFields);
    if (secretPaths.length > 0) {
      // One line, not a warning per field: reading values at deploy is the point of a secret.
      Annotations.of(this).addInfo(`${secretPaths.length} field${secretPaths.length === 1 ? '' : 's'} from Secrets Manager, validated at deploy `
        + `against the live definitions before anything is written: ${secretPaths.join(', ')}`);
    }
    this.node.addValidation({ validate: () => result.errors });
  }
}
