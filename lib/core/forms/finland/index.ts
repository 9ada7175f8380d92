import { choiceKey } from '../form-keys';
import { FormRules } from '../form-rules';

/** Finland (Traficom order 28 L/2025 M): the company's name, id and website, the use case and samples; no documents. */
export const FINLAND: FormRules = {
  registrationType: 'FI_SENDER_ID_REGISTRATION',
  sharedFields: {
    'companyInfo.companyName': 'companyInfo.companyName',
    'companyInfo.companyId': 'companyInfo.companyId',
    'companyInfo.website': 'companyInfo.website',
    'messagingUseCase.useCaseCategory': 'messagingUseCase.useCaseCategory',
    'messagingUseCase.useCaseDescription': 'messagingUseCase.useCaseDescription',
  },
  // The category as Finland's form spells it; without it, the shared props' category is sent.
  typedKeys: [choiceKey('useCaseCategory', 'messagingUseCase.useCaseCategory', ['One-time passwords', 'Account or security alerts',
    'Purchase or delivery notifications', 'Public service announcements', 'Polling and surveys', 'Info on demand', 'Promotions and marketing',
    'Other'], false)],
};
