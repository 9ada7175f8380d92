export * from './enums';
export { Attachment, S3ObjectAttachmentOptions } from './attachment';
export * from './registration-field';
export { SecretText, SecretTextOptions } from './secret-text';
export * from './registration-form';
export { CompanyInfo, CompanyAddress, ContactInfo, MessagingUseCase } from './countries/common-form';
// One line per typed form: its props module exports only its props interface and its form class (jsii carries both).
export * from './countries/australia';
export * from './countries/austria';
export { CompanyInfoLayoutProps } from './countries/company-info-layout';
export * from './countries/finland';
export * from './countries/india';
export * from './countries/indonesia';
export * from './countries/singapore';
export * from './countries/united-kingdom';
export * from './sender-id-registration';
export { SenderIdRegistrationProps } from './sender-id-registration-props';
export { ISenderIdRegistration, SenderIdRegistrationAttributes, SenderIdRegistrationBase } from './sender-id-registration-base';
export { RegistrationStatus, StatusChangeOptions } from './status-change-events';
// Constants users need are static members (RegistrationProvider.STACK_TAG_KEY, Attachment.MAX_BYTES): jsii carries no free
// constants or functions to other languages, and the custom resource's wire types stay private to the contract module.
export { RegistrationProvider, RegistrationProviderProps } from './registration-provider';
export { SenderIdRegistrationFleet, SenderIdRegistrationFleetProps } from './fleet/sender-id-registration-fleet';
