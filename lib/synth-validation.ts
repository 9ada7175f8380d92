import { Token } from 'aws-cdk-lib';
import { MAX_MESSAGE_SAMPLES } from './countries/common-form';
import { catalogEntry } from './definitions/catalog';
import { regionRule, regionRuleViolation } from './definitions/region-rule';
import { LINT_ID_PREFIX, LintFinding, lintRegistration } from './lint/rules';
import { RegistrationResourceProperties, desiredFieldValues } from './resource-properties';
import { closestPath } from './validation/closest-path';
import { validateFieldValues } from './validation/validate';

/** What synth-time validation looks at: the rendered properties plus what only the construct knows. */
export interface SynthValidationInput {
  readonly properties: RegistrationResourceProperties;
  /** The stack's Region; may be an unresolved token for an environment-agnostic stack. */
  readonly region: string;
  /** Field paths set only through `additionalFields` (not by the typed props). */
  readonly additionalOnlyPaths: ReadonlySet<string>;
  readonly messageSampleCount: number;
  /** Problems found while rendering (attachment files, missing acknowledgements). */
  readonly renderProblems: readonly string[];
}

/** Advice that does not fail synth, with an id stable across changes so acknowledging it silences exactly it. */
export interface SynthWarning {
  readonly id: string;
  readonly message: string;
}

export interface SynthValidationResult {
  /** Each fails synth; none holds personal data. */
  readonly errors: string[];
  /** Advice that does not fail synth. */
  readonly warnings: SynthWarning[];
  /** Values reviewers are known to deny, each with the stable id a user can acknowledge. */
  readonly lint: Array<LintFinding & { readonly id: string }>;
}

function isUnresolved(value: string | string[]): boolean {
  return Array.isArray(value) ? value.some((v) => Token.isUnresolved(v)) : Token.isUnresolved(value);
}

/** The type's Region rule (lib/definitions/region-rules.json) against the stack's Region, whether or not the catalog knows the type. */
function checkRegion(type: string, region: string): Pick<SynthValidationResult, 'errors' | 'warnings'> {
  const rule = regionRule(type);
  if (!rule) return { errors: [], warnings: [] };
  if (Token.isUnresolved(region)) {
    return {
      errors: [],
      warnings: [{
        id: `${LINT_ID_PREFIX}regionUnchecked`,
        message: `${type} must be created in one of ${rule.Regions.join(', ')}; this stack has no concrete Region, so it could not be checked at synth`,
      }],
    };
  }
  const violation = regionRuleViolation(type, region, 'this stack');
  return { errors: violation ? [violation] : [], warnings: [] };
}

/**
 * Every problem of one registration that can be known at synth, checked against the bundled catalog
 * with the same engine the handler runs against live definitions.
 */
export function validateAtSynth(input: SynthValidationInput): SynthValidationResult {
  const { properties } = input;
  const type = properties.RegistrationType;
  const errors: string[] = [...input.renderProblems];
  const warnings: SynthWarning[] = [];
  // Lint reads concrete values only; a token's value is unknown until deploy.
  const concreteFields = Object.fromEntries(Object.entries(properties.Fields).filter(([, v]) => !isUnresolved(v)));
  const lint = lintRegistration({ registrationType: type, fields: concreteFields });

  if (input.messageSampleCount < 1 || input.messageSampleCount > MAX_MESSAGE_SAMPLES) {
    errors.push(`messageSamples: ${input.messageSampleCount} message samples given, 1 to ${MAX_MESSAGE_SAMPLES} allowed for ${type}`);
  }

  const region = checkRegion(type, input.region);
  errors.push(...region.errors);
  warnings.push(...region.warnings);

  const entry = catalogEntry(type);
  if (!entry) {
    warnings.push({
      id: `${LINT_ID_PREFIX}typeNotInCatalog`,
      message: `${type} is not in the bundled definitions catalog: its fields are validated against the live field definitions `
        + '(DescribeRegistrationFieldDefinitions) at deploy, before anything is created or changed',
    });
    return { errors, warnings, lint };
  }

  // Token values cannot be checked here; they stay in the values (so required fields count as present)
  // and any problem reported for them is left to the handler, which sees the resolved value.
  const tokenPaths = new Set(Object.entries(properties.Fields).filter(([, v]) => isUnresolved(v)).map(([p]) => p));
  const problems = validateFieldValues(entry.FieldDefinitions, desiredFieldValues(properties), {
    registrationType: type,
    requireComplete: properties.Submit,
  });
  for (const problem of problems) {
    if (tokenPaths.has(problem.fieldPath)) continue;
    const unknownField = !entry.FieldDefinitions.some((d) => d.FieldPath === problem.fieldPath);
    if (unknownField && (input.additionalOnlyPaths.has(problem.fieldPath) || !entry.Complete)) {
      // Forms grow, and a partial entry knows only some fields: the live definitions decide at deploy.
      const closest = closestPath(problem.fieldPath, entry.FieldDefinitions.map((d) => d.FieldPath));
      warnings.push({
        id: `${LINT_ID_PREFIX}fieldNotInCatalog:${problem.fieldPath}`,
        message: `${problem.fieldPath}: is not in the bundled ${type} definitions; it is validated against the live field definitions at deploy`
          + (closest ? ` (did you mean ${closest}?)` : ''),
      });
    } else {
      errors.push(problem.message);
    }
  }
  return { errors, warnings, lint };
}
