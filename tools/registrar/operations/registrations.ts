import { conflictError, notFoundError, validationError } from '../errors';
import {
  isWithReviewer, latestVersion, liveRegistration, newVersion, registrationOut, registrationStatus,
} from '../lifecycle';
import { filters, optionalStrings, paginate, requiredString } from '../params';
import { Registration } from '../state';
import { OperationHandler } from './context';
import { clientTokenOf, remembered, remember } from './idempotency';
import { applyTags, readTags, tagList } from './tags';

export const registrationOperations: Record<string, OperationHandler> = {
  CreateRegistration: ({ state, quotas }, params) => {
    const type = requiredString(params, 'RegistrationType');
    const token = clientTokenOf(params);
    const earlier = remembered(state, 'CreateRegistration', token);
    if (earlier) return earlier;
    if (!state.catalogEntry(type)) {
      throw validationError('UNKNOWN_REGISTRATION_TYPE', `Unknown registration type ${type}`);
    }
    quotas.check(state, 'REGISTRATIONS_PER_ACCOUNT');
    const tags = readTags(params);
    const id = state.newId('registration');
    const now = new Date();
    const registration: Registration = {
      id, arn: state.arn('registration', id), type, createdAt: now, versions: [newVersion(1, now)], deleted: false,
    };
    state.registrations.set(id, registration);
    applyTags(state, registration.arn, tags);
    // A new registration has no approved or denied version, so those members are absent, as in CreateRegistrationResult.
    return remember(state, 'CreateRegistration', token, id, { ...registrationOut(registration), Tags: tagList(state, registration.arn) });
  },

  DescribeRegistrations: ({ state }, params) => {
    const ids = optionalStrings(params, 'RegistrationIds');
    const byName = filters(params, ['registration-status', 'registration-type']);
    let registrations: Registration[];
    if (ids) {
      // Deleted registrations stay visible by id, as DELETED; an id that never existed is an error.
      registrations = ids.map((id) => state.registrations.get(id) ?? (() => { throw notFoundError('registration', id); })());
    } else {
      registrations = [...state.registrations.values()].filter((r) => !r.deleted);
    }
    const statuses = byName.get('registration-status');
    const types = byName.get('registration-type');
    registrations = registrations.filter((r) => (!statuses || statuses.includes(registrationStatus(r)))
      && (!types || types.includes(r.type)));
    const page = paginate(registrations, params, state.options, 'registrations');
    return { Registrations: page.items.map(registrationOut), NextToken: page.NextToken };
  },

  DeleteRegistration: ({ state }, params) => {
    const registration = liveRegistration(state, requiredString(params, 'RegistrationId'));
    const version = latestVersion(registration);
    if (isWithReviewer(version)) {
      throw conflictError('RESOURCE_DELETION_NOT_ALLOWED',
        `Registration ${registration.id} cannot be deleted while version ${version.versionNumber} is ${version.status}`,
        'registration', registration.id);
    }
    registration.deleted = true;
    return registrationOut(registration);
  },
};
