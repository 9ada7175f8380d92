import { documentKey, textKey } from '../form-keys';
import { FormRules } from '../form-rules';
import { AUSTRIA_LINT_RULES } from './lint';

const PAGE = 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-country-reg-at.html (read 2026-12-07)';

/**
 * Austria (RTR): a short form without address, phone, area of business, volume or opt-in, and one that cannot be amended.
 */
export const AUSTRIA: FormRules = {
  registrationType: 'AT_SENDER_ID_REGISTRATION',
  sharedFields: {
    'companyInfo.companyName': 'companyInfo.companyName',
    'contactInfo.emailAddress': 'contactInfo.emailAddress',
    'messagingUseCase.useCaseCategory': 'messagingUseCase.useCaseCategory',
    'messagingUseCase.useCaseDescription': 'messagingUseCase.useCaseDescription',
  },
  senderIdCasing: { caseSensitive: true, source: `Austria page: "Case-sensitive — registering \\"MyBrand\\" does not cover \\"MYBRAND\\"", ${PAGE}` },
  typedKeys: [
    textKey('senderIdDescription', 'senderIdInfo.senderIdDescription'),
    textKey('registeredAddress', 'companyInfo.companyAddress'),
    documentKey('letterOfAuthorization', 'senderIdInfo.letterOfAuthorization', true),
    documentKey('proofOfSenderIdConnection', 'senderIdInfo.proofOfSenderIdConnection'),
  ],
  lintRules: AUSTRIA_LINT_RULES,
  afterSubmit: {
    amendable: false,
    newRegistrationWait: '14-day activation period',
    reRegistrationBlock: 'the sender ID cannot be registered again for 30 days after it is deleted',
    source: 'Austria page: "Once a registration is submitted, the associated information cannot be amended. You must create a new '
      + `registration and wait for the 14-day activation period.", ${PAGE}`,
  },
};
