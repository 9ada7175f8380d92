import {
  DescribeSenderIdsCommand, paginateDescribeRegistrationAttachments, paginateDescribeRegistrationFieldValues, paginateDescribeRegistrations,
  paginateDescribeRegistrationVersions, PinpointSMSVoiceV2Client, RegistrationAttachmentsInformation,
  RegistrationFieldValueInformation, RegistrationInformation, RegistrationVersionInformation, ResourceNotFoundException, SenderIdInformation,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { defaultClient, MAX_RESULTS, RegistrationApi, RegistrationReads } from '../../lambda/tools-api';

/**
 * The SMS API as the follow-up tools (`npm run plan`, `npm run status`) see it: Describe and List
 * calls only. The object has no write method at all, so neither tool can change a registration,
 * whatever its code does; the type says so to the compiler as well.
 */
export interface ReadOnlyRegistrationApi extends RegistrationReads {
  /** Every registration of the account and Region (DescribeRegistrations, all pages). */
  registrations(): Promise<RegistrationInformation[]>;
  /** Every version of a registration, oldest first, with its status history and denial reasons (all pages). */
  versions(registrationId: string): Promise<RegistrationVersionInformation[]>;
  /** A version's field values as the service returns them, with each field's DeniedReason and Feedback (all pages). */
  fieldValueDetails(registrationId: string, versionNumber: number): Promise<RegistrationFieldValueInformation[]>;
  /**
   * The sender ID `senderId` in `isoCountryCode` as DescribeSenderIds describes it, asked for by name: an empty list when the
   * account has none (the service's ResourceNotFoundException).
   */
  senderIds(senderId: string, isoCountryCode: string): Promise<SenderIdInformation[]>;
  /** Every attachment of the account and Region, with its CreatedTimestamp (DescribeRegistrationAttachments, all pages). */
  attachments(): Promise<RegistrationAttachmentsInformation[]>;
  /** The account's counts and their limits by name (DescribeAccountLimits): REGISTRATIONS, REGISTRATION_ATTACHMENTS, … */
  accountLimits(): Promise<Record<string, { readonly used: number; readonly max: number }>>;
}

/**
 * The SDK client the handler uses (standard retries; AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2 and the
 * usual credential and Region settings apply), in the Region given or the environment's.
 */
export function smsClient(region?: string): PinpointSMSVoiceV2Client {
  return defaultClient(region ? { region } : {});
}

export function readOnlyApi(client: PinpointSMSVoiceV2Client): ReadOnlyRegistrationApi {
  // The handler's own reads, so the tools read state exactly as a deploy does.
  const reads = new RegistrationApi(client);
  return {
    describe: (registrationId) => reads.describe(registrationId),
    fieldValues: (registrationId, versionNumber) => reads.fieldValues(registrationId, versionNumber),
    describeAttachments: (attachmentIds) => reads.describeAttachments(attachmentIds),
    listTags: (resourceArn) => reads.listTags(resourceArn),
    accountLimits: () => reads.accountLimits(),
    registrations: async () => {
      const all: RegistrationInformation[] = [];
      for await (const page of paginateDescribeRegistrations({ client }, { MaxResults: MAX_RESULTS })) all.push(...(page.Registrations ?? []));
      return all;
    },
    attachments: async () => {
      const all: RegistrationAttachmentsInformation[] = [];
      for await (const page of paginateDescribeRegistrationAttachments({ client }, { MaxResults: MAX_RESULTS })) {
        all.push(...(page.RegistrationAttachments ?? []));
      }
      return all;
    },
    versions: async (registrationId) => {
      const all: RegistrationVersionInformation[] = [];
      for await (const page of paginateDescribeRegistrationVersions({ client }, { RegistrationId: registrationId, MaxResults: MAX_RESULTS })) {
        all.push(...(page.RegistrationVersions ?? []));
      }
      return all.sort((a, b) => a.VersionNumber! - b.VersionNumber!);
    },
    fieldValueDetails: async (registrationId, versionNumber) => {
      const all: RegistrationFieldValueInformation[] = [];
      const pages = paginateDescribeRegistrationFieldValues(
        { client }, { RegistrationId: registrationId, VersionNumber: versionNumber, MaxResults: MAX_RESULTS },
      );
      for await (const page of pages) all.push(...(page.RegistrationFieldValues ?? []));
      return all;
    },
    // Named, not filtered: grantRead allows DescribeSenderIds on the sender ID's ARN, and a filtered call names no sender ID
    // for the policy to match; a name the account lacks is an error, so it is mapped to "none".
    senderIds: async (senderId, isoCountryCode) => {
      try {
        const named = await client.send(new DescribeSenderIdsCommand({ SenderIds: [{ SenderId: senderId, IsoCountryCode: isoCountryCode }] }));
        return named.SenderIds ?? [];
      } catch (error) {
        if (error instanceof ResourceNotFoundException) return [];
        throw error;
      }
    },
  };
}
