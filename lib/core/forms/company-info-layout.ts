/**
 * Where the UK and Singapore forms keep the shared fields: the address in "Company info" and the use case description as
 * "Use case details", as the toll-free form does. The two forms differ only in the contact's email and phone paths.
 */
export function companyInfoLayout(contactEmailPath: string, contactPhonePath: string): Readonly<Record<string, string>> {
  return {
    'companyInfo.companyName': 'companyInfo.companyName',
    'companyInfo.companyId': 'companyInfo.companyId',
    'companyInfo.website': 'companyInfo.website',
    'companyAddress.address1': 'companyInfo.address1',
    'companyAddress.address2': 'companyInfo.address2',
    'companyAddress.city': 'companyInfo.city',
    'companyAddress.state': 'companyInfo.state',
    'companyAddress.zipCode': 'companyInfo.zipCode',
    'companyAddress.isoCountryCode': 'companyInfo.isoCountryCode',
    'contactInfo.emailAddress': contactEmailPath,
    'contactInfo.phoneNumber': contactPhonePath,
    'messagingUseCase.monthlyMessageVolume': 'messagingUseCase.monthlyMessageVolume',
    'messagingUseCase.useCaseDescription': 'messagingUseCase.useCaseDetails',
  };
}
