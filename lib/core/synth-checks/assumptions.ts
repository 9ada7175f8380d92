import { AssumableRule, RegistrationTypeCatalogEntry } from '../forms/types';
import { LINT_ID_PREFIX } from '../lint/rules';
import { FieldProblem } from '../validation/validate';
import { SynthWarning } from './synth-warning';

/**
 * What the bundled catalog only assumed (FieldProvenance.Assumed, lib/core/forms/catalog/README.md)
 * warns at synth instead of failing it: no published form states it, so the live form decides at
 * deploy, where the handler validates against the live definitions before anything is written.
 */

function assumedRules(entry: RegistrationTypeCatalogEntry, fieldPath: string): readonly AssumableRule[] {
  return entry.FieldProvenance[fieldPath]?.Assumed ?? [];
}

/** The assumed rule a problem breaks, or undefined when the rule is sourced (the problem fails synth). */
export function assumedRuleOf(entry: RegistrationTypeCatalogEntry, problem: FieldProblem): AssumableRule | undefined {
  return problem.rule && assumedRules(entry, problem.fieldPath).includes(problem.rule) ? problem.rule : undefined;
}

/** The warning for a value that breaks an assumed rule; the id names field and rule, so acknowledging it silences only that. */
export function assumedRuleWarning(problem: FieldProblem, rule: AssumableRule): SynthWarning {
  return {
    id: `${LINT_ID_PREFIX}assumedRule:${problem.fieldPath}:${rule}`,
    message: `${problem.message}. No published form states this ${rule}: it is an assumption of the bundled catalog, so synth only warns; `
      + 'the live field definitions decide at deploy, before anything is written',
  };
}

/** A warning for each given field whose path no source confirms, with what the catalog knows of it. */
export function unconfirmedPathWarnings(entry: RegistrationTypeCatalogEntry, fieldPaths: Iterable<string>): SynthWarning[] {
  const warnings: SynthWarning[] = [];
  for (const fieldPath of fieldPaths) {
    if (!assumedRules(entry, fieldPath).includes('FieldPath')) continue;
    const why = entry.FieldProvenance[fieldPath].Facts?.FieldPath;
    warnings.push({
      id: `${LINT_ID_PREFIX}unconfirmedFieldPath:${fieldPath}`,
      message: `${fieldPath}: no public source confirms this field path for ${entry.RegistrationType}${why ? ` (${why})` : ''}; `
        + 'if the live form names the field differently, the deploy is refused before anything is written, naming the field',
    });
  }
  return warnings;
}
