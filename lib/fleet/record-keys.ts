import { AreaOfBusiness, FormOption, MonthlyMessageVolume, UseCaseCategory } from '../enums';

/**
 * The typed keys a fleet record may hold, each with the field path it fills and the kind of value it takes.
 * One table serves the record loader (kinds, messages that name the field path) and the schema generator (titles,
 * limits and options come from the catalog entry of that field path).
 */

/**
 * text: a string · choice: one of `choices` · yesNo: true or false · document: a file path relative to the record, or an
 * `s3://bucket/key` reference (the way to give a document that identifies a person).
 */
export type RecordKeyKind = 'text' | 'choice' | 'yesNo' | 'document';

export interface RecordKey {
  /** The key inside its section of the record, e.g. `legalName` of `company`. */
  readonly key: string;
  readonly fieldPath: string;
  readonly kind: RecordKeyKind;
  readonly required: boolean;
  /** The options of a `choice` key, as the form spells them (the enum-like classes' known values). */
  readonly choices?: readonly string[];
  /** The typed prop of a `choice` key's option (its enum-like class's `of`). */
  readonly option?: (value: string) => FormOption;
}

const text = (key: string, fieldPath: string, required = true): RecordKey => ({ key, fieldPath, kind: 'text', required });
/** A choice among a service-owned option list (an enum-like class): the record's string becomes the typed option. */
const optionChoice = (key: string, fieldPath: string, known: readonly FormOption[], option: (value: string) => FormOption): RecordKey => (
  { key, fieldPath, kind: 'choice', required: true, choices: known.map((o) => o.value), option });
/** A choice a country's own props take as text, as the form spells it. */
const choice = (key: string, fieldPath: string, choices: readonly string[]): RecordKey => ({ key, fieldPath, kind: 'choice', required: true, choices });
const documentKey = (key: string, fieldPath: string, required = false): RecordKey => ({ key, fieldPath, kind: 'document', required });
const optionalText = (key: string, fieldPath: string): RecordKey => text(key, fieldPath, false);
const UK_CATEGORIES = ['Two-factor authentication', 'One-time passwords', 'Notifications', 'Polling and surveys', 'Info on demand',
  'Promotions and Marketing', 'Other'];
/** The keys the UK and Singapore forms share (their layout is the same). */
const ukLikeKeys = (): RecordKey[] => [
  text('contactFirstName', 'contactInfo.firstName'),
  text('contactLastName', 'contactInfo.lastName'),
  choice('useCaseCategory', 'messagingUseCase.useCaseCategory', UK_CATEGORIES),
  documentKey('letterOfAuthorization', 'senderIdInfo.letterOfAuthorization'),
  optionalText('senderIdDescription', 'senderIdInfo.senderIdDescription'),
];

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

/** The `form` section of the registration types with typed props (RegistrationForm.india, .indonesia, .australia, ...). */
export const FORM_KEYS: Readonly<Record<string, readonly RecordKey[]>> = {
  AU_SENDER_ID_REGISTRATION: [
    text('australianBusinessNumber', 'auSidSpecificInfo.australianBusinessNumber'),
    choice('entityType', 'auSidSpecificInfo.entityType', ['Individual', 'Body corporate', 'Corporation sole', 'Body politic', 'Government entity',
      'Partnership', 'Unincorporated association', 'Trust', 'Superannuation fund']),
    text('representativeFirstName', 'auSidSpecificInfo.authorizedRepresentativeFirstName'),
    text('representativeLastName', 'auSidSpecificInfo.authorizedRepresentativeLastName'),
    text('representativeEmail', 'auSidSpecificInfo.authorizedRepresentativeEmail'),
    text('representativePhone', 'auSidSpecificInfo.authorizedRepresentativePhoneNumber'),
    optionalText('globalHeadquartersCountry', 'auSidSpecificInfo.globalHeadquartersCountry'),
    documentKey('governmentPhotoId', 'auSidSpecificInfo.governmentIssuedPhotoId', true),
    documentKey('letterOfAuthorization', 'auSidSpecificInfo.letterOfAuthorization'),
    documentKey('companyRegistrationDocument', 'auSidSpecificInfo.companyRegistrationDocumentation', true),
    documentKey('proofOfSenderIdConnection', 'senderIdInfo.proofOfSenderIdConnection', true),
    optionalText('senderIdDescription', 'senderIdInfo.senderIdDescription'),
    optionalText('doingBusinessAs', 'companyInfo.doingBusinessAs'),
  ],
  AT_SENDER_ID_REGISTRATION: [
    text('senderIdDescription', 'senderIdInfo.senderIdDescription'),
    text('registeredAddress', 'companyInfo.companyAddress'),
    documentKey('letterOfAuthorization', 'senderIdInfo.letterOfAuthorization', true),
    documentKey('proofOfSenderIdConnection', 'senderIdInfo.proofOfSenderIdConnection'),
  ],
  FI_SENDER_ID_REGISTRATION: [
    { ...choice('useCaseCategory', 'messagingUseCase.useCaseCategory', ['One-time passwords', 'Account or security alerts',
      'Purchase or delivery notifications', 'Public service announcements', 'Polling and surveys', 'Info on demand', 'Promotions and marketing', 'Other']),
    required: false },
  ],
  GB_SENDER_ID_REGISTRATION: ukLikeKeys(),
  SG_SENDER_ID_REGISTRATION: [
    ...ukLikeKeys(),
    { key: 'registeringOnBehalf', fieldPath: 'senderIdInfo.registeringOnBehalf', kind: 'yesNo', required: true },
  ],
  IN_SENDER_ID_REGISTRATION: [
    text('principalEntityId', 'inSidSpecificInfo.principalEntityId'),
    text('chainId1', 'inSidSpecificInfo.chainId1'),
    text('chainId2', 'inSidSpecificInfo.chainId2'),
    text('chainId3', 'inSidSpecificInfo.chainId3'),
    text('chainId5', 'inSidSpecificInfo.chainId5'),
    { key: 'acknowledgeSendingParameters', fieldPath: 'inSidSpecificInfo.sendingParametersAcknowledgement', kind: 'yesNo', required: true },
  ],
  ID_SENDER_ID_REGISTRATION: [
    documentKey('letterOfAuthorizationTelkomsel', 'idSidSpecificInfo.letterOfAuthorization1'),
    documentKey('letterOfAuthorizationIoh', 'idSidSpecificInfo.letterOfAuthorization2'),
    { ...documentKey('letterOfAuthorizationXlAxiata', 'idSidSpecificInfo.letterOfAuthorization3'), required: true },
    documentKey('letterOfAuthorizationSmartfren', 'idSidSpecificInfo.letterOfAuthorization4'),
    documentKey('ojkRegulatoryLicense', 'idSidSpecificInfo.regulatoryAgencyLicense'),
    documentKey('npwpDocument', 'idSidSpecificInfo.nomorPokokWajibPajakDocument'),
    documentKey('nibDocument', 'idSidSpecificInfo.nomorIndukBerusahaDocument'),
    documentKey('proofOfSenderIdConnection', 'senderIdInfo.proofOfSenderIdConnection'),
  ],
};

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
  for (const [section, keys] of Object.entries({ ...COMMON_SECTIONS, form: FORM_KEYS[registrationType] ?? [] })) {
    const found = keys.find((k) => k.fieldPath === fieldPath);
    if (found) return { section, key: found.key };
  }
  return undefined;
}
