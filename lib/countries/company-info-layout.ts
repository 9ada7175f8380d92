/**
 * What the UK and Singapore forms both ask beyond the shared props: the two forms share one layout (the address in
 * "Company info", "Use case details", a point of contact by name), as their form folders do.
 */
export interface CompanyInfoLayoutProps {
  /** First name of the business's point of contact (`contactInfo.firstName`, path unconfirmed). */
  readonly contactFirstName: string;

  /** Last name of the business's point of contact (`contactInfo.lastName`, path unconfirmed). */
  readonly contactLastName: string;

  /**
   * The use case category as these forms spell it (`messagingUseCase.useCaseCategory`): Two-factor authentication,
   * One-time passwords, Notifications, Polling and surveys, Info on demand, Promotions and Marketing or Other.
   */
  readonly useCaseCategory: string;

  /**
   * How the sender ID relates to the company name (`senderIdInfo.senderIdDescription`).
   *
   * @default - none
   */
  readonly senderIdDescription?: string;
}
