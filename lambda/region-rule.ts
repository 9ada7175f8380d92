import { regionRuleViolation } from '../lib/core/forms/region-rule';
import { logger } from './logger';
import { RegistrationApi } from './registration-api';

/**
 * Refuse to create (or adopt) a registration in a Region its type does not allow, before any call
 * that writes. Synth checks the stack's Region too, but an environment-agnostic stack can only be
 * checked here, where the Region is known: the service would accept the registration and send it
 * back weeks later.
 */
export async function refuseOutsideRegionRule(api: RegistrationApi, registrationType: string): Promise<void> {
  const region = await api.region();
  const violation = regionRuleViolation(registrationType, region, "this stack's handler");
  if (!violation) return;
  logger.warn('refused: registration type not allowed in this Region', { registrationType, region });
  throw new Error(`${violation}. Nothing was created or changed.`);
}
