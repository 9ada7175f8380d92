import { UseCaseCategory } from '../../enums';
import { ALL_USE_CASE_CATEGORIES, commonSenderIdFields } from '../common-sender-id-fields';
import { selectField, textField } from '../field-builders';
import { RegistrationTypeCatalogEntry } from '../types';

/** Chain IDs the India form asks for, by telemarketer. The script sets 1, 2, 3 and 5; there is no 4. */
const CHAIN_IDS: Array<[string, string]> = [
  ['inSidSpecificInfo.chainId1', 'Chain ID: ROUTE LEDGER TECHNOLOGIES PRIVATE LIMITED'],
  ['inSidSpecificInfo.chainId2', 'Chain ID: Karix Mobile Pvt Ltd'],
  ['inSidSpecificInfo.chainId3', 'Chain ID: Sinch Cloud Communication Services India Private Limited'],
  ['inSidSpecificInfo.chainId5', 'Chain ID: Infobip India Private Limited'],
];

export const INDIA: RegistrationTypeCatalogEntry = {
  RegistrationType: 'IN_SENDER_ID_REGISTRATION',
  IsoCountryCode: 'IN',
  SupportedRegions: ['ap-south-1', 'ap-south-2'],
  Provenance: 'Field paths from the AWS-authored India script (blog, 2026-01-07); types inferred from the Put parameter it uses; '
    + 'limits from the blog config comments and the India console docs. Not verbatim API output.',
  FieldDefinitions: [
    textField('senderIdInfo.senderId', 'Sender ID', { MinLength: 3, MaxLength: 6, Pattern: '^[A-Za-z]{3,6}$' },
      { description: '3-6 letters, exactly as registered with TRAI' }),
    textField('inSidSpecificInfo.principalEntityId', 'Principal Entity ID (PEID)', { MaxLength: 30, Pattern: '^[0-9A-Za-z]+$' },
      { description: 'The PEID received after registering with TRAI DLT' }),
    ...CHAIN_IDS.map(([path, title]) => textField(path, title, { MaxLength: 100 })),
    selectField('inSidSpecificInfo.sendingParametersAcknowledgement', 'Acknowledgement of required sending parameters', ['Yes'],
      { description: 'You will pass IN_ENTITY_ID and IN_TEMPLATE_ID when sending to India' }),
    ...commonSenderIdFields(ALL_USE_CASE_CATEGORIES.filter((c) => c !== UseCaseCategory.PROMOTIONS_AND_MARKETING)),
  ],
};
