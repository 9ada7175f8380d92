import { conflictError, validationError } from '../errors';
import { catalogEntryOrThrow, checkSubmit } from '../field-checks';
import {
  isWithReviewer, latestVersion, liveRegistration, newVersion, registrationStatus, setVersionStatus, versionChangeOut, versionOut,
} from '../lifecycle';
import { filters, paginate, Params, requiredString } from '../params';
import { Registration, Version } from '../state';
import { OperationHandler } from './context';

function versionNumbers(params: Params): number[] | undefined {
  const value = params.VersionNumbers;
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => !Number.isInteger(v))) {
    throw validationError('INVALID_PARAMETER', 'VersionNumbers must be a list of integers');
  }
  return value as number[];
}

export const versionOperations: Record<string, OperationHandler> = {
  DescribeRegistrationVersions: ({ state }, params) => {
    const registration = liveRegistration(state, requiredString(params, 'RegistrationId'));
    const numbers = versionNumbers(params);
    const statuses = filters(params, ['registration-version-status']).get('registration-version-status');
    for (const n of numbers ?? []) {
      if (!registration.versions.some((v) => v.versionNumber === n)) {
        throw validationError('UNKNOWN_REGISTRATION_VERSION', `Registration ${registration.id} has no version ${n}`);
      }
    }
    // Newest first, as the console and the service list them.
    const versions = [...registration.versions].reverse()
      .filter((v) => (!numbers || numbers.includes(v.versionNumber)) && (!statuses || statuses.includes(v.status)));
    const page = paginate(versions, params, state.options, `versions:${registration.id}`);
    return {
      RegistrationArn: registration.arn, RegistrationId: registration.id,
      RegistrationVersions: page.items.map(versionOut), NextToken: page.NextToken,
    };
  },

  SubmitRegistrationVersion: ({ state }, params) => {
    const registration = liveRegistration(state, requiredString(params, 'RegistrationId'));
    const version = latestDraftOrThrow(registration, 'REGISTRATION_ALREADY_SUBMITTED', 'submitted');
    checkSubmit(state, catalogEntryOrThrow(state, registration.type), version);
    const awsReview = params.AwsReview === true;
    setVersionStatus(version, awsReview ? 'AWS_REVIEWING' : 'SUBMITTED');
    return { ...versionChangeOut(registration, version), AwsReview: awsReview };
  },

  CreateRegistrationVersion: ({ state, quotas }, params) => {
    const registration = liveRegistration(state, requiredString(params, 'RegistrationId'));
    const previous = latestVersion(registration);
    const refused = newVersionRefusal(registration.id, previous, registrationStatus(registration));
    if (refused) throw conflictError('CREATE_REGISTRATION_VERSION_NOT_ALLOWED', refused, 'registration', registration.id);
    quotas.check(state, 'REGISTRATION_VERSIONS_CREATED_PER_DAY');
    const version = newVersion(previous.versionNumber + 1);
    if (state.options.newVersionMode === 'copy') {
      // Only the values travel: denial reasons belong to the version the reviewer looked at.
      for (const [path, { DeniedReason: _r, Feedback: _f, ...value }] of previous.values) {
        if (Object.keys(value).length) version.values.set(path, value);
      }
    }
    registration.versions.push(version);
    quotas.counted('versions');
    return versionChangeOut(registration, version);
  },

  DiscardRegistrationVersion: ({ state }, params) => {
    const registration = liveRegistration(state, requiredString(params, 'RegistrationId'));
    const version = latestDraftOrThrow(registration, 'DISCARD_REGISTRATION_VERSION_NOT_ALLOWED', 'discarded');
    setVersionStatus(version, 'DISCARDED');
    return versionChangeOut(registration, version);
  },
};

/**
 * Why the service refuses a new version, or undefined when it allows one: while a draft is open, while a
 * reviewer or the user's authentication holds the latest version, while the approved sender ID is being
 * provisioned, and once the registration is closed.
 */
function newVersionRefusal(registrationId: string, previous: Version, status: string): string | undefined {
  const version = `Version ${previous.versionNumber} of registration ${registrationId} is ${previous.status}`;
  if (previous.status === 'DRAFT') return `${version}; edit that draft instead`;
  if (isWithReviewer(previous)) return `${version}; wait for the review to finish`;
  if (previous.status === 'REQUIRES_AUTHENTICATION') return `${version}; complete the authentication first`;
  if (status === 'PROVISIONING') return `Registration ${registrationId} is PROVISIONING; wait until it is COMPLETE`;
  if (status === 'CLOSED') return `Registration ${registrationId} is CLOSED; it can no longer change`;
  return undefined;
}

/** The latest version, which only a DRAFT may be for `action` (submitted, discarded): else the service's conflict. */
function latestDraftOrThrow(registration: Registration, code: string, action: string): Version {
  const version = latestVersion(registration);
  if (version.status !== 'DRAFT') {
    throw conflictError(code,
      `Version ${version.versionNumber} of registration ${registration.id} is ${version.status}; only a DRAFT version can be ${action}`,
      'registration', registration.id);
  }
  return version;
}
