import { attachmentIdOf, FieldValues, fromServiceValue } from '../../lib/core/field-value';
import { attachmentLimitFor, kilobytes } from '../../lib/core/forms/attachment-format';
import { RegistrationFieldDefinition, RegistrationTypeCatalogEntry, ServiceFieldValue } from '../../lib/core/forms/types';
import { FieldProblem, unknownFieldMessage, validateField, validateFieldValues } from '../../lib/core/validation/validate';
import { notFoundError, validationError, ValidationField } from './errors';
import { RegionState, Version } from './state';

/**
 * Server-side validation: the project's own engine (lib/core/validation), so the registrar can never
 * disagree with synth-time or handler validation; this module only maps its problems to the
 * service's ValidationException shape and adds what only the server knows (attachment status).
 */

export function catalogEntryOrThrow(state: RegionState, registrationType: string): RegistrationTypeCatalogEntry {
  const entry = state.catalogEntry(registrationType);
  if (!entry) throw validationError('UNKNOWN_REGISTRATION_TYPE', `Unknown registration type ${registrationType}`);
  return entry;
}

/** The values a version holds, as validation reads them: without review annotations and without fields that only carry a denial. */
export function valuesOf(version: Version): FieldValues {
  const values: FieldValues = {};
  for (const [path, stored] of version.values) {
    const value = fromServiceValue(stored);
    if (value) values[path] = value;
  }
  return values;
}

function fieldsOf(problems: readonly FieldProblem[]): ValidationField[] {
  return problems.map((p) => ({ Name: p.fieldPath, Message: p.message }));
}

function attachmentProblem(state: RegionState, registrationType: string, path: string, attachmentId: string): FieldProblem | undefined {
  const attachment = state.attachments.get(attachmentId);
  if (!attachment) return { fieldPath: path, message: `${path}: attachment ${attachmentId} does not exist` };
  if (attachment.status !== 'UPLOAD_COMPLETE') {
    return { fieldPath: path, message: `${path}: attachment ${attachmentId} is ${attachment.status}, not UPLOAD_COMPLETE` };
  }
  // An upload is checked against the API's limit before it has a field; a field with a smaller limit is checked here.
  const limit = attachmentLimitFor(registrationType, path);
  if (attachment.size !== undefined && attachment.size > limit.maxBytes) {
    return { fieldPath: path, message: `${path}: attachment ${attachmentId} is ${attachment.size} bytes, at most ${limit.maxBytes} (${kilobytes(limit.maxBytes)}) allowed` };
  }
  return undefined;
}

/** Refuses one PutRegistrationFieldValue the way the service would; returns the field's definition. */
export function checkPut(
  state: RegionState, entry: RegistrationTypeCatalogEntry, version: Version, path: string, given: ServiceFieldValue,
): RegistrationFieldDefinition {
  const definition = entry.FieldDefinitions.find((d) => d.FieldPath === path);
  if (!definition) {
    const message = unknownFieldMessage(path, entry.RegistrationType, entry.FieldDefinitions.map((d) => d.FieldPath));
    throw validationError('UNKNOWN_REGISTRATION_FIELD', message, [{ Name: path, Message: message }]);
  }
  // The operation's parameters were checked to set exactly one member.
  const value = fromServiceValue(given)!;
  const attachmentId = attachmentIdOf(value);
  if (attachmentId !== undefined && !state.attachments.has(attachmentId)) throw notFoundError('registration-attachment', attachmentId);
  const problems = validateField(definition, { ...valuesOf(version), [path]: value },
    { registrationType: entry.RegistrationType, requireComplete: false });
  if (!problems.length && attachmentId !== undefined) {
    const problem = attachmentProblem(state, entry.RegistrationType, path, attachmentId);
    if (problem) problems.push(problem);
  }
  if (problems.length) {
    throw validationError('FIELD_VALIDATION_FAILED', `Invalid value for ${path}: ${problems.map((p) => p.message).join('; ')}`, fieldsOf(problems));
  }
  return definition;
}

/** Every reason a version cannot be submitted, in one ValidationException, as the service lists them. */
export function checkSubmit(state: RegionState, entry: RegistrationTypeCatalogEntry, version: Version): void {
  const values = valuesOf(version);
  const problems = validateFieldValues(entry.FieldDefinitions, values, { registrationType: entry.RegistrationType, requireComplete: true });
  for (const [path, value] of Object.entries(values)) {
    const attachmentId = attachmentIdOf(value);
    if (attachmentId === undefined || problems.some((p) => p.fieldPath === path)) continue;
    const problem = attachmentProblem(state, entry.RegistrationType, path, attachmentId);
    if (problem) problems.push(problem);
  }
  if (problems.length) {
    throw validationError('FIELD_VALIDATION_FAILED',
      `Version ${version.versionNumber} cannot be submitted: ${problems.length} field${problems.length === 1 ? '' : 's'} missing or invalid`,
      fieldsOf(problems));
  }
}
