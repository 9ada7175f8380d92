import { formInUse, SyncedDefinitions } from '../../lib/core/forms/catalog/synced-definitions';
import { RegistrationFieldDefinition, RegistrationTypeCatalogEntry } from '../../lib/core/forms/types';
import { behaviorCases, ConditionLanguage } from '../../lib/core/validation/conditional';
import {
  COMMON_SECTIONS, formKeysOf, MESSAGE_SAMPLE_PATHS, OPTION_KEYS, RecordKey, recordLocationOf, REMOVAL_POLICIES, SENDER_ID_PATH,
} from '../../lib/fleet/record-keys';
import { SECRET_DEFINITIONS, SECRET_VALUE_REF, textOrSecret } from './secret-schema';

/**
 * The JSON Schema (draft-07, which editors' YAML and JSON support reads best) of a fleet record of one registration
 * type, from the bundled catalog: titles, descriptions, options as enums, lengths, patterns, required keys, and the
 * catalog's conditional requirements as if/then. Rules the catalog only assumed are left out (synth only warns about
 * them); the record loader and synth remain the authority, the schema lets an editor complete and check a record first.
 */

type Schema = Record<string, unknown>;

export const JSON_SCHEMA_DIALECT = 'http://json-schema.org/draft-07/schema#';

/** A relative document path inside the records folder: no leading slash, no `..` segment, a PDF, PNG or JPEG. */
const DOCUMENT_PATH_PATTERN = '^(?!/)(?!(.*/)?\\.\\.(/|$)).*\\.([pP][dD][fF]|[pP][nN][gG]|[jJ][pP][eE]?[gG])$';

function assumedRules(entry: RegistrationTypeCatalogEntry | undefined, fieldPath: string): ReadonlySet<string> {
  return new Set(entry?.FieldProvenance[fieldPath]?.Assumed ?? []);
}

function describe(definition: RegistrationFieldDefinition | undefined, fieldPath: string): Schema {
  const hints = definition?.DisplayHints;
  const sentence = (text: string) => (/[.!?)]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
  const description = [hints?.ShortDescription, hints?.LongDescription, `Field path ${fieldPath}`]
    .filter((text): text is string => Boolean(text)).map(sentence).join(' ');
  return { ...(hints?.Title ? { title: hints.Title } : {}), description, ...(hints?.ExampleTextValue ? { examples: [hints.ExampleTextValue] } : {}) };
}

/** A TEXT value's sourced limits; assumed ones are named in the description instead. */
function textSchema(entry: RegistrationTypeCatalogEntry | undefined, definition: RegistrationFieldDefinition | undefined, fieldPath: string): Schema {
  const schema: Schema = { type: 'string', ...describe(definition, fieldPath) };
  const validation = definition?.TextValidation;
  if (!validation) return schema;
  const assumed = assumedRules(entry, fieldPath);
  const left: string[] = [];
  const add = (rule: 'MinLength' | 'MaxLength' | 'Pattern', key: string, value: unknown) => {
    if (value === undefined) return;
    if (assumed.has(rule)) left.push(`${rule} ${String(value)}`);
    else schema[key] = value;
  };
  add('MinLength', 'minLength', validation.MinLength);
  add('MaxLength', 'maxLength', validation.MaxLength);
  add('Pattern', 'pattern', validation.Pattern);
  if (left.length > 0) schema.description = `${String(schema.description)} Assumed by the catalog, checked at deploy: ${left.join(', ')}.`;
  return schema;
}

function selectSchema(entry: RegistrationTypeCatalogEntry | undefined, definition: RegistrationFieldDefinition, fieldPath: string): Schema {
  const validation = definition.SelectValidation;
  const assumed = assumedRules(entry, fieldPath);
  return {
    type: 'array',
    ...describe(definition, fieldPath),
    items: { type: 'string', ...(validation && !assumed.has('Options') ? { enum: validation.Options } : {}) },
    ...(validation && !assumed.has('MinChoices') ? { minItems: validation.MinChoices } : {}),
    ...(validation && !assumed.has('MaxChoices') ? { maxItems: validation.MaxChoices } : {}),
    uniqueItems: true,
  };
}

function documentSchema(definition: RegistrationFieldDefinition | undefined, fieldPath: string): Schema {
  const base = describe(definition, fieldPath);
  return { type: 'string', ...base, description: `${String(base.description)} A PDF, PNG or JPEG inside the records folder, relative to the record, or s3://bucket/key (the way to give a document that identifies a person).`,
    pattern: DOCUMENT_PATH_PATTERN };
}

function keySchema(entry: RegistrationTypeCatalogEntry | undefined, key: RecordKey): Schema {
  const definition = entry?.FieldDefinitions.find((d) => d.FieldPath === key.fieldPath);
  switch (key.kind) {
    case 'text': return textOrSecret(textSchema(entry, definition, key.fieldPath));
    case 'choice': {
      const options = definition?.SelectValidation?.Options ?? key.choices ?? [];
      return { type: 'string', ...describe(definition, key.fieldPath), enum: [...options] };
    }
    // Only a yes the form requires (India's acknowledgement) is fixed; another yes/no (Singapore's) takes either.
    case 'yesNo': return { type: 'boolean', ...describe(definition, key.fieldPath), ...(key.mustBeTrue ? { const: true } : {}) };
    case 'document': return documentSchema(definition, key.fieldPath);
  }
}

function sectionSchema(entry: RegistrationTypeCatalogEntry | undefined, keys: readonly RecordKey[]): Schema {
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(keys.map((key) => [key.key, keySchema(entry, key)])),
    required: keys.filter((k) => k.required).map((k) => k.key),
  };
}

/** The part of a record that holds a field path: its typed key where it has one, else `fields` or `attachments`. */
function holding(type: string, definition: RegistrationFieldDefinition | undefined, fieldPath: string, inner: Schema | 'present'): Schema {
  const location = recordLocationOf(type, fieldPath);
  const container = location ? location.section : definition?.FieldType === 'ATTACHMENT' ? 'attachments' : 'fields';
  const key = location ? location.key : fieldPath;
  const member = inner === 'present' ? { required: [key] } : { properties: { [key]: inner }, required: [key] };
  return container === '' ? member : { properties: { [container]: member }, required: [container] };
}

/** The values a record holds for the form's values: a typed yes/no key holds true or false, not the form's spelling. */
function recordValues(type: string, fieldPath: string, values: readonly string[]): Array<string | boolean> {
  const key = formKeysOf(type)?.find((k) => k.fieldPath === fieldPath);
  if (key?.kind !== 'yesNo') return [...values];
  return values.map((v) => (v === key.spelled?.yes ? true : v === key.spelled?.no ? false : v));
}

/** Conditions said in JSON Schema over a record's layout; what they mean is lib/core/validation/conditional.ts's reading. */
function recordConditions(type: string, entry: RegistrationTypeCatalogEntry): ConditionLanguage<Schema> {
  return {
    test(fieldPath, asks, values) {
      const definition = entry.FieldDefinitions.find((d) => d.FieldPath === fieldPath);
      if (asks === 'A_VALUE') return holding(type, definition, fieldPath, 'present');
      const isList = definition?.FieldType === 'SELECT' && !recordLocationOf(type, fieldPath);
      return holding(type, definition, fieldPath, isList ? { contains: { enum: [...values] } } : { enum: recordValues(type, fieldPath, values) });
    },
    not: (schema) => ({ not: schema }),
    // No conditions at all hold always: the empty schema (draft-07's allOf must not be empty).
    all: (schemas) => (schemas.length === 0 ? {} : schemas.length === 1 ? schemas[0] : { allOf: [...schemas] }),
    any: (schemas) => (schemas.length === 1 ? schemas[0] : { anyOf: [...schemas] }),
  };
}

/** ConditionalBehavior as if/then: one case per rule (it holds and no earlier one does), then the default. */
function conditionalSchemas(type: string, entry: RegistrationTypeCatalogEntry, definition: RegistrationFieldDefinition): Schema[] {
  if (!definition.ConditionalBehavior) return [];
  const present = holding(type, definition, definition.FieldPath, 'present');
  const consequence = (b: string): Schema | undefined => (b === 'REQUIRED' ? present : b === 'DISALLOWED' ? { not: present } : undefined);
  return behaviorCases(definition.ConditionalBehavior, recordConditions(type, entry)).flatMap((c) => {
    const then = consequence(c.behavior);
    return then ? [{ if: c.when, then }] : [];
  });
}

/**
 * The schema of a record of `registrationType`, from the app's synced form of it if given, else the bundled one; a type
 * neither has gets the common form and free field paths.
 */
export function recordSchema(registrationType: string, synced?: SyncedDefinitions): Schema {
  const entry = formInUse(registrationType, synced)?.entry;
  const definitions = entry?.FieldDefinitions ?? [];
  const formKeys = entry ? formKeysOf(registrationType) : undefined;
  const typed = new Set([SENDER_ID_PATH, ...MESSAGE_SAMPLE_PATHS,
    ...Object.values(COMMON_SECTIONS).flat().map((k) => k.fieldPath), ...(formKeys ?? []).map((k) => k.fieldPath)]);
  const untyped = definitions.filter((d) => !typed.has(d.FieldPath));
  const definitionOf = (path: string) => definitions.find((d) => d.FieldPath === path);
  const samples = MESSAGE_SAMPLE_PATHS.map((path) => textSchema(entry, definitionOf(path), path));
  const requiredUntyped = untyped.filter((d) => d.FieldRequirement === 'REQUIRED');

  const properties: Record<string, Schema> = {
    $schema: { type: 'string', description: 'Where an editor finds this schema.' },
    type: { const: registrationType, description: 'The registration type.' },
    ...(entry ? {} : { typeNotInCatalog: { const: true, description: `${registrationType} is not in the bundled catalog: its fields are checked at deploy.` } }),
    // Text only, as the record loader reads it (lib/fleet/record-reader.ts says why).
    senderId: textSchema(entry, definitionOf(SENDER_ID_PATH), SENDER_ID_PATH),
    ...(formKeys ? { form: sectionSchema(entry, formKeys) } : {}),
    ...Object.fromEntries(Object.entries(COMMON_SECTIONS).map(([name, keys]) => [name, sectionSchema(entry, keys)])),
    messageSamples: { type: 'array', description: 'One to three example messages, exactly as recipients will see them.', minItems: 1, maxItems: 3,
      items: samples, additionalItems: false },
    fields: {
      type: 'object',
      description: 'Values by field path: text or a secret reference for a TEXT field, a list of choices for a SELECT field. '
        + 'They override the typed keys.',
      propertyNames: { pattern: '^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)+$' },
      properties: Object.fromEntries(untyped.filter((d) => d.FieldType !== 'ATTACHMENT')
        .map((d) => [d.FieldPath, d.FieldType === 'SELECT' ? selectSchema(entry, d, d.FieldPath) : textOrSecret(textSchema(entry, d, d.FieldPath))])),
      additionalProperties: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }, SECRET_VALUE_REF] },
      ...(requiredUntyped.some((d) => d.FieldType !== 'ATTACHMENT')
        ? { required: requiredUntyped.filter((d) => d.FieldType !== 'ATTACHMENT').map((d) => d.FieldPath) } : {}),
    },
    attachments: {
      type: 'object',
      description: 'Documents by field path, each a file path relative to the record, inside the records folder.',
      propertyNames: { pattern: '^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)+$' },
      properties: Object.fromEntries(untyped.filter((d) => d.FieldType === 'ATTACHMENT').map((d) => [d.FieldPath, documentSchema(d, d.FieldPath)])),
      additionalProperties: { type: 'string', pattern: DOCUMENT_PATH_PATTERN },
    },
    tags: { type: 'object', description: 'Tags of the registration.', additionalProperties: { type: 'string' } },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        submit: { type: 'boolean', description: 'Submit for review after filling it (default true); false leaves a draft.' },
        awsReview: { type: 'boolean', description: 'Ask for an AWS review when submitting (default false).' },
        removalPolicy: { enum: [...REMOVAL_POLICIES], description: 'RETAIN (default) keeps the registration when it leaves the stack; DESTROY deletes it.' },
      } satisfies Record<(typeof OPTION_KEYS)[number], Schema>,
    },
    secret: { $ref: '#/definitions/secret' },
  };
  const required = ['type', ...(entry ? [] : ['typeNotInCatalog']), 'senderId', ...(formKeys ? ['form'] : []), ...Object.keys(COMMON_SECTIONS),
    'messageSamples', ...(requiredUntyped.some((d) => d.FieldType !== 'ATTACHMENT') ? ['fields'] : [])];
  const conditionals = entry ? definitions.flatMap((d) => conditionalSchemas(registrationType, entry, d)) : [];
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: `urn:cdk-sender-id-registration:fleet-record:${registrationType}`,
    title: `${registrationType} record of a SenderIdRegistrationFleet`,
    description: entry ? `Generated from the bundled catalog (${entry.Provenance.Kind.toLowerCase()}: ${entry.Provenance.Source}).`
      : `${registrationType} is not in the bundled catalog: only the common form is checked here; the live definitions decide at deploy.`,
    type: 'object',
    additionalProperties: false,
    required,
    properties,
    ...(conditionals.length ? { allOf: conditionals } : {}),
    definitions: SECRET_DEFINITIONS,
  };
}
