import { RegionRule } from './form-rules';
import { formRules } from './index';

/**
 * Where a registration type must be created. The rules are data in each form's folder (e.g.
 * india/region-rule.json), so the next country's rule lives with the rest of its form; this module is
 * the one place that reads them and words a refusal.
 */
export type { RegionRule } from './form-rules';

/** The rule for a registration type, or undefined when any Region works. */
export function regionRule(registrationType: string): RegionRule | undefined {
  return formRules(registrationType)?.regionRule;
}

/**
 * Why creating `registrationType` in `region` is refused, or undefined when it may be created there.
 * `where` names what is in the Region ("this stack", "the handler").
 */
export function regionRuleViolation(registrationType: string, region: string, where: string): string | undefined {
  const rule = regionRule(registrationType);
  if (!rule || rule.Regions.includes(region)) return undefined;
  return `${registrationType} must be created in one of ${rule.Regions.join(', ')}, but ${where} is in ${region}: ${rule.Reason}. Fix: ${rule.Fix}`;
}
