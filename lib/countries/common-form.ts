import { sharedFieldPath } from '../core/forms';
import { SENDER_ID_FIELD } from '../core/forms/common-fields';
import { AreaOfBusiness, MonthlyMessageVolume, UseCaseCategory } from '../enums';
import { RegistrationField } from '../registration-field';
import type { RegistrationForm } from '../registration-form';

/**
 * The common part of every `<ISO2>_SENDER_ID_REGISTRATION` form: the company, its address, a point of
 * contact, the use case and message samples. Field paths as in the catalog files (lib/core/forms/catalog/).
 */

/** The company that sends the messages. */
export interface CompanyInfo {
  /**
   * Legal name of the company (`companyInfo.companyName`), 1-100 characters.
   */
  readonly legalName: string;

  /**
   * Tax or business registration number (`companyInfo.companyId`): alphanumeric, 1-30 characters.
   *
   * India: the CIN or GSTIN; Indonesia: the NIB or NPWP number.
   */
  readonly registrationNumber: string;

  /**
   * The company's public website (`companyInfo.website`), starting with http:// or https://.
   */
  readonly website: string;

  /**
   * The vertical closest to the company's business (`companyInfo.areaOfBusiness`).
   */
  readonly areaOfBusiness: AreaOfBusiness;
}

/** The company's registered address. */
export interface CompanyAddress {
  /** First address line (`companyAddress.address1`). */
  readonly line1: string;

  /**
   * Second address line (`companyAddress.address2`).
   *
   * No public source confirms this field path (the console shows the field without one), so synth
   * warns `sender-id-registration:unconfirmedFieldPath:companyAddress.address2` when it is set.
   *
   * @default - no second line
   */
  readonly line2?: string;

  /** City (`companyAddress.city`). */
  readonly city: string;

  /**
   * State or province (`companyAddress.state`).
   *
   * No public source confirms this field path, so synth warns
   * `sender-id-registration:unconfirmedFieldPath:companyAddress.state` when it is set.
   *
   * @default - no state or province
   */
  readonly stateOrProvince?: string;

  /**
   * Postal code (`companyAddress.zipCode`).
   *
   * No public source confirms this field path, so synth warns
   * `sender-id-registration:unconfirmedFieldPath:companyAddress.zipCode` when it is set.
   *
   * @default - no postal code
   */
  readonly postalCode?: string;

  /**
   * Two-letter ISO 3166-1 country code of the address (`companyAddress.isoCountryCode`), e.g. `IN`.
   *
   * Indonesia: an address in `ID` makes the company local, which requires more documents.
   */
  readonly isoCountryCode: string;
}

/** Who AWS contacts about the registration. */
export interface ContactInfo {
  /** Email address (`contactInfo.emailAddress`). */
  readonly email: string;

  /** Phone number in E.164 format, e.g. `+12065550100` (`contactInfo.phoneNumber`). */
  readonly phone: string;
}

/** What the messages are for. */
export interface MessagingUseCase {
  /**
   * Category of the messages (`messagingUseCase.useCaseCategory`).
   *
   * India does not accept PROMOTIONS_AND_MARKETING.
   */
  readonly category: UseCaseCategory;

  /** What you send and why (`messagingUseCase.useCaseDescription`), up to 500 characters. */
  readonly description: string;

  /** Expected messages per month (`messagingUseCase.monthlyMessageVolume`). */
  readonly monthlyVolume: MonthlyMessageVolume;

  /**
   * How recipients opt in (`messagingUseCase.optInDescription`): 40-500 characters, no leading or
   * trailing spaces.
   */
  readonly optInDescription: string;
}

/** The typed common form, as the construct receives it. */
export interface CommonFormValues {
  readonly company: CompanyInfo;
  readonly address: CompanyAddress;
  readonly contact: ContactInfo;
  readonly useCase: MessagingUseCase;
  readonly messageSamples: string[];
}

/** How many message samples the form has room for (messageSamples.messageSample1..3). */
export const MAX_MESSAGE_SAMPLES = 3;

/**
 * The common form's values as fields, where `registrationType`'s form keeps them (its folder's sharedFields): a form
 * without an address (Finland, Austria) gets none. The sender ID is placed by the country; samples are on every form.
 */
export function commonFormFields(values: CommonFormValues, registrationType: string): RegistrationField[] {
  return usualCommonFields(values).flatMap((field) => {
    const placed = sharedFieldPath(registrationType, field.fieldPath);
    if (placed === undefined) return [];
    if (placed === field.fieldPath) return [field];
    // The shared fields are TEXT or SELECT, never documents.
    return [field.textValue !== undefined
      ? RegistrationField.text(placed, field.textValue)
      : RegistrationField.select(placed, field.selectChoices ?? [])];
  });
}

function usualCommonFields(values: CommonFormValues): RegistrationField[] {
  const { company, address, contact, useCase } = values;
  const optional = (path: string, value: string | undefined) => (value === undefined ? [] : [RegistrationField.text(path, value)]);
  return [
    RegistrationField.text('companyInfo.companyName', company.legalName),
    RegistrationField.text('companyInfo.companyId', company.registrationNumber),
    RegistrationField.text('companyInfo.website', company.website),
    RegistrationField.select('companyInfo.areaOfBusiness', [company.areaOfBusiness.value]),
    RegistrationField.text('companyAddress.address1', address.line1),
    ...optional('companyAddress.address2', address.line2),
    RegistrationField.text('companyAddress.city', address.city),
    ...optional('companyAddress.state', address.stateOrProvince),
    ...optional('companyAddress.zipCode', address.postalCode),
    RegistrationField.text('companyAddress.isoCountryCode', address.isoCountryCode),
    RegistrationField.text('contactInfo.emailAddress', contact.email),
    RegistrationField.text('contactInfo.phoneNumber', contact.phone),
    RegistrationField.select('messagingUseCase.useCaseCategory', [useCase.category.value]),
    RegistrationField.text('messagingUseCase.useCaseDescription', useCase.description),
    RegistrationField.select('messagingUseCase.monthlyMessageVolume', [useCase.monthlyVolume.value]),
    RegistrationField.text('messagingUseCase.optInDescription', useCase.optInDescription),
  ];
}

/** The message samples, on every sender ID form at the same paths. */
export function messageSampleFields(samples: readonly string[]): RegistrationField[] {
  // Extra samples are reported by the construct's own check, not silently dropped here.
  return samples.slice(0, MAX_MESSAGE_SAMPLES).map((sample, i) => RegistrationField.text(`messageSamples.messageSample${i + 1}`, sample));
}


/** Sender ID field shared by every sender ID form we know. */
export function senderIdField(senderId: string): RegistrationField {
  return RegistrationField.text(SENDER_ID_FIELD, senderId);
}

/**
 * Every value the typed props give, in the order later values win: the sender ID, the shared fields where this form
 * keeps them (a form without an address, such as Finland's, gets none), the samples, then the form's own fields.
 */
export function typedFormFields(props: CommonFormValues & { readonly senderId: string; readonly form: RegistrationForm }): RegistrationField[] {
  const type = props.form.registrationType;
  return [senderIdField(props.senderId), ...commonFormFields(props, type), ...messageSampleFields(props.messageSamples), ...props.form.fields];
}
