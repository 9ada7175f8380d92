import { Attachment } from './attachment';
import { quoted } from './core/validation/message-values';

/** The type of a form field (the field definition's FieldType), and so which value a `RegistrationField` holds. */
export enum RegistrationFieldKind {
  /** Free text: `textValue`. */
  TEXT = 'TEXT',
  /** Chosen options: `selectChoices`. */
  SELECT = 'SELECT',
  /** A document: `attachmentValue`. */
  ATTACHMENT = 'ATTACHMENT',
}

/**
 * One value of a registration form, addressed by its field path.
 *
 * The typed props cover the fields we know; `RegistrationField` reaches every other field (a field
 * AWS added to the form last week, or a country this library has not typed). Values given this way
 * override typed values for the same field path.
 */
export class RegistrationField {
  /**
   * A TEXT field.
   *
   * @param fieldPath the field path, e.g. `companyInfo.companyName`
   * @param value the text
   */
  public static text(fieldPath: string, value: string): RegistrationField {
    return new RegistrationField(RegistrationFieldKind.TEXT, fieldPath, value, undefined, undefined);
  }

  /**
   * A SELECT field.
   *
   * @param fieldPath the field path, e.g. `messagingUseCase.monthlyMessageVolume`
   * @param choices the chosen options, spelled exactly as the form's options
   */
  public static select(fieldPath: string, choices: string[]): RegistrationField {
    return new RegistrationField(RegistrationFieldKind.SELECT, fieldPath, undefined, [...choices], undefined);
  }

  /**
   * An ATTACHMENT field.
   *
   * @param fieldPath the field path, e.g. `idSidSpecificInfo.letterOfAuthorization3`
   * @param attachment the document to upload
   */
  public static attachment(fieldPath: string, attachment: Attachment): RegistrationField {
    return new RegistrationField(RegistrationFieldKind.ATTACHMENT, fieldPath, undefined, undefined, attachment);
  }

  private constructor(
    /** Which of the values below this field holds. */
    public readonly kind: RegistrationFieldKind,
    /** The field path this value is for. */
    public readonly fieldPath: string,
    /** The text of a TEXT field (kind TEXT). */
    public readonly textValue: string | undefined,
    /** The choices of a SELECT field (kind SELECT). */
    public readonly selectChoices: string[] | undefined,
    /** The document of an ATTACHMENT field (not `attachment`: jsii forbids an instance member named like the static factory). */
    public readonly attachmentValue: Attachment | undefined,
  ) {
    if (!fieldPath || !/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)+$/.test(fieldPath)) {
      // The API's FieldPath pattern is [A-Za-z0-9_.]+; every known path is section.field.
      throw new Error(`RegistrationField: ${quoted(fieldPath)} is not a field path such as "companyInfo.companyName"`);
    }
  }
}
