import {
  Annotations, aws_smsvoice as smsvoice, CfnResource, CustomResource, ITaggable, Lazy, RemovalPolicy, Stack, TagManager, TagType, Token,
} from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import {
  AttachmentProperty, RESOURCE_TAG_KEY, RESOURCE_TYPE, renderResourceProperties, secretFieldPaths, TagProperty,
} from './core/contract/resource-properties';
import { FieldValues, secretValue, selectValue, textValue } from './core/field-value';
import { duplicateFieldProblems } from './core/synth-checks/duplicate-fields';
import { quoted } from './core/validation/message-values';
import { typedFormFields } from './countries/common-form';
import { RegistrationRemovalPolicy } from './enums';
import { RegistrationProvider, STACK_TAG_KEY } from './registration-provider';
import { secretTextIn } from './secret-text';
import { senderIdArnIn, senderIdCountryOf } from './sender-id-reference';
import {
  ImportedSenderIdRegistration, ISenderIdRegistration, SenderIdRegistrationAttributes, SenderIdRegistrationBase,
} from './sender-id-registration-base';
import { SenderIdRegistrationProps } from './sender-id-registration-props';
import { appSyncedDefinitions, recordFormInUse } from './synced-form';
import { deployTimeValues } from './synth-checks/deploy-time-values';
import { validateAtSynth } from './synth-validation';


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
 *
 * Why not `aws_smsvoice.CfnRegistration`: that resource holds only the registration type and tags; the form's
 * field values, documents, submission and new versions after a review are API calls it does not make. This
 * construct makes them, and is an `IRegistrationRef` like the L1, so it goes wherever the L1 would.
 */
export class SenderIdRegistration extends SenderIdRegistrationBase implements ITaggable, smsvoice.ISenderIdRef {
  /** An existing registration, referenced read-only (nothing is deployed for it). */
  public static fromRegistrationId(scope: Construct, id: string, registrationId: string): ISenderIdRegistration {
    return new ImportedSenderIdRegistration(scope, id, { registrationId });
  }

  /** An existing registration, referenced read-only (nothing is deployed for it). */
  public static fromRegistrationAttributes(scope: Construct, id: string, attrs: SenderIdRegistrationAttributes): ISenderIdRegistration {
    return new ImportedSenderIdRegistration(scope, id, attrs);
  }

  /**
   * The registration's id (the custom resource's physical id), e.g. `registration-0123...`.
   *
   * @attribute
   */
  public readonly registrationId: string;
  /**
   * The registration's ARN.
   *
   * @attribute
   */
  public readonly registrationArn: string;
  /**
   * The registration's latest version number as the last deploy left it.
   *
   * @attribute
   */
  public readonly registrationVersionNumber: number;
  /**
   * The registration's status as the last deploy left it (e.g. SUBMITTED). A deploy-time value: reviews end weeks
   * later, so follow the status with `onStatusChange`, `onSenderIdReady` or `sender-id-registration status`, not an output.
   *
   * @attribute
   */
  public readonly registrationStatus: string;
  /** The sender ID this registration registers, as given in the props. */
  public readonly senderId: string;
  /** Tags of the registration; `Tags.of(scope).add()` reaches them. */
  public readonly tags: TagManager;
  /** The registration type of the form. */
  public readonly registrationType: string;

  constructor(scope: Construct, id: string, props: SenderIdRegistrationProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.registrationType = props.form.registrationType;
    this.senderId = props.senderId;
    this.tags = new TagManager(TagType.KEY_VALUE, RESOURCE_TYPE);
    // Priority above Tags.of() (100): the handler role may create only registrations with this tag.
    this.tags.setTag(STACK_TAG_KEY, stack.stackName, 1000);

    const provider = RegistrationProvider.of(this);
    const typed = typedFormFields(props);
    const additional = props.additionalFields ?? [];
    const renderProblems: string[] = [...duplicateFieldProblems(additional.map((f) => f.fieldPath)), ...props.form._problems];

    // Later values win: typed props first, then additionalFields in order. Only the winning value is
    // rendered, so an overridden document is neither uploaded nor granted.
    const winners = new Map([...typed, ...additional].map((f) => [f.fieldPath, f]));
    const values: FieldValues = {};
    const attachments: Record<string, AttachmentProperty> = {};
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
        values[fieldPath] = secretValue(secret.property);
        if (!secretsRead.has(secret.secretPath)) secretStatements.push(...secret.statements);
        secretsRead.add(secret.secretPath);
      } else if (field.textValue !== undefined) values[fieldPath] = textValue(field.textValue);
      else if (field.selectChoices !== undefined) values[fieldPath] = selectValue(field.selectChoices);
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
      values,
      attachments,
      submit: props.submit,
      awsReview: props.awsReview,
      removal: props.removalPolicy ?? RegistrationRemovalPolicy.RETAIN,
      // Rendered at synth, after Tags.of() aspects have run.
      tags: Lazy.any({ produce: () => (this.tags.renderTags() as TagProperty[] | undefined) ?? [] }) as unknown as TagProperty[],
      adoptRegistrationId: props.adoptRegistrationId,
    });
    if (props.adoptRegistrationId !== undefined) renderProblems.push(...adoptionProblems(props.adoptRegistrationId));
    // Values CloudFormation cannot deliver fail synth (validateAtSynth reports them). They are left out of
    // the template: rendering it resolves every token, and would otherwise fail first with a bare "Resolution error".
    const deployTime = deployTimeValues(properties.Fields, (value) => stack.resolve(value));
    const renderedFields = Object.fromEntries(Object.entries(properties.Fields).filter(([path]) => !deployTime.problems.has(path)));

    const resource = new CustomResource(this, 'Resource', {
      serviceToken: provider.serviceToken,
      resourceType: RESOURCE_TYPE,
      properties: { ...properties, Fields: renderedFields },
    });
    // Names the resource on the registration itself, for tools that see only registrations (npm run plan).
    this.tags.setTag(RESOURCE_TAG_KEY, stack.getLogicalId(resource.node.defaultChild as CfnResource), 1000);
    if (props.adoptRegistrationId !== undefined) {
      // An adopted registration carries no stack tag before the first deploy: tagging it needs its exact ARN.
      provider._grantAdoption(props.adoptRegistrationId).applyBefore(resource);
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
    this.registrationVersionNumber = Token.asNumber(resource.getAtt('VersionNumber'));
    this.registrationStatus = resource.getAttString('RegistrationStatus');

    const typedPaths = new Set(typed.map((f) => f.fieldPath));
    const additionalOnlyPaths = new Set(additional.map((f) => f.fieldPath).filter((p) => !typedPaths.has(p)));
    // Everything validation needs is known now; synth fails on the errors, all reported together.
    const synced = appSyncedDefinitions(this);
    const result = validateAtSynth({
      properties, region: stack.region, additionalOnlyPaths, messageSampleCount: props.messageSamples.length, renderProblems,
      deployTimeValues: deployTime, synced,
    });
    recordFormInUse(resource, properties.RegistrationType, synced);
    // Every warning carries a stable id: Annotations.of(scope).acknowledgeWarning(id, reason) silences exactly it.
    for (const warning of [...attachmentWarnings, ...result.warnings, ...result.lint]) Annotations.of(this).addWarningV2(warning.id, warning.message);
    const secretPaths = secretFieldPaths(properties);
    if (secretPaths.length > 0) {
      // One line, not a warning per field: reading values at deploy is the point of a secret.
      Annotations.of(this).addInfo(`${secretPaths.length} field${secretPaths.length === 1 ? '' : 's'} from Secrets Manager, validated at deploy `
        + `against the live definitions before anything is written: ${secretPaths.join(', ')}`);
    }
    this.node.addValidation({ validate: () => result.errors });
  }

  /**
   * aws-cdk-lib's reference to the sender ID this registration registers (sender ID, country from the registration
   * type, ARN in the documented format), for anything that takes an `ISenderIdRef`. The sender ID exists, and can
   * send, once the registration is COMPLETE (`onSenderIdReady`); until then the reference names what it will be.
   */
  public get senderIdRef(): smsvoice.SenderIdReference {
    const isoCountryCode = senderIdCountryOf(this.registrationType);
    if (isoCountryCode === undefined) {
      throw new Error(`${this.node.path}: registration type ${this.registrationType} does not register a sender ID `
        + '(only <ISO2>_SENDER_ID_REGISTRATION types do), so it has no senderIdRef');
    }
    return { senderId: this.senderId, isoCountryCode, senderIdArn: senderIdArnIn(this, this.senderId, isoCountryCode) };
  }

  /**
   * As the base's, and `DescribeSenderIds` on the sender ID: whether it exists and is registered (what "ready" checks).
   * The action takes the sender-id resource type (Service Authorization Reference, "Actions, resources, and condition keys
   * for AWS End User Messaging SMS and Voice V2", and the user guide's "AWS End User Messaging SMS actions for IAM
   * policies"), so the grant names the sender ID's ARN rather than "*". A call that names it (`SenderIds`) is covered.
   */
  public grantRead(grantee: iam.IGrantable): iam.Grant {
    const grant = super.grantRead(grantee);
    return grant.combine(iam.Grant.addToPrincipal({ grantee, actions: ['sms-voice:DescribeSenderIds'], resourceArns: [this.senderIdRef.senderIdArn] }));
  }

  /**
   * Let `grantee` send text messages from this sender ID (`sms-voice:SendTextMessage` on the sender ID's ARN). The
   * action's resource types are the origination identities (phone-number, pool, sender-id) and what a call may name
   * besides (configuration set, opt-out list): Service Authorization Reference, "Actions, resources, and condition keys
   * for AWS End User Messaging SMS and Voice V2". A configuration set, pool or opt-out list named in the call needs its
   * own grant.
   */
  public grantSendText(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({ grantee, actions: ['sms-voice:SendTextMessage'], resourceArns: [this.senderIdRef.senderIdArn] });
  }

  /**
   * Not supported: a registration's removal is the `removalPolicy` prop (`RegistrationRemovalPolicy`), which the
   * handler honours; CloudFormation's DeletionPolicy on the custom resource would bypass it.
   */
  public applyRemovalPolicy(policy: RemovalPolicy): void {
    throw new Error(`${this.node.path}: applyRemovalPolicy(${policy}) is not supported; set the removalPolicy prop `
      + '(RegistrationRemovalPolicy.RETAIN or RegistrationRemovalPolicy.DESTROY) instead');
  }
}