import type { LintRule } from '../lint/lint-rule';
import { FormKey } from './form-keys';

/**
 * What one registration form asks beyond its field definitions (catalog/<TYPE>.json): written by hand
 * from the form's documentation, one folder per form beside this file, assembled in index.ts.
 */
export interface FormRules {
  /** e.g. IN_SENDER_ID_REGISTRATION; the catalog entry of the same type holds its fields. */
  readonly registrationType: string;
  /** Where a registration of this type must be created; absent when any Region works. */
  readonly regionRule?: RegionRule;
  /** ATTACHMENT fields whose form asks for less than the API allows (lib/core/forms/attachment-format.ts applies them). */
  readonly attachmentLimits?: readonly FieldAttachmentLimit[];
  /**
   * Text fields of this form whose values may be shown in messages and logs, beyond those every form shares
   * (lib/core/personal-data.ts). Everything else is hidden as personal data.
   */
  readonly publicTextFields?: readonly RegExp[];
  /**
   * Where this form keeps the fields every typed form shares (lib/countries/common-form.ts), by their usual path:
   * a shared path missing here is not on this form and is not sent; one mapped to another path is sent there.
   * Absent: the form has every shared field at its usual path (India, Indonesia, Australia).
   */
  readonly sharedFields?: Readonly<Record<string, string>>;
  /**
   * ATTACHMENT fields that hold a document identifying a person (a photo ID, a passport, a national ID card). They are
   * declared from an encrypted S3 object; from a file they warn, and neither the template nor a review names the file.
   */
  readonly identityDocuments?: readonly string[];
  /** Whether the regulator matches the sender ID's exact casing; the construct never changes the casing either way. */
  readonly senderIdCasing?: SenderIdCasing;
  /** What the form allows once a registration is submitted; absent when new versions amend it (the usual case). */
  readonly afterSubmit?: AfterSubmitRule;
  /**
   * A step outside AWS the registrant must also take once the registration is submitted (Singapore's SGNIC
   * registration), in the form's words with its source; absent when AWS's review is the whole process.
   */
  readonly outsideStep?: OutsideStep;
  /**
   * The keys of the form's typed props (lib/countries/<country>.ts) and of its fleet records' `form` section, each with the
   * field path it fills (form-keys.ts). Absent: the form has no typed props; its fields are given by path.
   */
  readonly typedKeys?: readonly FormKey[];
  /** Values the form accepts but its reviewers deny, each rule with its source; applied to registrations of this type only. */
  readonly lintRules?: readonly LintRule[];
  /** A form that takes transactional sender IDs only (lib/core/lint/transactional-only-rules.ts makes its two rules). */
  readonly transactionalOnly?: TransactionalOnly;
}

/** How a transactional-only form asks for its acknowledgement, and where that is stated. */
export interface TransactionalOnly {
  /** The lint id's country word, e.g. `philippines` in `philippinesTransactionalContentAcknowledgement`. */
  readonly idWord: string;
  /** The country as a sentence names it, e.g. "the Philippines". */
  readonly name: string;
  /** The bundled catalog's path for the acknowledgement: assumed, no page gives it (lib/core/forms/catalog). */
  readonly acknowledgementPath: string;
  readonly page: string;
}

/** A step at another registry that a submitted registration still needs before its sender ID works. */
export interface OutsideStep {
  readonly step: string;
  readonly source: string;
}

/** A form whose registration cannot be amended after submit (Austria): a change is a new registration. */
export interface AfterSubmitRule {
  readonly amendable: false;
  /** How long a new registration takes to become usable, in the form's words. */
  readonly newRegistrationWait: string;
  /** What deleting the old registration costs, in the form's words. */
  readonly reRegistrationBlock: string;
  /** Where the rule comes from. */
  readonly source: string;
}

/** How a country's regulator treats the sender ID's casing, with where that is stated. */
export interface SenderIdCasing {
  readonly caseSensitive: boolean;
  readonly source: string;
}

/** Where a registration type must be created. */
export interface RegionRule {
  /** The Regions a registration of this type must be created in. */
  readonly Regions: string[];
  /** Why, in plain language. */
  readonly Reason: string;
  /** What to do instead. */
  readonly Fix: string;
  /** Where the rule comes from. */
  readonly Source: string;
}

/** A field's own attachment limit, stricter than the API's. */
export interface FieldAttachmentLimit {
  readonly fieldPath: string;
  readonly maxBytes: number;
  /** Names of the accepted formats (PDF, PNG, JPEG). */
  readonly formats: readonly string[];
  /** Where the limit comes from, for whoever updates it. */
  readonly source: string;
}
