import { textKey, yesNoKey } from '../form-keys';
import { FormRules } from '../form-rules';
import { INDIA_LINT_RULES } from './lint';
import REGION_RULE from './region-rule.json';

/** India (TRAI DLT): created only where AWS offers the local routes; the DLT ids are what reviewers check, so they are shown. */
export const INDIA: FormRules = {
  registrationType: 'IN_SENDER_ID_REGISTRATION',
  regionRule: REGION_RULE,
  // TRAI DLT ids of the business and its telemarketer chain: what India's reviewers check.
  publicTextFields: [/^inSidSpecificInfo\./],
  typedKeys: [
    textKey('principalEntityId', 'inSidSpecificInfo.principalEntityId'),
    textKey('chainId1', 'inSidSpecificInfo.chainId1'),
    textKey('chainId2', 'inSidSpecificInfo.chainId2'),
    textKey('chainId3', 'inSidSpecificInfo.chainId3'),
    textKey('chainId5', 'inSidSpecificInfo.chainId5'),
    // The form accepts only "Yes": without it the field stays empty, and synth says so.
    yesNoKey('acknowledgeSendingParameters', 'inSidSpecificInfo.sendingParametersAcknowledgement', { yes: 'Yes' }, true),
  ],
  lintRules: INDIA_LINT_RULES,
};
