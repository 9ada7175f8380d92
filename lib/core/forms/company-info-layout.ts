import { FormKey, choiceKey, documentKey, optionalTextKey, textKey } from './form-keys';
import { FieldAttachmentLimit, FormRules } from './form-rules';

/**
 * The layout the UK and Singapore forms share: the address in "Company info", the use case description as "Use case
 * details" (as the toll-free form does), a point of contact by name, the use case category as the form spells it and a
 * letter of authorization of at most 400 KB. The two forms differ in the contact's email and phone paths, the letter's
 * format and what else each asks.
 */
export interface CompanyInfoLayout {
  readonly registrationType: string;
  /** Where the contact's email goes; the common form's `contactInfo.emailAddress` unless the form names another. */
  readonly contactEmailPath?: string;
  /** Where the contact's phone goes; the common form's `contactInfo.phoneNumber` unless the form names another. */
  readonly contactPhonePath?: string;
  /** The one format the letter of authorization may take (PDF, PNG). */
  readonly letterFormat: string;
  /** Where the letter's limit is stated. */
  readonly letterSource: string;
}

/** The use case categories as both forms spell them. */
const CATEGORIES = ['Two-factor authentication', 'One-time passwords', 'Notifications', 'Polling and surveys', 'Info on demand',
  'Promotions and Marketing', 'Other'];

const LETTER_PATH = 'senderIdInfo.letterOfAuthorization';

/** The keys both forms ask beyond the shared fields; the form adds its own after them. */
const LAYOUT_KEYS: readonly FormKey[] = [
  textKey('contactFirstName', 'contactInfo.firstName'),
  textKey('contactLastName', 'contactInfo.lastName'),
  choiceKey('useCaseCategory', 'messagingUseCase.useCaseCategory', CATEGORIES),
  documentKey('letterOfAuthorization', LETTER_PATH),
  optionalTextKey('senderIdDescription', 'senderIdInfo.senderIdDescription'),
];

/** The rules a form of this layout has by its layout; the form's folder adds the rest. */
export function companyInfoLayoutRules(layout: CompanyInfoLayout, ownKeys: readonly FormKey[] = []): FormRules {
  const letterLimit: FieldAttachmentLimit = {
    fieldPath: LETTER_PATH, maxBytes: 400 * 1024, formats: [layout.letterFormat], source: layout.letterSource,
  };
  return {
    registrationType: layout.registrationType,
    sharedFields: {
      'companyInfo.companyName': 'companyInfo.companyName',
      'companyInfo.companyId': 'companyInfo.companyId',
      'companyInfo.website': 'companyInfo.website',
      'companyAddress.address1': 'companyInfo.address1',
      'companyAddress.address2': 'companyInfo.address2',
      'companyAddress.city': 'companyInfo.city',
      'companyAddress.state': 'companyInfo.state',
      'companyAddress.zipCode': 'companyInfo.zipCode',
      'companyAddress.isoCountryCode': 'companyInfo.isoCountryCode',
      'contactInfo.emailAddress': layout.contactEmailPath ?? 'contactInfo.emailAddress',
      'contactInfo.phoneNumber': layout.contactPhonePath ?? 'contactInfo.phoneNumber',
      'messagingUseCase.monthlyMessageVolume': 'messagingUseCase.monthlyMessageVolume',
      'messagingUseCase.useCaseDescription': 'messagingUseCase.useCaseDetails',
    },
    attachmentLimits: [letterLimit],
    typedKeys: [...LAYOUT_KEYS, ...ownKeys],
  };
}
