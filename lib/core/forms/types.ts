/**
 * The shape of the SMS API's registration field definitions and values.
 *
 * These mirror `RegistrationFieldDefinition` and `RegistrationFieldValueInformation` of
 * pinpoint-sms-voice-v2 (PascalCase, as on the wire) so that one validation engine can run over
 * the bundled catalog at synth, over live definitions in the handler, and inside the local
 * registrar. They are our own declarations because the construct library must not depend on the
 * SDK at runtime (the SDK ships only inside the pre-bundled handler).
 */

export type FieldType = 'TEXT' | 'SELECT' | 'ATTACHMENT';
export type FieldRequirement = 'REQUIRED' | 'CONDITIONAL' | 'OPTIONAL';
export type RuleBehavior = 'REQUIRED' | 'OPTIONAL' | 'DISALLOWED';

export interface TextValidation {
  readonly MinLength: number;
  readonly MaxLength: number;
  /** The service always sends one; a catalog entry assembled from docs leaves it out when no pattern is published. */
  readonly Pattern?: string;
}

export interface SelectValidation {
  readonly MinChoices: number;
  readonly MaxChoices: number;
  readonly Options: string[];
}

export interface FieldCondition {
  readonly DependsOnFieldPath: string;
  /** EQUALS, NOT_EQUALS, IN, NOT_IN, HAS_VALUE, NO_VALUE; anything else evaluates to false. */
  readonly Operator: string;
  readonly Values?: string[];
}

export interface ConditionalValidation {
  readonly MinLength?: number;
  readonly MaxLength?: number;
  readonly Pattern?: string;
  readonly AllowedValues?: string[];
}

export interface ConditionalRule {
  readonly Conditions: FieldCondition[];
  readonly RuleBehavior: string;
  readonly ConditionalValidation?: ConditionalValidation;
}

export interface ConditionalBehavior {
  readonly Rules: ConditionalRule[];
  readonly DefaultBehavior: string;
}

export interface DisplayHints {
  readonly Title: string;
  /** The service always sends one; a catalog entry assembled from docs leaves it out when none is published. */
  readonly ShortDescription?: string;
  readonly LongDescription?: string;
  readonly ExampleTextValue?: string;
}

export interface RegistrationFieldDefinition {
  readonly SectionPath: string;
  readonly FieldPath: string;
  readonly FieldType: FieldType;
  readonly FieldRequirement: FieldRequirement;
  readonly TextValidation?: TextValidation;
  readonly SelectValidation?: SelectValidation;
  readonly DisplayHints: DisplayHints;
  readonly ConditionalBehavior?: ConditionalBehavior;
}

/**
 * One field's value as the API carries it, exactly one member set: what PutRegistrationFieldValue takes and
 * DescribeRegistrationFieldValues returns. Our own code works with lib/core/field-value.ts's FieldValue and
 * converts at the SDK calls.
 */
export interface ServiceFieldValue {
  readonly TextValue?: string;
  readonly SelectChoices?: string[];
  readonly RegistrationAttachmentId?: string;
}

/** Where a catalog entry as a whole comes from. */
export interface EntryProvenance {
  /** LIVE: verbatim Describe*Definitions output (written by definitions:sync); ASSEMBLED: put together from docs, blogs and scripts. */
  readonly Kind: 'LIVE' | 'ASSEMBLED';
  /** For LIVE entries "live, <region>, <date>"; otherwise the sources, most authoritative first. */
  readonly Source: string;
  /** What is inferred, assumed or unconfirmed, in plain language. */
  readonly Note?: string;
}

/** The facts of one field definition that a provenance record can speak about. */
export type FieldFact = 'FieldPath' | 'FieldType' | 'FieldRequirement' | 'TextValidation' | 'SelectValidation' | 'DisplayHints'
  | 'ConditionalBehavior';

/**
 * A rule of a field definition that a catalog entry may mark as assumed: the field path itself, or one
 * member of the field's own TextValidation or SelectValidation (ConditionalValidation is not covered).
 */
export type AssumableRule = 'FieldPath' | 'MinLength' | 'MaxLength' | 'Pattern' | 'MinChoices' | 'MaxChoices' | 'Options';

/** Every AssumableRule, with the field type it applies to (undefined: any type). */
export const ASSUMABLE_RULES: Readonly<Record<AssumableRule, FieldType | undefined>> = {
  FieldPath: undefined, MinLength: 'TEXT', MaxLength: 'TEXT', Pattern: 'TEXT', MinChoices: 'SELECT', MaxChoices: 'SELECT', Options: 'SELECT',
};

/** Where one field's definition comes from. */
export interface FieldProvenance {
  /** Where the field as a whole comes from: "live, <region>, <date>" for a synced field, else the source of its path. */
  readonly Source: string;
  /** Where single facts come from when not from Source: inferred, assumed or modelled, and from what. */
  readonly Facts?: Partial<Record<FieldFact, string>>;
  /**
   * The rules no published form states, which we assumed (the Facts say from what). At synth a value
   * that breaks one only warns, and an assumed FieldPath is named when set: the live form decides at
   * deploy. Absent: every rule is sourced, as in a live entry.
   */
  readonly Assumed?: AssumableRule[];
}

/**
 * The format a text field is known to hold (lib/core/validation/value-formats.ts checks them): EMAIL
 * (RFC 5321/5322), URL (http or https, RFC 3986) or PHONE_E164 (ITU-T E.164). Formats are facts, so a
 * value that breaks one fails synth.
 */
export type ValueFormat = 'EMAIL' | 'URL' | 'PHONE_E164';

/** One resource type a registration type associates with, as DescribeRegistrationTypeDefinitions returns it. */
export interface SupportedAssociation {
  readonly ResourceType: string;
  readonly AssociationBehavior: string;
  readonly DisassociationBehavior: string;
  readonly IsoCountryCode?: string;
}

/** The type definition itself (DescribeRegistrationTypeDefinitions), when known verbatim. */
export interface RegistrationTypeDefinitionFacts {
  readonly SupportedAssociations: SupportedAssociation[];
  readonly DisplayHints: DisplayHints;
}

/** One section of a form (DescribeRegistrationSectionDefinitions), when known verbatim. */
export interface RegistrationSectionDefinition {
  readonly SectionPath: string;
  readonly DisplayHints: DisplayHints;
}

/**
 * A bundled catalog entry: the definitions of one registration type, with where they came from.
 * Stored as one JSON file per type in lib/core/forms/catalog/ (see the README there).
 */
export interface RegistrationTypeCatalogEntry {
  readonly RegistrationType: string;
  /** ISO 3166-1 alpha-2 country the registration is for. */
  readonly IsoCountryCode: string;
  /**
   * True when the entry lists every field the form is expected to have. A partial entry (false)
   * knows only some fields: values for fields outside it are left to the live definitions at deploy.
   */
  readonly Complete: boolean;
  readonly Provenance: EntryProvenance;
  readonly TypeDefinition?: RegistrationTypeDefinitionFacts;
  readonly SectionDefinitions?: RegistrationSectionDefinition[];
  readonly FieldDefinitions: RegistrationFieldDefinition[];
  /** Field path → where that field's facts come from; one record per field definition. */
  readonly FieldProvenance: Record<string, FieldProvenance>;
  /**
   * Field path → the format its TEXT value holds (an email address, a URL, an E.164 phone number): the
   * one place that says which fields are which. Not part of the API's output, so a sync keeps it.
   */
  readonly ValueFormats?: Record<string, ValueFormat>;
}
