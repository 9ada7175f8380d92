import { Token } from 'aws-cdk-lib';
import { RegistrationResourceProperties, desiredFieldValues, secretFieldPaths } from './core/contract/resource-properties';
import { formInUse, SyncedDefinitions } from './core/forms/catalog/synced-definitions';
import { regionRule, regionRuleViolation } from './core/forms/region-rule';
import { LINT_ID_PREFIX, LintFinding, lintRegistration } from './core/lint/rules';
import { assumedRuleOf, assumedRuleWarning, unconfirmedPathWarnings } from './core/synth-checks/assumptions';
import { controlCharacterProblems } from './core/synth-checks/control-characters';
import { assumedPathMissingFromLiveForm } from './core/synth-checks/live-form-paths';
import { SynthWarning } from './core/synth-checks/synth-warning';
import { closestPath } from './core/validation/closest-path';
import { validateFieldValues } from './core/validation/validate';
import { MAX_MESSAGE_SAMPLES } from './countries/common-form';
import { DeployTimeValues } from './synth-checks/deploy-time-values';

export { SynthWarning } from './core/synth-checks/synth-warning';

/** What synth-time validation looks at: the rendered properties plus what only the construct knows. */
export interface SynthValidationInput {
  readonly properties: RegistrationResourceProperties;
  /** The stack's Region; may be an unresolved token for an environment-agnostic stack. */
  readonly region: string;
  /** Field paths set only through `additionalFields` (not by the typed props). */
  readonly additionalOnlyPaths: ReadonlySet<string>;
  readonly messageSampleCount: number;
  /** Problems found while rendering (attachment files, missing acknowledgements, repeated additionalFields). */
  readonly renderProblems: readonly string[];
  /** Which field values are known only at deploy, and which CloudFormation cannot deliver (lib/synth-checks/deploy-time-values.ts). */
  readonly deployTimeValues: DeployTimeValues;
  /** The app's synced definitions (CDK context `sender-id-registration:definitions`), used ahead of the bundled catalog. */
  readonly synced?: SyncedDefinitions;
}

export interface SynthValidationResult {
  /** Each fails synth; none holds personal data. */
  readonly errors: string[];
  /** Advice that does not fail synth. */
  readonly warnings: SynthWarning[];
  /** Values reviewers are known to deny, each with the stable id a user can acknowledge. */
  readonly lint: Array<LintFinding & { readonly id: string }>;
}

/**
 * The type's Region rule (in its form's folder, e.g. lib/core/forms/india/region-rule.json) against the stack's Region,
 * whether or not the catalog knows the type.
 */
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
 * Every problem of one registration that can be known at synth, checked against the app's synced form of its type
 * (else the bundled catalog's)
 * with the same engine the handler runs against live definitions. Rules the catalog only assumed
 * warn instead (the handler enforces the live ones).
 */
export function validateAtSynth(input: SynthValidationInput): SynthValidationResult {
  const { properties } = input;
  const type = properties.RegistrationType;
  const errors: string[] = [...input.renderProblems];
  const warnings: SynthWarning[] = [];

  // Tokens and dynamic references: refused with the reason, or left to the handler, which sees the resolved value.
  const deployTime = input.deployTimeValues;
  errors.push(...deployTime.problems.values());
  // A value from a secret is read at deploy: present (a required field has it), checked by the handler.
  const secretPaths = new Set(secretFieldPaths(properties));
  const notConcrete = (path: string) => deployTime.deferredPaths.has(path) || deployTime.problems.has(path) || secretPaths.has(path);
  const concreteFields = Object.fromEntries(Object.entries(properties.Fields).filter(([path]) => !notConcrete(path)));
  errors.push(...controlCharacterProblems(concreteFields));
  const lint = lintRegistration({ registrationType: type, fields: concreteFields, attachmentPaths: Object.keys(properties.Attachments) });

  if (input.messageSampleCount < 1 || input.messageSampleCount > MAX_MESSAGE_SAMPLES) {
    errors.push(`messageSamples: ${input.messageSampleCount} message samples given, 1 to ${MAX_MESSAGE_SAMPLES} allowed for ${type}`);
  }

  const region = checkRegion(type, input.region);
  errors.push(...region.errors);
  warnings.push(...region.warnings);

  const form = formInUse(type, input.synced);
  if (!form) {
    warnings.push({
      id: `${LINT_ID_PREFIX}typeNotInCatalog`,
      message: `${type} is not in the bundled definitions catalog: its fields are validated against the live field definitions `
        + '(DescribeRegistrationFieldDefinitions) at deploy, before anything is created or changed',
    });
    return { errors, warnings, lint };
  }
  const entry = form.entry;
  const formName = form.origin === 'synced' ? `synced (${form.source})` : 'bundled';

  warnings.push(...unconfirmedPathWarnings(entry, [...Object.keys(properties.Fields), ...secretPaths, ...Object.keys(properties.Attachments)]));
  // Values known only at deploy stay in the values (a secret counts as present, so a required field is not
  // reported missing); problems reported for them are left to the handler, or were already reported above.
  const problems = validateFieldValues(entry.FieldDefinitions, desiredFieldValues(properties), {
    registrationType: type,
    requireComplete: properties.Submit,
  });
  for (const problem of problems) {
    const unknownField = !entry.FieldDefinitions.some((d) => d.FieldPath === problem.fieldPath);
    // A path the bundled catalog guessed, which the synced live form lacks, whatever its value: named with the live field meant.
    const guessedWrong = unknownField && form.origin === 'synced' ? assumedPathMissingFromLiveForm(entry, form.source, problem.fieldPath) : undefined;
    if (guessedWrong && !input.additionalOnlyPaths.has(problem.fieldPath)) {
      errors.push(guessedWrong);
      continue;
    }
    if (notConcrete(problem.fieldPath)) continue;
    const assumedRule = assumedRuleOf(entry, problem);
    if (unknownField && (input.additionalOnlyPaths.has(problem.fieldPath) || !entry.Complete)) {
      // Forms grow, and a partial entry knows only some fields: the live definitions decide at deploy.
      const closest = closestPath(problem.fieldPath, entry.FieldDefinitions.map((d) => d.FieldPath));
      warnings.push({
        id: `${LINT_ID_PREFIX}fieldNotInCatalog:${problem.fieldPath}`,
        message: guessedWrong ? `${guessedWrong}. It is validated against the live field definitions at deploy`
          : `${problem.fieldPath}: is not in the ${formName} ${type} definitions; it is validated against the live field definitions at deploy`
            + (closest ? ` (did you mean ${closest}?)` : ''),
      });
    } else if (assumedRule) {
      warnings.push(assumedRuleWarning(problem, assumedRule));
    } else {
      errors.push(problem.message);
    }
  }
  return { errors, warnings, lint };
}
