import * as fs from 'fs';
import * as path from 'path';
import { Attachment } from '../attachment';
import { formRules } from '../core/forms';
import { catalogEntries, catalogEntry } from '../core/forms/catalog';
import { closestPath } from '../core/validation/closest-path';
import { quoted } from '../core/validation/message-values';
import { CompanyAddress, CompanyInfo, ContactInfo, MessagingUseCase } from '../countries/common-form';
import { RegistrationRemovalPolicy } from '../enums';
import { RegistrationField } from '../registration-field';
import { RegistrationForm } from '../registration-form';
import { SenderIdRegistrationProps } from '../sender-id-registration-props';
import { NOT_FROM_SECRET } from './not-from-secret';
import { RecordFile } from './record-files';
import {
  COMMON_SECTIONS, formKeysOf, MESSAGE_SAMPLE_PATHS, OPTION_KEYS, RECORD_TOP_KEYS, RecordKey, REMOVAL_POLICIES, SENDER_ID_PATH,
} from './record-keys';
import { RecordSecrets, isSecretReference } from './record-secrets';
import { RawValue, described, describedPublic, isMapping, kindOf, yesNoValue } from './record-values';

/** A record that loaded: everything a SenderIdRegistration needs, and the tags to put on it. */
export interface FleetRecord {
  readonly name: string;
  readonly fileName: string;
  readonly props: SenderIdRegistrationProps;
  readonly tags: Record<string, string>;
}

export interface RecordReading {
  readonly record?: FleetRecord;
  /** Each names the file, the key or field path, the kind or value given (never personal data) and what is allowed. */
  readonly problems: string[];
}

const FIELD_PATH = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)+$/;

/** Reads one parsed record into registration props, collecting every problem of the file instead of stopping at the first. */
export function readRecord(file: RecordFile, recordsFolder: string): RecordReading {
  if (file.problem) return { problems: [file.problem] };
  return new RecordReader(file, recordsFolder).read();
}

class RecordReader {
  private readonly problems: string[] = [];
  private secrets = new RecordSecrets(undefined, (where, what) => this.report(where, what));

  constructor(private readonly file: RecordFile, private readonly recordsFolder: string) {}

  read(): RecordReading {
    const content = this.file.content;
    if (!isMapping(content)) return { problems: [this.problem('', `the record is ${kindOf(content)}, must be a mapping of ${RECORD_TOP_KEYS.join(', ')}`)] };
    this.unknownKeys('', content, RECORD_TOP_KEYS);
    this.secrets = new RecordSecrets(content.secret, (where, what) => this.report(where, what));
    const form = this.form(content);
    const senderId = this.text(content.senderId, 'senderId', SENDER_ID_PATH, true, NOT_FROM_SECRET.senderId);
    const sections = Object.fromEntries(Object.entries(COMMON_SECTIONS).map(([name, keys]) => [name, this.section(content, name, keys)]));
    const messageSamples = this.messageSamples(content.messageSamples);
    const type = form?.registrationType;
    const additionalFields = [...this.fields(content.fields, type), ...this.attachments(content.attachments, type)];
    const tags = this.tags(content.tags);
    const options = this.options(content.options);
    if (this.problems.length > 0 || !form || senderId === undefined) return { problems: this.problems };
    const props: SenderIdRegistrationProps = {
      form,
      senderId,
      // The section reader checked every key against the table the typed props are made of (record-keys.ts).
      company: sections.company as unknown as CompanyInfo,
      address: sections.address as unknown as CompanyAddress,
      contact: sections.contact as unknown as ContactInfo,
      useCase: sections.useCase as unknown as MessagingUseCase,
      messageSamples,
      additionalFields,
      ...options,
    };
    return { record: { name: this.file.name, fileName: this.file.fileName, props, tags }, problems: [] };
  }

  private problem(where: string, what: string): string {
    return `${this.file.fileName}: ${where ? `${where}: ` : ''}${what}`;
  }

  private report(where: string, what: string): undefined {
    this.problems.push(this.problem(where, what));
    return undefined;
  }

  private unknownKeys(section: string, mapping: Record<string, RawValue>, allowed: readonly string[]): void {
    for (const key of Object.keys(mapping).filter((k) => !allowed.includes(k))) {
      const closest = closestPath(key, [...allowed]);
      this.report(section ? `${section}.${key}` : key, `is not a key of ${section || 'a record'}${closest ? ` (did you mean ${closest}?)` : ''}; `
        + `allowed: ${allowed.join(', ')}`);
    }
  }

  /** Text only; `notFromSecret` says why a secret reference is refused here. */
  private text(value: RawValue, where: string, fieldPath: string, required: boolean, notFromSecret: string): string | undefined {
    if (value === undefined || value === null) return required ? this.report(where, `is missing (${fieldPath}), text is required`) : undefined;
    if (isSecretReference(value)) return this.refusedSecret(where, fieldPath, notFromSecret);
    if (typeof value !== 'string') return this.report(where, `${described(value, fieldPath)} given for ${fieldPath}, must be text (quote it)`);
    return value;
  }

  /** A TEXT value: text, or a reference to a secret whose value the handler reads at deploy. */
  private textOrSecret(value: RawValue, where: string, fieldPath: string, required: boolean): string | undefined {
    if (isMapping(value)) return this.secrets.value(value, where, fieldPath);
    return this.text(value, where, fieldPath, required, '');
  }

  private refusedSecret(where: string, fieldPath: string, why: string): undefined {
    return this.report(where, `a secret reference given for ${fieldPath}, must be text: ${why}`);
  }

  /** `type` and the typed `form` section; a type outside the catalog must say so, so a typo of a type is never deployed. */
  private form(content: Record<string, RawValue>): RegistrationForm | undefined {
    const type = content.type;
    if (typeof type !== 'string') return this.report('type', `${describedPublic(type)} given, must be a registration type such as ${catalogEntries()[0].RegistrationType}`);
    const known = catalogEntries().map((e) => e.RegistrationType);
    const notInCatalog = yesNoValue(content.typeNotInCatalog) === true;
    if (!catalogEntry(type) && !notInCatalog) {
      const closest = closestPath(type, known);
      return this.report('type', `${quoted(type)} is not in the bundled definitions catalog${closest ? ` (did you mean ${closest}?)` : ''}; `
        + `catalog types: ${known.join(', ')}. For a type the catalog does not have, set typeNotInCatalog: true: its fields are then `
        + 'validated only at deploy, against the live field definitions');
    }
    const formKeys = formKeysOf(type);
    if (!formKeys) {
      if (content.form !== undefined) this.report('form', `${type} has no typed form keys; set its fields by path under fields and attachments`);
      try {
        return RegistrationForm.other(type);
      } catch (error) {
        return this.report('type', (error as Error).message);
      }
    }
    const values = this.section(content, 'form', formKeys);
    if (!values) return undefined;
    return RegistrationForm._typed(formRules(type)!, values);
  }

  /** A section of typed keys (company, address, contact, useCase, form) as the typed props take it. */
  private section(content: Record<string, RawValue>, name: string, keys: readonly RecordKey[]): Record<string, unknown> | undefined {
    const raw = content[name];
    if (raw === undefined && keys.every((k) => !k.required)) return {};
    if (!isMapping(raw)) return this.report(name, `${described(raw)} given, must be a mapping of ${keys.map((k) => k.key).join(', ')}`);
    this.unknownKeys(name, raw, keys.map((k) => k.key));
    const values: Record<string, unknown> = {};
    for (const key of keys) {
      const value = this.typedValue(raw[key.key], `${name}.${key.key}`, key);
      if (value !== undefined) values[key.key] = value;
    }
    return values;
  }

  private typedValue(value: RawValue, where: string, key: RecordKey): unknown {
    if ((value === undefined || value === null) && !key.required) return undefined;
    switch (key.kind) {
      case 'text': return this.textOrSecret(value, where, key.fieldPath, key.required);
      case 'choice': {
        const choice = this.text(value, where, key.fieldPath, key.required, NOT_FROM_SECRET.choice);
        if (choice === undefined) return undefined;
        // A service-owned option list becomes its typed option; a country's own choice is the form's text.
        if (key.choices!.includes(choice)) return key.option ? key.option(choice) : choice;
        return this.report(where, `${quoted(choice)} is not an option of ${key.fieldPath}; options: ${key.choices!.map((c) => quoted(c)).join(', ')}`);
      }
      case 'yesNo': {
        if (isSecretReference(value)) return this.refusedSecret(where, key.fieldPath, NOT_FROM_SECRET.yesNo);
        const yes = yesNoValue(value);
        return yes ?? this.report(where, `${described(value, key.fieldPath)} given for ${key.fieldPath}, must be true or false`);
      }
      case 'document': return this.document(value, where, key.fieldPath);
    }
  }

  /** A document path, relative to the record file; it must stay inside the records folder, which is what is reviewed and committed. */
  private document(value: RawValue, where: string, fieldPath: string): Attachment | undefined {
    if (isSecretReference(value)) return this.refusedSecret(where, fieldPath, NOT_FROM_SECRET.document);
    if (typeof value === 'string' && value.startsWith('s3://')) {
      // An object in S3 (an identity document's place): nothing of it is in the records folder or the app.
      const s3 = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/.exec(value);
      return s3 ? Attachment._fromS3Url(s3[1], s3[2]) : this.report(where, `${quoted(value)} for ${fieldPath} must be s3://bucket/key`);
    }
    if (typeof value !== 'string' || value.trim() === '') {
      return this.report(where, `${described(value)} given for ${fieldPath}, must be a file path relative to the record, e.g. documents/loa.pdf, or s3://bucket/key`);
    }
    const resolved = path.resolve(path.dirname(this.file.filePath), value);
    const inside = path.relative(path.resolve(this.recordsFolder), resolved);
    if (path.isAbsolute(value) || inside.startsWith('..') || path.isAbsolute(inside)) {
      return this.report(where, `${quoted(value)} for ${fieldPath} is outside the records folder; documents must be inside it (e.g. documents/loa.pdf)`);
    }
    if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) {
      return this.report(where, `${quoted(value)} for ${fieldPath} does not exist (looked for ${inside} in the records folder)`);
    }
    // A link inside the folder to a file outside it would upload what nobody reviewed with the records.
    const real = path.relative(fs.realpathSync(this.recordsFolder), fs.realpathSync(resolved));
    if (real.startsWith('..') || path.isAbsolute(real)) {
      return this.report(where, `${quoted(value)} for ${fieldPath} links to a file outside the records folder; documents must be inside it`);
    }
    return Attachment.fromFile(resolved);
  }

  private messageSamples(raw: RawValue): string[] {
    if (!Array.isArray(raw)) return this.report('messageSamples', `${described(raw)} given, must be a list of 1 to 3 texts`) ?? [];
    return raw.flatMap((sample, i) => this.text(sample, `messageSamples[${i}]`, MESSAGE_SAMPLE_PATHS[i] ?? `messageSamples.messageSample${i + 1}`, true,
      NOT_FROM_SECRET.sample) ?? []);
  }

  /**
   * `fields`: text or a secret reference for a TEXT field, a list of choices for a SELECT field; the catalog, where it
   * knows the path, says which. A path the catalog does not know takes a secret reference as TEXT: the live definitions
   * decide at deploy, as they do for the construct's RegistrationField.text.
   */
  private fields(raw: RawValue, type: string | undefined): RegistrationField[] {
    if (raw === undefined) return [];
    if (!isMapping(raw)) return this.report('fields', `${described(raw)} given, must be a mapping of field path to value`) ?? [];
    const definitions = (type ? catalogEntry(type)?.FieldDefinitions : undefined) ?? [];
    return Object.entries(raw).flatMap(([fieldPath, value]) => {
      const where = `fields.${fieldPath}`;
      if (!FIELD_PATH.test(fieldPath)) return this.report(where, 'is not a field path such as companyInfo.companyName') ?? [];
      const fieldType = definitions.find((d) => d.FieldPath === fieldPath)?.FieldType;
      if (isSecretReference(value)) {
        if (fieldPath === SENDER_ID_PATH) return this.refusedSecret(where, fieldPath, NOT_FROM_SECRET.senderId) ?? [];
        if (fieldType === 'SELECT') return this.refusedSecret(where, fieldPath, NOT_FROM_SECRET.select) ?? [];
        if (fieldType === 'ATTACHMENT') return this.refusedSecret(where, fieldPath, NOT_FROM_SECRET.document) ?? [];
      }
      if (fieldType === 'ATTACHMENT') return this.report(where, `${fieldPath} is an ATTACHMENT field: give its file under attachments`) ?? [];
      if (isMapping(value) && fieldType !== 'SELECT' && fieldPath !== SENDER_ID_PATH) {
        const secretValue = this.secrets.value(value, where, fieldPath);
        return secretValue === undefined ? [] : [RegistrationField.text(fieldPath, secretValue)];
      }
      if (typeof value === 'string') {
        if (fieldType === 'SELECT') return this.report(where, `text given for the SELECT field ${fieldPath}, must be a list of choices, e.g. [${quoted('Yes')}]`) ?? [];
        return [RegistrationField.text(fieldPath, value)];
      }
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
        if (fieldType === 'TEXT') return this.report(where, `a list given for the TEXT field ${fieldPath}, must be text`) ?? [];
        return [RegistrationField.select(fieldPath, value as string[])];
      }
      return this.report(where, `${described(value, fieldPath)} given, must be text (TEXT field) or a list of texts (SELECT field)`) ?? [];
    });
  }

  private attachments(raw: RawValue, type: string | undefined): RegistrationField[] {
    if (raw === undefined) return [];
    if (!isMapping(raw)) return this.report('attachments', `${described(raw)} given, must be a mapping of field path to file path`) ?? [];
    const definitions = (type ? catalogEntry(type)?.FieldDefinitions : undefined) ?? [];
    return Object.entries(raw).flatMap(([fieldPath, value]) => {
      const where = `attachments.${fieldPath}`;
      if (!FIELD_PATH.test(fieldPath)) return this.report(where, 'is not a field path such as senderIdInfo.letterOfAuthorization') ?? [];
      const fieldType = definitions.find((d) => d.FieldPath === fieldPath)?.FieldType;
      if (fieldType && fieldType !== 'ATTACHMENT') return this.report(where, `${fieldPath} is a ${fieldType} field: give its value under fields`) ?? [];
      const document = this.document(value, where, fieldPath);
      return document ? [RegistrationField.attachment(fieldPath, document)] : [];
    });
  }

  private tags(raw: RawValue): Record<string, string> {
    if (raw === undefined) return {};
    if (!isMapping(raw)) return this.report('tags', `${described(raw)} given, must be a mapping of tag key to text`) ?? {};
    const tags: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') tags[key] = String(value);
      else this.report(`tags.${key}`, `${kindOf(value)} given, must be text`);
    }
    return tags;
  }

  private options(raw: RawValue): Pick<SenderIdRegistrationProps, 'submit' | 'awsReview' | 'removalPolicy'> {
    if (raw === undefined) return {};
    if (!isMapping(raw)) return this.report('options', `${described(raw)} given, must be a mapping of ${OPTION_KEYS.join(', ')}`) ?? {};
    this.unknownKeys('options', raw, OPTION_KEYS);
    const flag = (key: 'submit' | 'awsReview') => {
      if (raw[key] === undefined) return undefined;
      return yesNoValue(raw[key]) ?? this.report(`options.${key}`, `${describedPublic(raw[key])} given, must be true or false`);
    };
    const removal = raw.removalPolicy;
    let removalPolicy: RegistrationRemovalPolicy | undefined;
    if (removal !== undefined) {
      if (typeof removal === 'string' && (REMOVAL_POLICIES as readonly string[]).includes(removal.toUpperCase())) {
        removalPolicy = removal.toUpperCase() === 'DESTROY' ? RegistrationRemovalPolicy.DESTROY : RegistrationRemovalPolicy.RETAIN;
      } else {
        this.report('options.removalPolicy', `${describedPublic(removal)} given, must be one of ${REMOVAL_POLICIES.join(', ')}`);
      }
    }
    const submit = flag('submit');
    const awsReview = flag('awsReview');
    return {
      ...(submit !== undefined ? { submit } : {}), ...(awsReview !== undefined ? { awsReview } : {}), ...(removalPolicy ? { removalPolicy } : {}),
    };
  }
}
