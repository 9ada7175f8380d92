import RULES from './region-rules.json';

/**
 * Where a registration type must be created. The rules are data (region-rules.json, beside this file), so the next
 * country's rule is one entry there; this module is the one place that reads them and words a refusal.
 */
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

const RULES_BY_TYPE: Record<string, RegionRule> = RULES;

/** The rule for a registration type, or undefined when any Region works. */
export function regionRule(registrationType: string): RegionRule | undefined {
  return RULES_BY_TYPE[registrationType];
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
