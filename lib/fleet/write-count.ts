import { commonFormFields, senderIdField } from '../countries/common-form';
import { SenderIdRegistrationProps } from '../sender-id-registration';

/**
 * How many write calls creating a registration takes: CreateRegistration, one CreateRegistrationAttachment per
 * document, one PutRegistrationFieldValue per field (documents included), the TagResource that records the documents,
 * and SubmitRegistrationVersion. A create is the longest deploy a record can cause, so placement plans for it.
 */
export function createWriteCount(props: SenderIdRegistrationProps): number {
  // Later values win, as in the construct: a path set twice is written once.
  const winners = new Map([senderIdField(props.senderId), ...commonFormFields(props), ...props.form.fields, ...(props.additionalFields ?? [])]
    .map((field) => [field.fieldPath, field]));
  const documents = [...winners.values()].filter((field) => field.attachmentValue !== undefined).length;
  const documentRecordTag = documents > 0 ? 1 : 0;
  return 1 + documents + winners.size + documentRecordTag + 1;
}
