import { Attachment } from '../attachment';
import { RegistrationField } from '../registration-field';

/** The Indonesia sender ID form. */
export const INDONESIA_REGISTRATION_TYPE = 'ID_SENDER_ID_REGISTRATION';

/**
 * The Indonesia-specific documents (`idSidSpecificInfo.*`).
 *
 * Every company needs the XL Axiata letter of authorization. A company whose address is in Indonesia
 * also needs the Telkomsel, IOH and Smartfren letters and the NPWP and NIB documents. Each letter
 * carries a 10,000 IDR materai stamp and the company stamp.
 */
export interface IndonesiaSenderIdProps {
  /**
   * Letter of authorization for Telkomsel (`idSidSpecificInfo.letterOfAuthorization1`).
   *
   * @default - none; required when the company address is in Indonesia
   */
  readonly letterOfAuthorizationTelkomsel?: Attachment;

  /**
   * Letter of authorization for IOH, Indosat Ooredoo Hutchison (`idSidSpecificInfo.letterOfAuthorization2`).
   *
   * @default - none; required when the company address is in Indonesia
   */
  readonly letterOfAuthorizationIoh?: Attachment;

  /** Letter of authorization for XL Axiata (`idSidSpecificInfo.letterOfAuthorization3`), required for every company. */
  readonly letterOfAuthorizationXlAxiata: Attachment;

  /**
   * Letter of authorization for Smartfren (`idSidSpecificInfo.letterOfAuthorization4`).
   *
   * @default - none; required when the company address is in Indonesia
   */
  readonly letterOfAuthorizationSmartfren?: Attachment;

  /**
   * Operating licence from the Financial Services Authority, OJK (`idSidSpecificInfo.regulatoryAgencyLicense`).
   *
   * @default - none; needed only for money lending
   */
  readonly ojkRegulatoryLicense?: Attachment;

  /**
   * Tax ID document, Nomor Pokok Wajib Pajak (`idSidSpecificInfo.nomorPokokWajibPajakDocument`).
   *
   * @default - none; required when the company address is in Indonesia
   */
  readonly npwpDocument?: Attachment;

  /**
   * Business ID document, Nomor Induk Berusaha (`idSidSpecificInfo.nomorIndukBerusahaDocument`).
   *
   * @default - none; required when the company address is in Indonesia
   */
  readonly nibDocument?: Attachment;

  /**
   * Proof that the sender ID belongs to the company (`senderIdInfo.proofOfSenderIdConnection`).
   *
   * @default - none
   */
  readonly proofOfSenderIdConnection?: Attachment;
}

/** The Indonesia-specific fields: only the documents given. */
export function indonesiaFields(props: IndonesiaSenderIdProps): RegistrationField[] {
  const documents: Array<[string, Attachment | undefined]> = [
    ['idSidSpecificInfo.letterOfAuthorization1', props.letterOfAuthorizationTelkomsel],
    ['idSidSpecificInfo.letterOfAuthorization2', props.letterOfAuthorizationIoh],
    ['idSidSpecificInfo.letterOfAuthorization3', props.letterOfAuthorizationXlAxiata],
    ['idSidSpecificInfo.letterOfAuthorization4', props.letterOfAuthorizationSmartfren],
    ['idSidSpecificInfo.regulatoryAgencyLicense', props.ojkRegulatoryLicense],
    ['idSidSpecificInfo.nomorPokokWajibPajakDocument', props.npwpDocument],
    ['idSidSpecificInfo.nomorIndukBerusahaDocument', props.nibDocument],
    ['senderIdInfo.proofOfSenderIdConnection', props.proofOfSenderIdConnection],
  ];
  return documents.flatMap(([path, document]) => (document ? [RegistrationField.attachment(path, document)] : []));
}
