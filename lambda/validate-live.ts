import { desiredFieldValues, RegistrationResourceProperties, secretFieldPaths } from '../lib/core/contract/resource-properties';
import { formatProblems, validateFieldValues } from '../lib/core/validation/validate';
import { refuseAssociationBeforeSubmit } from './association-guard';
import { explainCatalogDrift } from './catalog-drift';
import { logger } from './logger';
import { RegistrationApi } from './registration-api';

/**
 * Check the desired values against the live field definitions before anything is written:
 * forms change over time, so the live definitions win over the catalog used at synth. The type's association
 * behaviour is checked too (association-guard.ts).
 */
export async function validateAgainstLiveDefinitions(api: RegistrationApi, props: RegistrationResourceProperties): Promise<void> {
  const definitions = await api.fieldDefinitions(props.RegistrationType);
  const problems = validateFieldValues(definitions, desiredFieldValues(props), {
    registrationType: props.RegistrationType, requireComplete: props.Submit, hiddenPaths: new Set(secretFieldPaths(props)),
  });
  logger.info('validated', { registrationType: props.RegistrationType, definitions: definitions.length, problems: problems.length });
  if (problems.length > 0) {
    const heading = `${props.RegistrationType} values are invalid against the live field definitions; nothing was created or changed`;
    const failingPaths = [...new Set(problems.map((p) => p.fieldPath))];
    const drift = explainCatalogDrift(props.RegistrationType, definitions, failingPaths, await api.region());
    throw new Error(`${formatProblems(heading, problems)}\n${drift}`);
  }
  await refuseAssociationBeforeSubmit(api, props);
}
