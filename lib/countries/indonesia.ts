import { Attachment } from '../attachment';
import { INDONESIA } from '../core/forms/indonesia';
import { RegistrationForm } from '../registration-form';

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

/**
 * The Indonesia sender ID form (`ID_SENDER_ID_REGISTRATION`).
 */
export class IndonesiaSenderIdForm {
  /** The form filled with `props`; the shared props and the sender ID come from `SenderIdRegistrationProps`. */
  public static of(props: IndonesiaSenderIdProps): RegistrationForm {
    return RegistrationForm._typed(INDONESIA, props);
  }

  private constructor() {}
}
