import * as path from 'path';
import {
  documents, INDIA, INDIA_FORM, INDONESIA, INDONESIA_DOCUMENTS, INDONESIA_SECRET_NAME, withMembers, withSecretValues,
} from '../fixtures/example-registrations';
import { ROOT } from './kernel-process';
import { member, staticCall } from './wire-encoder';

// The props of the README's minimal India registration and of an Indonesian one with its documents and a secret, as a
// Python program declares them (the values: test/fixtures/example-registrations.ts). When the public API changes (a
// member's name, an enum turned into an enum-like class), this file is the one to adapt: the encoder reads every type
// from the assembly.

export { INDONESIA_SECRET_NAME };

/** An enum-like class's members by name, each encoded as the Python module reads it (`AreaOfBusiness.TECHNOLOGY`). */
const membersOf = (type: string) => new Proxy({}, { get: (_, name) => member(type, String(name)) }) as Record<string, unknown>;
const MEMBERS = { AreaOfBusiness: membersOf('AreaOfBusiness'), UseCaseCategory: membersOf('UseCaseCategory'), MonthlyMessageVolume: membersOf('MonthlyMessageVolume') };

export const INDIA_REGISTRATION = {
  stackName: 'SenderIds', region: 'ap-south-1', id: 'DemoCo',
  props: () => ({ ...withMembers(INDIA, MEMBERS), form: staticCall('RegistrationForm', 'india', INDIA_FORM) }),
};

const attach = (file: string) => staticCall('Attachment', 'fromFile', path.join(ROOT, 'examples', 'documents', file));

export const INDONESIA_REGISTRATION = {
  stackName: 'SenderIds-Indonesia', region: 'ap-southeast-1', id: 'DemoIdIndonesiaSenderId',
  /** `endBusiness`: the secret (`Secret.from_secret_name_v2`) the contact, address and company number are read from. */
  props: (endBusiness: unknown) => ({
    ...withSecretValues(withMembers(INDONESIA, MEMBERS), (jsonField) => staticCall('SecretText', 'fromSecret', endBusiness, { jsonField })),
    form: staticCall('RegistrationForm', 'indonesia', documents(INDONESIA_DOCUMENTS, attach)),
  }),
};
