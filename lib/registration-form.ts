import { formRules } from './core/forms';
import { FormRules } from './core/forms/form-rules';
import { quoted } from './core/validation/message-values';
import { AustraliaSenderIdForm, AustraliaSenderIdProps } from './countries/australia';
import { AustriaSenderIdForm, AustriaSenderIdProps } from './countries/austria';
import { FinlandSenderIdForm, FinlandSenderIdProps } from './countries/finland';
import { typedKeyFields, typedKeyProblems } from './countries/form-fields';
import { IndiaSenderIdForm, IndiaSenderIdProps } from './countries/india';
import { IndonesiaSenderIdForm, IndonesiaSenderIdProps } from './countries/indonesia';
import { SingaporeSenderIdForm, SingaporeSenderIdProps } from './countries/singapore';
import { UnitedKingdomSenderIdForm, UnitedKingdomSenderIdProps } from './countries/united-kingdom';
import { RegistrationField } from './registration-field';

/**
 * Which registration form to fill, with the fields only that form has.
 *
 * A typed form comes from its country's class (`IndiaSenderIdForm.of(props)`, `AustriaSenderIdForm.of(props)`, ...);
 * any other registration type is reachable through `RegistrationForm.other()`, filled with the common form plus
 * `additionalFields`.
 */
export class RegistrationForm {
  /**
   * India sender ID (`IN_SENDER_ID_REGISTRATION`). The stack must be in ap-south-1 or ap-south-2.
   *
   * @deprecated use `IndiaSenderIdForm.of(props)`
   */
  public static india(props: IndiaSenderIdProps): RegistrationForm {
    return IndiaSenderIdForm.of(props);
  }

  /**
   * Indonesia sender ID (`ID_SENDER_ID_REGISTRATION`).
   *
   * @deprecated use `IndonesiaSenderIdForm.of(props)`
   */
  public static indonesia(props: IndonesiaSenderIdProps): RegistrationForm {
    return IndonesiaSenderIdForm.of(props);
  }

  /**
   * Australia sender ID (`AU_SENDER_ID_REGISTRATION`).
   *
   * @deprecated use `AustraliaSenderIdForm.of(props)`
   */
  public static australia(props: AustraliaSenderIdProps): RegistrationForm {
    return AustraliaSenderIdForm.of(props);
  }

  /**
   * Austria sender ID (`AT_SENDER_ID_REGISTRATION`).
   *
   * @deprecated use `AustriaSenderIdForm.of(props)`
   */
  public static austria(props: AustriaSenderIdProps): RegistrationForm {
    return AustriaSenderIdForm.of(props);
  }

  /**
   * Finland sender ID (`FI_SENDER_ID_REGISTRATION`).
   *
   * @deprecated use `FinlandSenderIdForm.of(props)`
   */
  public static finland(props: FinlandSenderIdProps = {}): RegistrationForm {
    return FinlandSenderIdForm.of(props);
  }

  /**
   * United Kingdom sender ID (`GB_SENDER_ID_REGISTRATION`).
   *
   * @deprecated use `UnitedKingdomSenderIdForm.of(props)`
   */
  public static unitedKingdom(props: UnitedKingdomSenderIdProps): RegistrationForm {
    return UnitedKingdomSenderIdForm.of(props);
  }

  /**
   * Singapore sender ID (`SG_SENDER_ID_REGISTRATION`).
   *
   * @deprecated use `SingaporeSenderIdForm.of(props)`
   */
  public static singapore(props: SingaporeSenderIdProps): RegistrationForm {
    return SingaporeSenderIdForm.of(props);
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
    return new RegistrationForm(registrationType, [], []);
  }

  /**
   * The typed form of a form folder (lib/core/forms/<form>/), filled from props whose members are its typed keys: what
   * every country's class calls, and the fleet for a record of the type.
   *
   * @internal
   */
  public static _typed(form: FormRules, props: object): RegistrationForm {
    if (formRules(form.registrationType) !== form) {
      // A folder left out of FORMS would lose its region rule, limits and lint: refuse it while the form is being added.
      throw new Error(`${form.registrationType}: its form folder is not listed in FORMS of lib/core/forms/all-forms.ts`);
    }
    const keys = form.typedKeys ?? [];
    return new RegistrationForm(form.registrationType, typedKeyFields(keys, props), typedKeyProblems(keys, props, form.registrationType));
  }

  private constructor(
    /** The registration type this form creates, e.g. `IN_SENDER_ID_REGISTRATION`. */
    public readonly registrationType: string,
    /** The country-specific fields of this form. */
    public readonly fields: RegistrationField[],
    /** @internal What the typed values break that validation cannot say; the construct reports them at synth. */
    public readonly _problems: readonly string[],
  ) {}
}
