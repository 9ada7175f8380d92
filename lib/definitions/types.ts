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
  readonly Pattern: string;
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
  readonly ShortDescription: string;
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
 * One field's value, exactly one member set, as PutRegistrationFieldValue takes it and
 * DescribeRegistrationFieldValues returns it.
 */
export interface FieldValue {
  readonly TextValue?: string;
  readonly SelectChoices?: string[];
  readonly RegistrationAttachmentId?: string;
}

/** Field values keyed by field path. */
export type FieldValues = Record<string, FieldValue>;

/** A bundled catalog entry: the definitions of one registration type, with where they came from. */
export interface RegistrationTypeCatalogEntry {
  readonly RegistrationType: string;
  /** ISO 3166-1 alpha-2 country the registration is for. */
  readonly IsoCountryCode: string;
  /** Regions the registration must be made in; absent when any Region works. */
  readonly SupportedRegions?: string[];
  /** Plain-language note on how much of this entry is verbatim API output and how much inferred. */
  readonly Provenance: string;
  readonly FieldDefinitions: RegistrationFieldDefinition[];
}
