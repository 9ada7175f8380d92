import { quoted } from './core/validation/message-values';
import { AUSTRALIA_REGISTRATION_TYPE, AustraliaSenderIdProps, australiaFields } from './countries/australia';
import { AUSTRIA_REGISTRATION_TYPE, AustriaSenderIdProps, austriaFields } from './countries/austria';
import { FINLAND_REGISTRATION_TYPE, FinlandSenderIdProps, finlandFields } from './countries/finland';
import { INDIA_REGISTRATION_TYPE, IndiaSenderIdProps, indiaFields } from './countries/india';
import { INDONESIA_REGISTRATION_TYPE, IndonesiaSenderIdProps, indonesiaFields } from './countries/indonesia';
import { SINGAPORE_REGISTRATION_TYPE, SingaporeSenderIdProps, singaporeFields } from './countries/singapore';
import { UNITED_KINGDOM_REGISTRATION_TYPE, UnitedKingdomSenderIdProps, unitedKingdomFields } from './countries/united-kingdom';
import { RegistrationField } from './registration-field';

/**
 * Which registration form to fill, with the fields only that form has.
 *
 * Typed countries come with their own props; any other registration type is reachable through
 * `RegistrationForm.other()`, filled with the common form plus `additionalFields`.
 */
export class RegistrationForm {
  /**
   * India sender ID (`IN_SENDER_ID_REGISTRATION`). The stack must be in ap-south-1 or ap-south-2.
   */
  public static india(props: IndiaSenderIdProps): RegistrationForm {
    return new RegistrationForm(INDIA_REGISTRATION_TYPE, indiaFields(props), props.acknowledgeSendingParameters !== true);
  }

  /**
   * Indonesia sender ID (`ID_SENDER_ID_REGISTRATION`).
   */
  public static indonesia(props: IndonesiaSenderIdProps): RegistrationForm {
    return new RegistrationForm(INDONESIA_REGISTRATION_TYPE, indonesiaFields(props), false);
  }

  /**
   * Australia sender ID (`AU_SENDER_ID_REGISTRATION`, type name unconfirmed). The representative's photo ID identifies a
   * person: declare it from an encrypted S3 object (`Attachment.fromS3Object`).
   */
  public static australia(props: AustraliaSenderIdProps): RegistrationForm {
    return new RegistrationForm(AUSTRALIA_REGISTRATION_TYPE, australiaFields(props), false);
  }

  /**
   * Austria sender ID (`AT_SENDER_ID_REGISTRATION`, type name unconfirmed). Case-sensitive; a submitted registration
   * cannot be amended, so a change after submit makes a new registration.
   */
  public static austria(props: AustriaSenderIdProps): RegistrationForm {
    return new RegistrationForm(AUSTRIA_REGISTRATION_TYPE, austriaFields(props), false);
  }

  /**
   * Finland sender ID (`FI_SENDER_ID_REGISTRATION`, type name unconfirmed): no documents, no address.
   */
  public static finland(props: FinlandSenderIdProps = {}): RegistrationForm {
    return new RegistrationForm(FINLAND_REGISTRATION_TYPE, finlandFields(props), false);
  }

  /**
   * United Kingdom sender ID (`GB_SENDER_ID_REGISTRATION`, type name unconfirmed). A sender ID protected by MEF needs
   * the letter of authorization, and keeps the casing registered with MEF.
   */
  public static unitedKingdom(props: UnitedKingdomSenderIdProps): RegistrationForm {
    return new RegistrationForm(UNITED_KINGDOM_REGISTRATION_TYPE, unitedKingdomFields(props), false);
  }

  /**
   * Singapore sender ID (`SG_SENDER_ID_REGISTRATION`). After submit, register the sender ID with SGNIC.
   */
  public static singapore(props: SingaporeSenderIdProps): RegistrationForm {
    return new RegistrationForm(SINGAPORE_REGISTRATION_TYPE, singaporeFields(props), false);
  }

  /**
   * Any other registration type, e.g. `JO_SENDER_ID_REGISTRATION`: the common form's fields, plus
   * whatever `additionalFields` adds. Types the bundled catalog does not know are validated against
   * the live field definitions at deploy time (before anything is created).
   *
   * @param registrationType the RegistrationType, as DescribeRegistrationTypeDefinitions names it
   */
  public static other(registrationType: string): RegistrationForm {
    if (!/^[A-Za-z0-9_]{1,64}$/.test(registrationType)) {
      throw new Error(`RegistrationForm.other: ${quoted(registrationType)} is not a registration type (1-64 of A-Z, a-z, 0-9, _)`);
    }
    return new RegistrationForm(registrationType, [], false);
  }

  private constructor(
    /** The registration type this form creates, e.g. `IN_SENDER_ID_REGISTRATION`. */
    public readonly registrationType: string,
    /** The country-specific fields of this form. */
    public readonly fields: RegistrationField[],
    /** @internal India's acknowledgement was not given; the construct reports it at synth. */
    public readonly _missingAcknowledgement: boolean,
  ) {}
}
