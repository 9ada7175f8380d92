import { AreaOfBusiness, MonthlyMessageVolume, UseCaseCategory } from '../enums';
import { selectField, textField } from './field-builders';
import { RegistrationFieldDefinition } from './types';

/**
 * The common part of every `<ISO2>_SENDER_ID_REGISTRATION` form we have typed.
 *
 * Field paths of required fields come from the AWS-authored scripts that submit India and
 * Indonesia registrations. Limits come from the blog's config comments, the console docs and the
 * verbatim UK subset (company name 1-100, not blank; monthly volume's 11 options). The optional
 * parts (address2, state, zipCode, samples 2-3, sender ID description) appear in the console docs
 * without a field path: their paths follow the naming of the other forms and are unconfirmed, which
 * is harmless because the handler validates against the live definitions before any write.
 */
export function commonSenderIdFields(useCaseCategories: readonly string[]): RegistrationFieldDefinition[] {
  return [
    textField('companyInfo.companyName', 'Company name', { MaxLength: 100 }, { description: 'Legal name of your company', example: 'Example Corp' }),
    textField('companyInfo.companyId', 'Company identification number', { MaxLength: 30, Pattern: '^[A-Za-z0-9]{1,30}$' },
      { description: 'Tax or business registration number, alphanumeric, 1-30 characters' }),
    textField('companyInfo.website', 'Company website', { MaxLength: 500, Pattern: '^https?://\\S+$' }, { example: 'https://example.com' }),
    selectField('companyInfo.areaOfBusiness', 'Area of business', Object.values(AreaOfBusiness)),
    textField('companyAddress.address1', 'Address 1', { MaxLength: 100 }),
    textField('companyAddress.address2', 'Address 2', { MaxLength: 100 }, { requirement: 'OPTIONAL' }),
    textField('companyAddress.city', 'City', { MaxLength: 100 }),
    textField('companyAddress.state', 'State/Province', { MaxLength: 100 }, { requirement: 'OPTIONAL' }),
    textField('companyAddress.zipCode', 'Zip code/Postal code', { MaxLength: 20 }, { requirement: 'OPTIONAL' }),
    textField('companyAddress.isoCountryCode', 'Country', { MinLength: 2, MaxLength: 2, Pattern: '^[A-Z]{2}$' },
      { description: 'Two-letter ISO country code where the address is', example: 'IN' }),
    textField('contactInfo.emailAddress', 'Contact email', { MaxLength: 254, Pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' }),
    textField('contactInfo.phoneNumber', 'Contact phone number', { MinLength: 3, MaxLength: 16, Pattern: '^\\+[1-9][0-9]{1,14}$' },
      { description: 'E.164 phone number of your point of contact', example: '+12065550100' }),
    selectField('messagingUseCase.useCaseCategory', 'Use case category', useCaseCategories),
    textField('messagingUseCase.useCaseDescription', 'Use case description', { MaxLength: 500 }),
    selectField('messagingUseCase.monthlyMessageVolume', 'Monthly SMS volume', Object.values(MonthlyMessageVolume)),
    textField('messagingUseCase.optInDescription', 'Opt-in workflow description', { MinLength: 40, MaxLength: 500, Pattern: '^\\S(?:[\\s\\S]*\\S)?$' },
      { description: '40-500 characters, no leading or trailing spaces' }),
    textField('messageSamples.messageSample1', 'Message sample 1', { MaxLength: 306 }),
    textField('messageSamples.messageSample2', 'Message sample 2', { MaxLength: 306 }, { requirement: 'OPTIONAL' }),
    textField('messageSamples.messageSample3', 'Message sample 3', { MaxLength: 306 }, { requirement: 'OPTIONAL' }),
  ];
}

/** Every use-case category; countries that forbid some pass a filtered list. */
export const ALL_USE_CASE_CATEGORIES: readonly string[] = Object.values(UseCaseCategory);

