import { AustraliaSenderIdProps } from '../countries/australia';
import { AustriaSenderIdProps } from '../countries/austria';
import { FinlandSenderIdProps } from '../countries/finland';
import { IndiaSenderIdProps } from '../countries/india';
import { IndonesiaSenderIdProps } from '../countries/indonesia';
import { SingaporeSenderIdProps } from '../countries/singapore';
import { UnitedKingdomSenderIdProps } from '../countries/united-kingdom';
import { RegistrationForm } from '../registration-form';

/** The typed form of each registration type that has `form` keys (record-keys.ts FORM_KEYS), from the values read there. */
export const TYPED_FORMS: Readonly<Record<string, (values: Record<string, unknown>) => RegistrationForm>> = {
  IN_SENDER_ID_REGISTRATION: (values) => RegistrationForm.india(values as unknown as IndiaSenderIdProps),
  ID_SENDER_ID_REGISTRATION: (values) => RegistrationForm.indonesia(values as unknown as IndonesiaSenderIdProps),
  AU_SENDER_ID_REGISTRATION: (values) => RegistrationForm.australia(values as unknown as AustraliaSenderIdProps),
  AT_SENDER_ID_REGISTRATION: (values) => RegistrationForm.austria(values as unknown as AustriaSenderIdProps),
  FI_SENDER_ID_REGISTRATION: (values) => RegistrationForm.finland(values as FinlandSenderIdProps),
  GB_SENDER_ID_REGISTRATION: (values) => RegistrationForm.unitedKingdom(values as unknown as UnitedKingdomSenderIdProps),
  SG_SENDER_ID_REGISTRATION: (values) => RegistrationForm.singapore(values as unknown as SingaporeSenderIdProps),
};

