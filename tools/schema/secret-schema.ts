import { VERSION_ID_LENGTH, VERSION_STAGE_MAX_LENGTH } from '../../lib/core/contract/secret-fields';
import { KMS_KEY_ARN_PATTERN, SECRET_ID_PATTERN, SECRET_MAPPING_KEYS, SECRET_VALUE_KEYS } from '../../lib/fleet/record-secrets';

/**
 * The JSON Schema of a record's secret references (the format is lib/fleet/record-secrets.ts). The two shapes are
 * definitions of the record schema, referenced from every TEXT value, so each saved schema holds them once.
 */

type Schema = Record<string, unknown>;

const SECRET_ID: Schema = {
  type: 'string',
  description: 'The secret\'s name, or its ARN. A name is looked up in the Region and account of the stack the record is placed in.',
  pattern: SECRET_ID_PATTERN,
};

const SECRET_MAPPING: Schema = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: {
    id: SECRET_ID,
    versionId: { type: 'string', minLength: VERSION_ID_LENGTH.min, maxLength: VERSION_ID_LENGTH.max,
      description: 'A version id to pin: a new id changes the registration\'s properties, so the next deploy writes the new value.' },
    versionStage: { type: 'string', minLength: 1, maxLength: VERSION_STAGE_MAX_LENGTH,
      description: 'The staging label to read (default AWSCURRENT). A value rotated under the same label reaches the registration at its next update.' },
    kmsKeyArn: { type: 'string', pattern: KMS_KEY_ARN_PATTERN,
      description: 'The customer-managed KMS key the secret is encrypted with, so that the handler may decrypt it (through Secrets Manager only).' },
  } satisfies Record<(typeof SECRET_MAPPING_KEYS)[number], Schema>,
  // A version id and a staging label would each pick a version: the service takes one.
  not: { required: ['versionId', 'versionStage'] },
};

export const SECRET_DEFINITIONS: Record<string, Schema> = {
  secret: {
    description: 'The end business\'s secret in AWS Secrets Manager, a JSON object whose keys the record\'s values name with { secretKey: … }: '
      + 'its name or ARN, or { id, versionId?, versionStage?, kmsKeyArn? } (versionId or versionStage, not both). '
      + 'The template holds only the secret\'s ARN, the key and the version; the registration\'s handler reads the values at deploy.',
    oneOf: [SECRET_ID, SECRET_MAPPING],
  },
  secretValue: {
    type: 'object',
    description: 'A TEXT value from AWS Secrets Manager, read at deploy: { secretKey: k } is key k of the record\'s secret; '
      + '{ secret: <name, ARN or mapping>, secretKey?: k } is key k of that secret, or without secretKey its whole string.',
    additionalProperties: false,
    properties: {
      secret: { $ref: '#/definitions/secret' },
      secretKey: { type: 'string', minLength: 1, description: 'The key of the JSON secret whose value is this field\'s text, e.g. email.' },
    } satisfies Record<(typeof SECRET_VALUE_KEYS)[number], Schema>,
    anyOf: [{ required: ['secret'] }, { required: ['secretKey'] }],
  },
};

export const SECRET_VALUE_REF: Schema = { $ref: '#/definitions/secretValue' };

/**
 * A TEXT value's schema as text or a secret reference. The text's limits apply to the text only: a value from a secret
 * is checked against the live definitions at deploy, before anything is written.
 */
export function textOrSecret(text: Schema): Schema {
  const { title, description, examples, ...limits } = text;
  return {
    ...(title !== undefined ? { title } : {}),
    description: `${String(description)} Text, or a value from AWS Secrets Manager ({ secretKey: … }, or { secret: …, secretKey: … }).`,
    ...(examples !== undefined ? { examples } : {}),
    anyOf: [limits, SECRET_VALUE_REF],
  };
}
