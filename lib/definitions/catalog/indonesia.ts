import { ALL_USE_CASE_CATEGORIES, commonSenderIdFields } from '../common-sender-id-fields';
import { attachmentField, requiredWhen, textField } from '../field-builders';
import { RegistrationTypeCatalogEntry } from '../types';

/**
 * Documents only Indonesian companies must provide. The real form's ConditionalBehavior is not
 * public; we model "local to Indonesia" as the company address being in ID.
 */
const LOCAL_COMPANY = requiredWhen('companyAddress.isoCountryCode', ['ID']);

export const INDONESIA: RegistrationTypeCatalogEntry = {
  RegistrationType: 'ID_SENDER_ID_REGISTRATION',
  IsoCountryCode: 'ID',
  Provenance: 'Field paths from the AWS-authored Indonesia script (blog, 2026-01-07); REQUIRED/CONDITIONAL/OPTIONAL from its config '
    + 'comments; the condition "company local to Indonesia" is modelled on companyAddress.isoCountryCode. Not verbatim API output.',
  FieldDefinitions: [
    textField('senderIdInfo.senderId', 'Sender ID', { MinLength: 3, MaxLength: 11, Pattern: '^(?=.*[A-Za-z])[A-Za-z0-9]{3,11}$' },
      { description: '3-11 letters or digits, at least one letter' }),
    attachmentField('senderIdInfo.proofOfSenderIdConnection', 'Proof of sender ID connection', { requirement: 'OPTIONAL' }),
    attachmentField('idSidSpecificInfo.letterOfAuthorization1', 'Letter of authorization: Telkomsel', LOCAL_COMPANY),
    attachmentField('idSidSpecificInfo.letterOfAuthorization2', 'Letter of authorization: IOH (Indosat Ooredoo Hutchison)', LOCAL_COMPANY),
    attachmentField('idSidSpecificInfo.letterOfAuthorization3', 'Letter of authorization: XL Axiata'),
    attachmentField('idSidSpecificInfo.letterOfAuthorization4', 'Letter of authorization: Smartfren', LOCAL_COMPANY),
    attachmentField('idSidSpecificInfo.regulatoryAgencyLicense', 'OJK operating licence (money lending only)', { requirement: 'OPTIONAL' }),
    attachmentField('idSidSpecificInfo.nomorPokokWajibPajakDocument', 'NPWP (tax ID) document', LOCAL_COMPANY),
    attachmentField('idSidSpecificInfo.nomorIndukBerusahaDocument', 'NIB (business ID) document', LOCAL_COMPANY),
    ...commonSenderIdFields(ALL_USE_CASE_CATEGORIES),
  ],
};
