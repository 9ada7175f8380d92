import { FormRules } from '../form-rules';

const PAGE = 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-country-reg-sg.html (read 2026-12-07)';

/**
 * Singapore (SGNIC's SSIR). Its form is laid out as the UK's: address in "Company info", a support email and phone,
 * "Use case details", no area of business or opt-in. The letter of authorization is a PNG of at most 400 KB.
 */
export const SINGAPORE: FormRules = {
  registrationType: 'SG_SENDER_ID_REGISTRATION',
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
    'contactInfo.emailAddress': 'contactInfo.supportEmail',
    'contactInfo.phoneNumber': 'contactInfo.supportPhoneNumber',
    'messagingUseCase.monthlyMessageVolume': 'messagingUseCase.monthlyMessageVolume',
    'messagingUseCase.useCaseDescription': 'messagingUseCase.useCaseDetails',
  },
  attachmentLimits: [{
    fieldPath: 'senderIdInfo.letterOfAuthorization',
    maxBytes: 400 * 1024,
    formats: ['PNG'],
    source: `Singapore page: "The supported file type is PNG and the maximum file size is 400KB", ${PAGE}`,
  }],
};
