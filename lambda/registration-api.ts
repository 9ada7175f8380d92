import {
  CreateRegistrationAttachmentCommand, CreateRegistrationCommand, CreateRegistrationVersionCommand, DeleteRegistrationAttachmentCommand,
  DeleteRegistrationCommand, DeleteRegistrationFieldValueCommand, DescribeRegistrationAttachmentsCommand, DescribeRegistrationsCommand,
  DiscardRegistrationVersionCommand, ListTagsForResourceCommand, PinpointSMSVoiceV2Client, PinpointSMSVoiceV2ClientConfig,
  PutRegistrationFieldValueCommand,
  RegistrationFieldDefinition as SdkFieldDefinition, RegistrationInformation, ResourceNotFoundException, SubmitRegistrationVersionCommand,
  TagResourceCommand, UntagResourceCommand, paginateDescribeRegistrationFieldDefinitions, paginateDescribeRegistrationFieldValues,
  paginateDescribeRegistrationVersions, RegistrationVersionInformation,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { FieldValue, FieldValues, RegistrationFieldDefinition } from '../lib/definitions/types';
import { RegistrationSummary } from '../lib/planner/types';
import { TagProperty } from '../lib/resource-properties';

export interface AttachmentSummary {
  readonly attachmentId: string;
  readonly attachmentArn: string;
  readonly status: string;
  readonly errorReason?: string;
}

/**
 * The only module that calls the SMS API. Every call goes through the SDK client, whose standard
 * retry strategy retries throttling with backoff: there are no hand-written retry loops here.
 */
export class RegistrationApi {
  constructor(private readonly client: PinpointSMSVoiceV2Client = defaultClient()) {}

  /** The Region the calls go to: in Lambda the function's own (AWS_REGION), where a registration would be created. */
  async region(): Promise<string> {
    return this.client.config.region();
  }

  /** Every field definition of a registration type, all pages. */
  async fieldDefinitions(registrationType: string): Promise<RegistrationFieldDefinition[]> {
    const definitions: RegistrationFieldDefinition[] = [];
    const pages = paginateDescribeRegistrationFieldDefinitions({ client: this.client }, { RegistrationType: registrationType, MaxResults: 100 });
    for await (const page of pages) {
      definitions.push(...(page.RegistrationFieldDefinitions ?? []).map(fromSdkDefinition));
    }
    return definitions;
  }

  async createRegistration(registrationType: string, clientToken: string, tags: TagProperty[]): Promise<string> {
    const out = await this.client.send(new CreateRegistrationCommand({
      RegistrationType: registrationType, ClientToken: clientToken, Tags: tags.length ? tags : undefined,
    }));
    return out.RegistrationId!;
  }

  /**
   * The registration and its latest version that was not discarded, or undefined when it does not
   * exist (or no longer does). A discarded version holds nothing anyone will review, so the
   * version before it is the one a deploy compares against.
   */
  async describe(registrationId: string): Promise<RegistrationSummary | undefined> {
    const registration = await this.describeRegistration(registrationId);
    if (!registration || registration.RegistrationStatus === 'DELETED') return undefined;
    const versions: RegistrationVersionInformation[] = [];
    for await (const page of paginateDescribeRegistrationVersions({ client: this.client }, { RegistrationId: registrationId })) {
      versions.push(...(page.RegistrationVersions ?? []));
    }
    const latest = versions
      .filter((v) => v.RegistrationVersionStatus !== 'DISCARDED')
      .sort((a, b) => b.VersionNumber! - a.VersionNumber!)[0];
    return {
      registrationId,
      registrationArn: registration.RegistrationArn!,
      registrationType: registration.RegistrationType!,
      registrationStatus: registration.RegistrationStatus!,
      versionNumber: latest?.VersionNumber ?? registration.CurrentVersionNumber!,
      versionStatus: latest?.RegistrationVersionStatus ?? 'DISCARDED',
    };
  }

  private async describeRegistration(registrationId: string): Promise<RegistrationInformation | undefined> {
    try {
      const out = await this.client.send(new DescribeRegistrationsCommand({ RegistrationIds: [registrationId] }));
      return out.Registrations?.[0];
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return undefined;
      throw error;
    }
  }

  /** The values a version holds, all pages, keyed by field path. */
  async fieldValues(registrationId: string, versionNumber: number): Promise<FieldValues> {
    const values: Record<string, FieldValue> = {};
    const pages = paginateDescribeRegistrationFieldValues({ client: this.client }, { RegistrationId: registrationId, VersionNumber: versionNumber });
    for await (const page of pages) {
      for (const v of page.RegistrationFieldValues ?? []) {
        if (v.TextValue !== undefined) values[v.FieldPath!] = { TextValue: v.TextValue };
        else if (v.SelectChoices !== undefined) values[v.FieldPath!] = { SelectChoices: v.SelectChoices };
        else if (v.RegistrationAttachmentId !== undefined) values[v.FieldPath!] = { RegistrationAttachmentId: v.RegistrationAttachmentId };
      }
    }
    return values;
  }

  async putFieldValue(registrationId: string, fieldPath: string, value: FieldValue): Promise<void> {
    await this.client.send(new PutRegistrationFieldValueCommand({ RegistrationId: registrationId, FieldPath: fieldPath, ...value }));
  }

  async deleteFieldValue(registrationId: string, fieldPath: string): Promise<void> {
    await this.client.send(new DeleteRegistrationFieldValueCommand({ RegistrationId: registrationId, FieldPath: fieldPath }));
  }

  async createAttachment(s3Url: string, clientToken: string, tags: TagProperty[]): Promise<string> {
    const out = await this.client.send(new CreateRegistrationAttachmentCommand({ AttachmentUrl: s3Url, ClientToken: clientToken, Tags: tags }));
    return out.RegistrationAttachmentId!;
  }

  async describeAttachments(attachmentIds: string[]): Promise<AttachmentSummary[]> {
    if (attachmentIds.length === 0) return [];
    const out = await this.client.send(new DescribeRegistrationAttachmentsCommand({ RegistrationAttachmentIds: attachmentIds }));
    return (out.RegistrationAttachments ?? []).map((a) => ({
      attachmentId: a.RegistrationAttachmentId!,
      attachmentArn: a.RegistrationAttachmentArn!,
      status: a.AttachmentStatus!,
      errorReason: a.AttachmentUploadErrorReason,
    }));
  }

  /** Deleting an attachment that is already gone is not an error: the goal is reached. */
  async deleteAttachment(attachmentId: string): Promise<void> {
    await ignoreNotFound(this.client.send(new DeleteRegistrationAttachmentCommand({ RegistrationAttachmentId: attachmentId })));
  }

  async submitVersion(registrationId: string, awsReview: boolean): Promise<void> {
    await this.client.send(new SubmitRegistrationVersionCommand({ RegistrationId: registrationId, AwsReview: awsReview }));
  }

  async createVersion(registrationId: string): Promise<number> {
    const out = await this.client.send(new CreateRegistrationVersionCommand({ RegistrationId: registrationId }));
    return out.VersionNumber!;
  }

  async discardVersion(registrationId: string): Promise<void> {
    await this.client.send(new DiscardRegistrationVersionCommand({ RegistrationId: registrationId }));
  }

  /** Returns false when there was nothing to delete. */
  async deleteRegistration(registrationId: string): Promise<boolean> {
    return ignoreNotFound(this.client.send(new DeleteRegistrationCommand({ RegistrationId: registrationId })));
  }

  async listTags(resourceArn: string): Promise<TagProperty[]> {
    const out = await this.client.send(new ListTagsForResourceCommand({ ResourceArn: resourceArn }));
    return (out.Tags ?? []).map((t) => ({ Key: t.Key!, Value: t.Value! }));
  }

  async tag(resourceArn: string, tags: TagProperty[]): Promise<void> {
    await this.client.send(new TagResourceCommand({ ResourceArn: resourceArn, Tags: tags }));
  }

  async untag(resourceArn: string, keys: string[]): Promise<void> {
    await this.client.send(new UntagResourceCommand({ ResourceArn: resourceArn, TagKeys: keys }));
  }
}

async function ignoreNotFound(call: Promise<unknown>): Promise<boolean> {
  try {
    await call;
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return false;
    throw error;
  }
}

/**
 * Standard retry mode retries ThrottlingException with exponential backoff and jitter. Registration
 * APIs allow about one request per second per operation and many registrations deploy at once,
 * so we allow more attempts than the default 3.
 */
export function defaultClient(overrides: PinpointSMSVoiceV2ClientConfig = {}): PinpointSMSVoiceV2Client {
  return new PinpointSMSVoiceV2Client({ retryMode: 'standard', maxAttempts: smsApiMaxAttempts(), ...overrides });
}

/** Attempts per SMS API call (SMS_API_MAX_ATTEMPTS, default 10); the work budget keeps time for the longest such call. */
export function smsApiMaxAttempts(): number {
  return Number(process.env.SMS_API_MAX_ATTEMPTS ?? 10);
}

function fromSdkDefinition(d: SdkFieldDefinition): RegistrationFieldDefinition {
  // The SDK marks every member optional; the service always sends these.
  return d as unknown as RegistrationFieldDefinition;
}
