// What a lint rule is, apart from the rules: the forms declare their own rules and the rule sets import the forms,
// so the shapes live here and every arrow runs one way.

/** The rendered field values a rule reads: TEXT as a string, SELECT as a list of choices. Unresolved tokens are left out. */
export interface LintInput {
  readonly registrationType: string;
  readonly fields: Readonly<Record<string, string | readonly string[]>>;
  /** The ATTACHMENT fields that have a document; their content is not read. */
  readonly attachmentPaths?: readonly string[];
}

/** One warning. `message` never holds personal data. */
export interface LintFinding {
  readonly fieldPath: string;
  readonly message: string;
}

export interface LintRule {
  /** Stable id: what the user passes to `Annotations.of(scope).acknowledgeWarning(id, reason)`. */
  readonly id: string;
  /** The published denial reason or form guidance the rule rests on. */
  readonly source: string;
  check(input: LintInput): LintFinding[];
}
