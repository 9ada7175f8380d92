import { Aws, Stack, Token, Tokenization, IResolvable, IResolveContext } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { DEFAULT_VERSION_STAGE, SecretFieldProperty, VERSION_ID_LENGTH, VERSION_STAGE_MAX_LENGTH } from './core/contract/secret-fields';

/** Which value of a secret a field takes. */
export interface SecretTextOptions {
  /**
   * The key of a JSON secret whose value is the field's text, e.g. `email` in `{"email": "..."}`.
   *
   * @default - the whole secret string
   */
  readonly jsonField?: string;

  /**
   * A version id to pin. Pinning makes a new value reach the registration: the new id changes the
   * resource's properties, so CloudFormation sends an Update and the handler writes the one field
   * whose value changed (nothing when the value is the same).
   *
   * @default - the version with `versionStage`
   */
  readonly versionId?: string;

  /**
   * The staging label to read. A value rotated under the same label reaches the registration at the
   * resource's next Update (any change of its properties), not by itself: pin `versionId` to roll a
   * new value out with a deploy.
   *
   * @default 'AWSCURRENT'
   */
  readonly versionStage?: string;
}

/**
 * A TEXT field's value read from AWS Secrets Manager at deploy, so that personal data (a contact's
 * email and phone, an address, a tax id) is in neither the template, `cdk diff`, the staging bucket nor
 * the Provider framework's execution history. The template holds only the secret's ARN, the key and
 * the version; the handler reads the secret (its role may read exactly the secrets used) and checks the
 * value against the live form before any write.
 *
 * `fromSecret` returns a string, so it fits every TEXT prop: the typed common form, the country forms
 * and `RegistrationField.text`. The string is only meaningful as a whole field value of a
 * `SenderIdRegistration`; anywhere else (another resource, an output) synth fails rather than
 * render it.
 *
 * @example
 * const endBusiness = secretsmanager.Secret.fromSecretNameV2(this, 'AcmeData', 'registrations/acme');
 * new SenderIdRegistration(this, 'Acme', {
 *   contact: {
 *     email: SecretText.fromSecret(endBusiness, { jsonField: 'email' }),
 *     phone: SecretText.fromSecret(endBusiness, { jsonField: 'phone' }),
 *   },
 *   // ...
 * });
 */
export class SecretText {
  /** A field value read from `secret` at deploy. */
  public static fromSecret(secret: secretsmanager.ISecret, options: SecretTextOptions = {}): string {
    return secretText({
      secretArn: secret.secretArn,
      // A secret referenced by name has a partial ARN; the service appends six characters.
      policyArn: secret.secretFullArn ?? `${secret.secretArn}-??????`,
      encryptionKeyArn: secret.encryptionKey?.keyArn,
      label: secret.node.path,
    }, options);
  }

  private constructor() {}
}

/** Where a secret is, as the template and the handler role's policy name it. */
export interface SecretLocation {
  /** What GetSecretValue's SecretId gets: the complete or partial ARN. */
  readonly secretArn: string;
  /** The resource the role's policy names: the complete ARN, or a partial one with `-??????`. */
  readonly policyArn: string;
  /** The customer-managed key the secret is encrypted with, if any. */
  readonly encryptionKeyArn?: string;
  /** How synth messages name the secret (its construct path, or its name). */
  readonly label: string;
}

/** A secret named by a fleet record: its name or ARN, in the Region and account of the stack the record lands in. */
export function secretLocationOf(nameOrArn: string, encryptionKeyArn?: string): SecretLocation {
  if (nameOrArn.startsWith('arn:')) {
    // A complete ARN ends in the six characters the service appended to the name.
    const complete = /:secret:.+-[A-Za-z0-9]{6}$/.test(nameOrArn);
    return { secretArn: nameOrArn, policyArn: complete ? nameOrArn : `${nameOrArn}-??????`, encryptionKeyArn, label: nameOrArn };
  }
  const arn = `arn:${Aws.PARTITION}:secretsmanager:${Aws.REGION}:${Aws.ACCOUNT_ID}:secret:${nameOrArn}`;
  return { secretArn: arn, policyArn: `${arn}-??????`, encryptionKeyArn, label: nameOrArn };
}

/** The string a SecretText stands for: checks what the service would refuse, then wraps the reference in a token. */
export function secretText(location: SecretLocation, options: SecretTextOptions = {}): string {
  if (options.versionId !== undefined && options.versionStage !== undefined) {
    throw new Error('SecretText.fromSecret: give versionId or versionStage, not both');
  }
  for (const [name, value] of [['jsonField', options.jsonField], ['versionId', options.versionId], ['versionStage', options.versionStage]] as const) {
    if (value !== undefined && !Token.isUnresolved(value) && value.trim() === '') {
      throw new Error(`SecretText.fromSecret: ${name} is empty; leave it out or give a non-empty ${name}`);
    }
  }
  const { versionId } = options;
  const { min, max } = VERSION_ID_LENGTH;
  if (versionId !== undefined && !Token.isUnresolved(versionId) && (versionId.length < min || versionId.length > max)) {
    throw new Error(`SecretText.fromSecret: versionId ${JSON.stringify(versionId)} is ${versionId.length} characters; `
      + `Secrets Manager version ids are ${min}-${max} characters (e.g. a UUID)`);
  }
  if (options.versionStage !== undefined && !Token.isUnresolved(options.versionStage) && options.versionStage.length > VERSION_STAGE_MAX_LENGTH) {
    throw new Error(`SecretText.fromSecret: versionStage is ${options.versionStage.length} characters; `
      + `staging labels are at most ${VERSION_STAGE_MAX_LENGTH}`);
  }
  return Token.asString(new SecretTextReference(location, options));
}

/** The token behind a SecretText string: it resolves only where the construct takes it apart (secretTextIn). */
class SecretTextReference implements IResolvable {
  public readonly creationStack: string[] = [];

  constructor(readonly secret: SecretLocation, readonly options: SecretTextOptions) {}

  public resolve(_context: IResolveContext): never {
    throw new Error(`A value from SecretText.fromSecret (secret ${this.secret.label}) is the value of a SenderIdRegistration TEXT field, `
      + 'and cannot be used anywhere else: it would put the reference, not the value, where it is used');
  }

  public toString(): string {
    return Token.asString(this);
  }

  /** The reference as the resource properties carry it. */
  public property(): SecretFieldProperty {
    const { jsonField, versionId, versionStage } = this.options;
    return {
      SecretArn: this.secret.secretArn,
      ...(jsonField !== undefined ? { JsonKey: jsonField } : {}),
      ...(versionId !== undefined ? { VersionId: versionId } : { VersionStage: versionStage ?? DEFAULT_VERSION_STAGE }),
    };
  }

  /**
   * What the handler role needs to read this value: GetSecretValue on exactly this secret, and, when it
   * is encrypted with a customer-managed key, kms:Decrypt through Secrets Manager only.
   */
  public readStatements(scope: Stack): iam.PolicyStatement[] {
    const statements = [new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [this.secret.policyArn] })];
    if (this.secret.encryptionKeyArn !== undefined) {
      statements.push(new iam.PolicyStatement({
        actions: ['kms:Decrypt'],
        resources: [this.secret.encryptionKeyArn],
        conditions: { StringEquals: { 'kms:ViaService': `secretsmanager.${scope.region}.amazonaws.com` } },
      }));
    }
    return statements;
  }
}

/** What a field's value holds of SecretText: nothing, a whole value from a secret, or a misuse. */
export type SecretTextUse =
  | { readonly kind: 'none' }
  | { readonly kind: 'secret'; readonly property: SecretFieldProperty; readonly statements: iam.PolicyStatement[]; readonly secretPath: string }
  | { readonly kind: 'problem'; readonly problem: string };

/** Takes a field's value apart: only a value that is exactly one SecretText is one. */
export function secretTextIn(fieldPath: string, value: string | readonly string[], stack: Stack): SecretTextUse {
  const values = typeof value === 'string' ? [value] : value;
  const fragments = values.filter((v) => Token.isUnresolved(v)).flatMap((v) => {
    try {
      return [Tokenization.reverseString(v)];
    } catch {
      // Text that only looks like a token: not ours, and lib/synth-checks/deploy-time-values.ts explains it.
      return [];
    }
  });
  const ours = fragments.flatMap((f) => f.tokens.filter((t) => t instanceof SecretTextReference)) as SecretTextReference[];
  if (ours.length === 0) return { kind: 'none' };
  if (typeof value !== 'string') {
    return { kind: 'problem', problem: `${fieldPath}: is a SELECT field; its choices are the form's options, not values from SecretText.fromSecret` };
  }
  if (fragments[0].length !== 1) {
    return { kind: 'problem', problem: `${fieldPath}: joins a value from SecretText.fromSecret with other text; a secret gives a field's whole value` };
  }
  const ref = ours[0];
  return { kind: 'secret', property: ref.property(), statements: ref.readStatements(stack), secretPath: ref.secret.label };
}
