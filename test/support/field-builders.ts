import {
  ConditionalBehavior, FieldRequirement, RegistrationFieldDefinition, TextValidation,
} from '../../lib/core/forms/types';

/**
 * Small builders for field definitions written in code (tests build small forms with them); the
 * bundled catalog itself is JSON data in lib/core/forms/catalog/.
 */

/** "Not blank": the most common TextValidation pattern in verbatim API output. */
export const NOT_BLANK = '^(?=\\s*\\S)[\\s\\S]+$';

interface FieldOptions {
  readonly requirement?: FieldRequirement;
  readonly conditional?: ConditionalBehavior;
  readonly description?: string;
  readonly example?: string;
}

function sectionOf(fieldPath: string): string {
  return fieldPath.split('.')[0];
}

function base(fieldPath: string, title: string, opts: FieldOptions) {
  return {
    SectionPath: sectionOf(fieldPath),
    FieldPath: fieldPath,
    FieldRequirement: opts.requirement ?? 'REQUIRED',
    DisplayHints: {
      Title: title,
      ShortDescription: opts.description ?? title,
      ...(opts.example ? { ExampleTextValue: opts.example } : {}),
    },
    ...(opts.conditional ? { ConditionalBehavior: opts.conditional } : {}),
  };
}

export function textField(
  fieldPath: string, title: string, validation: Partial<TextValidation>, opts: FieldOptions = {},
): RegistrationFieldDefinition {
  return {
    ...base(fieldPath, title, opts),
    FieldType: 'TEXT',
    TextValidation: {
      MinLength: validation.MinLength ?? 1,
      MaxLength: validation.MaxLength ?? 500,
      Pattern: validation.Pattern ?? NOT_BLANK,
    },
  };
}

export function selectField(
  fieldPath: string, title: string, options: readonly string[], opts: FieldOptions & { maxChoices?: number } = {},
): RegistrationFieldDefinition {
  return {
    ...base(fieldPath, title, opts),
    FieldType: 'SELECT',
    SelectValidation: { MinChoices: 1, MaxChoices: opts.maxChoices ?? 1, Options: [...options] },
  };
}

export function attachmentField(fieldPath: string, title: string, opts: FieldOptions = {}): RegistrationFieldDefinition {
  return { ...base(fieldPath, title, opts), FieldType: 'ATTACHMENT' };
}

/** A CONDITIONAL field that is REQUIRED when another field equals one of `values`, else OPTIONAL. */
export function requiredWhen(dependsOnFieldPath: string, values: string[]): { requirement: FieldRequirement; conditional: ConditionalBehavior } {
  return {
    requirement: 'CONDITIONAL',
    conditional: {
      Rules: [{ Conditions: [{ DependsOnFieldPath: dependsOnFieldPath, Operator: 'IN', Values: values }], RuleBehavior: 'REQUIRED' }],
      DefaultBehavior: 'OPTIONAL',
    },
  };
}
