import { formRules } from '../core/forms';
import { FormKey, choiceKey, textKey } from '../core/forms/form-keys';
import { AreaOfBusiness, FormOption, MonthlyMessageVolume, UseCaseCategory } from '../enums';

/**
 * The keys a fleet record may hold, each with the field path it fills and the kind of value it takes: the common form's
 * here, a typed form's in its folder (lib/core/forms/<form>/, `typedKeys`). One table serves the record loader (kinds,
 * messages that name the field path) and the schema generator (titles, limits and options come from the catalog entry of
 * that field path).
 */
export interface RecordKey extends FormKey {
  /** The typed prop of a `choice` key whose options are an enum-like class (its `of`). */
  readonly option?: (value: string) => FormOption;
}

/** A choice among a service-owned option list (an enum-like class): the record's string becomes the typed option. */
const optionChoice = (key: string, fieldPath: string, known: readonly FormOption[], option: (value: string) => FormOption): RecordKey => (
  { ...choiceKey(key, fieldPath, known.map((o) => o.value)), option });
const text = textKey;

/** The common form every record fills (the typed props `company`, `address`, `contact`, `useCase`). */
export const COMMON_SECTIONS: Readonly<Record<string, readonly RecordKey[]>> = {
  company: [
    text('legalName', 'companyInfo.companyName'),
    text('registrationNumber', 'companyInfo.companyId'),
    text('website', 'companyInfo.website'),
    optionChoice('areaOfBusiness', 'companyInfo.areaOfBusiness', AreaOfBusiness.known(), AreaOfBusiness.of),
  ],
  address: [
    text('line1', 'companyAddress.address1'),
    text('line2', 'companyAddress.address2', false),
    text('city', 'companyAddress.city'),
    text('stateOrProvince', 'companyAddress.state', false),
    text('postalCode', 'companyAddress.zipCode', false),
    text('isoCountryCode', 'companyAddress.isoCountryCode'),
  ],
  contact: [
    text('email', 'contactInfo.emailAddress'),
    text('phone', 'contactInfo.phoneNumber'),
  ],
  useCase: [
    optionChoice('category', 'messagingUseCase.useCaseCategory', UseCaseCategory.known(), UseCaseCategory.of),
    text('description', 'messagingUseCase.useCaseDescription'),
    optionChoice('monthlyVolume', 'messagingUseCase.monthlyMessageVolume', MonthlyMessageVolume.known(), MonthlyMessageVolume.of),
    text('optInDescription', 'messagingUseCase.optInDescription'),
  ],
};

/** The `form` section of a record of the type: its form folder's typed keys, or undefined for a type without typed props. */
export function formKeysOf(registrationType: string): readonly RecordKey[] | undefined {
  return formRules(registrationType)?.typedKeys;
}

export const SENDER_ID_PATH = 'senderIdInfo.senderId';
export const MESSAGE_SAMPLE_PATHS = ['messageSamples.messageSample1', 'messageSamples.messageSample2', 'messageSamples.messageSample3'];

/** The top-level keys of a record, in the order the README documents them. */
export const RECORD_TOP_KEYS = [
  '$schema', 'type', 'typeNotInCatalog', 'senderId', 'form', 'company', 'address', 'contact', 'useCase', 'messageSamples',
  'fields', 'attachments', 'tags', 'options', 'secret',
] as const;

export const OPTION_KEYS = ['submit', 'awsReview', 'removalPolicy'] as const;
export const REMOVAL_POLICIES = ['RETAIN', 'DESTROY'] as const;

/** Where a field path is set in a record of the type: a typed key (`form.chainId1`), else `fields` / `attachments`. */
export function recordLocationOf(registrationType: string, fieldPath: string): { section: string; key: string } | undefined {
  if (fieldPath === SENDER_ID_PATH) return { section: '', key: 'senderId' };
  for (const [section, keys] of Object.entries({ ...COMMON_SECTIONS, form: formKeysOf(registrationType) ?? [] })) {
    const found = keys.find((k) => k.fieldPath === fieldPath);
    if (found) return { section, key: found.key };
  }
  return undefined;
}
