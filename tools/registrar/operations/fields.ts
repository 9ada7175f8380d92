import { ServiceFieldValue } from '../../../lib/core/forms/types';
import { validationError } from '../errors';
import { catalogEntryOrThrow, checkPut } from '../field-checks';
import { findVersion, liveRegistration, requireDraft } from '../lifecycle';
import { optionalNumber, optionalString, optionalStrings, paginate, Params, requiredString } from '../params';
import { Registration } from '../state';
import { OperationHandler } from './context';

/** Exactly one of the three value members, as PutRegistrationFieldValue requires. */
function valueOf(params: Params): ServiceFieldValue {
  const value: ServiceFieldValue = {
    ...(params.TextValue !== undefined ? { TextValue: optionalString(params, 'TextValue') } : {}),
    ...(params.SelectChoices !== undefined ? { SelectChoices: optionalStrings(params, 'SelectChoices') } : {}),
    ...(params.RegistrationAttachmentId !== undefined ? { RegistrationAttachmentId: optionalString(params, 'RegistrationAttachmentId') } : {}),
  };
  const set = Object.keys(value);
  if (set.length === 0) throw validationError('MISSING_PARAMETER', 'One of TextValue, SelectChoices or RegistrationAttachmentId is required');
  if (set.length > 1) throw validationError('PARAMETERS_CANNOT_BE_USED_TOGETHER', `Only one of ${set.join(', ')} may be given`);
  return value;
}

function fieldChangeOut(registration: Registration, versionNumber: number, path: string, value: ServiceFieldValue): Record<string, unknown> {
  return { RegistrationArn: registration.arn, RegistrationId: registration.id, VersionNumber: versionNumber, FieldPath: path, ...value };
}

export const fieldOperations: Record<string, OperationHandler> = {
  DescribeRegistrationFieldValues: ({ state }, params) => {
    const registration = liveRegistration(state, requiredString(params, 'RegistrationId'));
    const version = findVersion(registration, optionalNumber(params, 'VersionNumber'));
    const entry = catalogEntryOrThrow(state, registration.type);
    const section = optionalString(params, 'SectionPath');
    if (section !== undefined && !entry.FieldDefinitions.some((d) => d.SectionPath === section)) {
      throw validationError('UNKNOWN_REGISTRATION_SECTION', `${section} is not a section of ${registration.type}`);
    }
    const paths = optionalStrings(params, 'FieldPaths');
    // In form order, like the service, so pages are stable however the values were written.
    const order = entry.FieldDefinitions.map((d) => d.FieldPath);
    const rank = (path: string) => (order.includes(path) ? order.indexOf(path) : order.length);
    const values = [...version.values.entries()]
      .filter(([path]) => (!paths || paths.includes(path)) && (section === undefined || path.startsWith(`${section}.`)))
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([path, value]) => ({ FieldPath: path, ...value }));
    const page = paginate(values, params, state.options, `values:${registration.id}:${version.versionNumber}`);
    return {
      RegistrationArn: registration.arn, RegistrationId: registration.id, VersionNumber: version.versionNumber,
      RegistrationFieldValues: page.items, NextToken: page.NextToken,
    };
  },

  PutRegistrationFieldValue: ({ state }, params) => {
    const registration = liveRegistration(state, requiredString(params, 'RegistrationId'));
    const path = requiredString(params, 'FieldPath');
    const value = valueOf(params);
    const version = requireDraft(registration);
    checkPut(state, catalogEntryOrThrow(state, registration.type), version, path, value);
    version.values.set(path, value);
    return fieldChangeOut(registration, version.versionNumber, path, value);
  },

  DeleteRegistrationFieldValue: ({ state }, params) => {
    const registration = liveRegistration(state, requiredString(params, 'RegistrationId'));
    const path = requiredString(params, 'FieldPath');
    const version = requireDraft(registration);
    const entry = catalogEntryOrThrow(state, registration.type);
    if (!entry.FieldDefinitions.some((d) => d.FieldPath === path)) {
      throw validationError('UNKNOWN_REGISTRATION_FIELD', `${path} is not a field of ${registration.type}`);
    }
    const stored = version.values.get(path);
    // Strict on purpose: a caller that deletes what is not there has not read the draft first.
    if (!stored) throw validationError('REGISTRATION_FIELD_CANNOT_BE_DELETED', `${path} has no value in version ${version.versionNumber}`);
    version.values.delete(path);
    const { DeniedReason: _r, Feedback: _f, ...value } = stored;
    return fieldChangeOut(registration, version.versionNumber, path, value);
  },
};
