import { documentKey } from '../form-keys';
import { FormRules } from '../form-rules';

/**
 * Indonesia: any Region, the API's attachment limits for its letters of authorization and documents, and
 * nothing shown beyond the fields every form shares (its NPWP and NIB are tax and business ids).
 */
export const INDONESIA: FormRules = {
  registrationType: 'ID_SENDER_ID_REGISTRATION',
  typedKeys: [
    documentKey('letterOfAuthorizationTelkomsel', 'idSidSpecificInfo.letterOfAuthorization1'),
    documentKey('letterOfAuthorizationIoh', 'idSidSpecificInfo.letterOfAuthorization2'),
    documentKey('letterOfAuthorizationXlAxiata', 'idSidSpecificInfo.letterOfAuthorization3', true),
    documentKey('letterOfAuthorizationSmartfren', 'idSidSpecificInfo.letterOfAuthorization4'),
    documentKey('ojkRegulatoryLicense', 'idSidSpecificInfo.regulatoryAgencyLicense'),
    documentKey('npwpDocument', 'idSidSpecificInfo.nomorPokokWajibPajakDocument'),
    documentKey('nibDocument', 'idSidSpecificInfo.nomorIndukBerusahaDocument'),
    documentKey('proofOfSenderIdConnection', 'senderIdInfo.proofOfSenderIdConnection'),
  ],
};
