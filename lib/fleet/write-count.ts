import { typedFormFields } from '../countries/common-form';
import { SenderIdRegistrationProps } from '../sender-id-registration-props';

/** The write operations a create makes; each has its own quota (1 request/s documented or assumed). */
export type WriteOperation = 'CreateRegistration' | 'CreateRegistrationAttachment' | 'PutRegistrationFieldValue' | 'TagResource'
  | 'SubmitRegistrationVersion';

/**
 * The write calls creating a registration takes, per operation: CreateRegistration, one CreateRegistrationAttachment
 * per document, one PutRegistrationFieldValue per field (documents included), the TagResource that records the
 * documents, and SubmitRegistrationVersion. A create is the longest deploy a record can cause, so placement plans for it.
 */
export function createWritesByOperation(props: SenderIdRegistrationProps): Record<WriteOperation, number> {
  // Later values win, as in the construct: a path set twice is written once.
  const winners = new Map([...typedFormFields(props), ...(props.additionalFields ?? [])]
    .map((field) => [field.fieldPath, field]));
  const documents = [...winners.values()].filter((field) => field.attachmentValue !== undefined).length;
  return {
    CreateRegistration: 1,
    CreateRegistrationAttachment: documents,
    PutRegistrationFieldValue: winners.size,
    TagResource: documents > 0 ? 1 : 0,
    SubmitRegistrationVersion: 1,
  };
}

/** All write calls of a create: placement plans as if they shared one quota, which keeps a stack well inside the hour. */
export function createWriteCount(props: SenderIdRegistrationProps): number {
  return Object.values(createWritesByOperation(props)).reduce((sum, n) => sum + n, 0);
}
