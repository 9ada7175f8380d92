/**
 * Choices of the common sender ID form, as typed constants so an invalid choice does not compile.
 * The string values are the SelectValidation options exactly as the service spells them.
 */

/** The vertical that most closely matches the company's business (`companyInfo.areaOfBusiness`). */
export enum AreaOfBusiness {
  AGRICULTURE = 'Agriculture',
  COMMUNICATION = 'Communication',
  CONSTRUCTION = 'Construction',
  EDUCATION = 'Education',
  ENERGY = 'Energy',
  ENTERTAINMENT = 'Entertainment',
  FINANCIAL = 'Financial',
  GOVERNMENT = 'Government',
  HEALTHCARE = 'Healthcare',
  HOSPITALITY = 'Hospitality',
  INSURANCE = 'Insurance',
  MANUFACTURING = 'Manufacturing',
  REAL_ESTATE = 'Real estate',
  RETAIL = 'Retail',
  TECHNOLOGY = 'Technology',
  OTHER = 'Other',
}

/**
 * What the messages are for (`messagingUseCase.useCaseCategory`).
 *
 * India does not accept PROMOTIONS_AND_MARKETING; synth validation refuses it there.
 */
export enum UseCaseCategory {
  ONE_TIME_PASSCODES = 'One-time passcodes',
  ACCOUNT_OR_SECURITY_ALERTS = 'Account or security alerts',
  PURCHASE_OR_DELIVERY_NOTIFICATIONS = 'Purchase or delivery notifications',
  PUBLIC_SERVICE_ANNOUNCEMENTS = 'Public service announcements',
  POLLING_AND_SURVEYS = 'Polling and surveys',
  INFO_ON_DEMAND = 'Info on demand',
  PROMOTIONS_AND_MARKETING = 'Promotions and marketing',
  OTHER = 'Other',
}

/** Estimated SMS per month from this sender ID (`messagingUseCase.monthlyMessageVolume`). */
export enum MonthlyMessageVolume {
  UP_TO_10 = '10',
  UP_TO_100 = '100',
  UP_TO_1_000 = '1,000',
  UP_TO_10_000 = '10,000',
  UP_TO_100_000 = '100,000',
  UP_TO_250_000 = '250,000',
  UP_TO_500_000 = '500,000',
  UP_TO_750_000 = '750,000',
  UP_TO_1_000_000 = '1,000,000',
  UP_TO_5_000_000 = '5,000,000',
  OVER_10_000_000 = '10,000,000+',
}
