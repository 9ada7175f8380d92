import { SENDER_ID_FIELD } from '../../../lib/core/forms/common-fields';
import { senderIdCountryOf } from '../../../lib/core/forms/sender-id-country';
import { notFoundError, validationError } from '../errors';
import { approvedVersionNumber, liveRegistration, registrationStatus } from '../lifecycle';
import { filters, paginate, Params, requiredString } from '../params';
import { Registration, RegionState } from '../state';
import { OperationHandler } from './context';

/**
 * Sender IDs, as a sender ID registration provisions them: when the registration becomes COMPLETE (PROVISIONING is
 * "approved, your origination identity is being created"; COMPLETE "has been created") its approved sender ID appears
 * in DescribeSenderIds with `Registered` and the `RegistrationId`. ReleaseSenderId takes one away again, which is how a
 * COMPLETE registration whose sender ID is not there can be played.
 */

const FILTER_NAMES = ['sender-id', 'iso-country-code', 'message-type', 'deletion-protection-enabled', 'registered'];

interface ProvisionedSenderId {
  readonly senderId: string;
  readonly isoCountryCode: string;
  readonly registrationId: string;
}

const keyOf = (senderId: string, isoCountryCode: string) => `${senderId.toUpperCase()}/${isoCountryCode}`;

/** The sender ID a registration provisioned, if it is a COMPLETE sender ID registration whose approved version names one. */
function provisionedBy(registration: Registration): ProvisionedSenderId | undefined {
  const country = senderIdCountryOf(registration.type);
  if (!country || registration.deleted || registrationStatus(registration) !== 'COMPLETE') return undefined;
  const approved = registration.versions.find((v) => v.versionNumber === approvedVersionNumber(registration));
  const senderId = approved?.values.get(SENDER_ID_FIELD)?.TextValue;
  return senderId === undefined ? undefined : { senderId, isoCountryCode: country, registrationId: registration.id };
}

function senderIdsOf(state: RegionState): ProvisionedSenderId[] {
  return [...state.registrations.values()]
    .map(provisionedBy)
    .filter((s): s is ProvisionedSenderId => s !== undefined && !state.releasedSenderIds.has(keyOf(s.senderId, s.isoCountryCode)));
}

/** A requested `{SenderId, IsoCountryCode}`; the sender ID may be given as its ARN. */
function requested(state: RegionState, item: Params): { senderId: string; isoCountryCode: string } {
  const isoCountryCode = requiredString(item, 'IsoCountryCode');
  const given = requiredString(item, 'SenderId');
  const fromArn = /^arn:aws:sms-voice:[a-z0-9-]+:\d{12}:sender-id\/([^/]+)\/([A-Z]{2})$/.exec(given);
  if (given.startsWith('arn:') && (!fromArn || !given.startsWith(state.arn('sender-id', '')))) {
    throw validationError('INVALID_ARN', `${given} is not a sender ID ARN of this account and Region`);
  }
  return { senderId: fromArn ? fromArn[1] : given, isoCountryCode };
}

function senderIdOut(state: RegionState, s: ProvisionedSenderId): Record<string, unknown> {
  return {
    SenderIdArn: state.arn('sender-id', `${s.senderId}/${s.isoCountryCode}`),
    SenderId: s.senderId,
    IsoCountryCode: s.isoCountryCode,
    MessageTypes: ['TRANSACTIONAL'],
    MonthlyLeasingPrice: '0.00',
    DeletionProtectionEnabled: false,
    Registered: true,
    RegistrationId: s.registrationId,
  };
}

export const senderIdOperations: Record<string, OperationHandler> = {
  DescribeSenderIds: ({ state }, params) => {
    const all = senderIdsOf(state);
    const byKey = new Map(all.map((s) => [keyOf(s.senderId, s.isoCountryCode), s]));
    const asked = Array.isArray(params.SenderIds) ? (params.SenderIds as Params[]).map((item) => requested(state, item)) : undefined;
    // Like the other Describe calls: a sender ID asked for by name that does not exist is an error, a filter matches none.
    let found = asked ? asked.map((a) => byKey.get(keyOf(a.senderId, a.isoCountryCode)) ?? (() => {
      throw notFoundError('sender-id', `${a.senderId}/${a.isoCountryCode}`);
    })()) : all;
    const byName = filters(params, FILTER_NAMES);
    const matches = (name: string, value: string) => !byName.has(name) || byName.get(name)!.some((v) => v.toUpperCase() === value.toUpperCase());
    found = found.filter((s) => matches('sender-id', s.senderId) && matches('iso-country-code', s.isoCountryCode)
      && matches('message-type', 'TRANSACTIONAL') && matches('deletion-protection-enabled', 'false') && matches('registered', 'true'));
    const page = paginate(found, params, state.options, 'sender-ids');
    return { SenderIds: page.items.map((s) => senderIdOut(state, s)), NextToken: page.NextToken };
  },

  ReleaseSenderId: ({ state }, params) => {
    const { senderId, isoCountryCode } = requested(state, params);
    const provisioned = senderIdsOf(state).find((s) => keyOf(s.senderId, s.isoCountryCode) === keyOf(senderId, isoCountryCode));
    if (!provisioned) throw notFoundError('sender-id', `${senderId}/${isoCountryCode}`);
    // The registration stays as it is (and COMPLETE): only the origination identity goes.
    liveRegistration(state, provisioned.registrationId);
    state.releasedSenderIds.add(keyOf(senderId, isoCountryCode));
    return { ...senderIdOut(state, provisioned), Registered: false };
  },
};
