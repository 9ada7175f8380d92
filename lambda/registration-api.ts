import {
  CreateRegistrationAttachmentCommand, CreateRegistrationCommand, CreateRegistrationVersionCommand, DeleteRegistrationAttachmentCommand,
  DescribeAccountLimitsCommand, DeleteRegistrationCommand, DeleteRegistrationFieldValueCommand, DescribeRegistrationAttachmentsCommand,
  DescribeRegistrationsCommand, DescribeRegistrationTypeDefinitionsCommand, DiscardRegistrationVersionCommand, ListTagsForResourceCommand,
  PinpointSMSVoiceV2Client, PinpointSMSVoiceV2ClientConfig, PutRegistrationFieldValueCommand,
  RegistrationFieldDefinition as SdkFieldDefinition, RegistrationInformation, ResourceNotFoundException, SubmitRegistrationVersionCommand,
  TagResourceCommand, UntagResourceCommand, paginateDescribeRegistrationFieldDefinitions, paginateDescribeRegistrationFieldValues,
  paginateDescribeRegistrationVersions,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { TagProperty } from '../lib/core/contract/resource-properties';
import { FieldValue, FieldValues, fromServiceValue, toServiceValue } from '../lib/core/field-value';
import { RegistrationFieldDefinition, SupportedAssociation } from '../lib/core/forms/types';
import {
  latestLiveVersion, parseRegistrationStatus, parseVersionStatus, RegistrationStatusName, VersionStatusName,
} from '../lib/core/lifecycle/statuses';
import { RegistrationSummary } from '../lib/core/lifecycle/types';
import { ListedAttachment } from '../lib/core/lifecycle/unbound-attachments';
import { causeOf, during } from './operation-error';
import { readSettings } from './settings';

/** The service's limits on one Describe call (its model): at most 5 ids per list, pages of 1 to 100. */
export const MAX_IDS_PER_DESCRIBE = 5;
export const MAX_RESULTS = 100;

/** `items` in lists of at most `size`, for the id lists the model caps. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What a version call answered: the version it acted on and that version's status now. */
export interface VersionChange {
  readonly versionNumber: number;
  readonly versionStatus: VersionStatusName;
}

export interface AttachmentSummary {
  readonly attachmentId: string;
  readonly attachmentArn: string;
  readonly status: string;
  readonly errorReason?: string;
}

/**
 * The only module that calls the SMS API. Every call goes through the SDK client, whose standard
 * retry strategy retries throttling with backoff: there are no hand-written retry loops here. A
 * failed call throws an OperationError that names the operation (and the field), with the
 * service's error as its cause.
 */
export class RegistrationApi {
  constructor(private readonly client: PinpointSMSVoiceV2Client = defaultClient()) {}

  /** The Region the calls go to: in Lambda the function's own (AWS_REGION), where a registration would be created. */
  async region(): Promise<string> {
    return this.client.config.region();
  }

  /** The account's counts and their limits (DescribeAccountLimits, all pages), by name: REGISTRATIONS, REGISTRATION_ATTACHMENTS, ... */
  async accountLimits(): Promise<Record<string, { readonly used: number; readonly max: number }>> {
    return during('DescribeAccountLimits', undefined, async () => {
      const limits: Record<string, { used: number; max: number }> = {};
      let nextToken: string | undefined;
      do {
        const page = await this.client.send(new DescribeAccountLimitsCommand({ NextToken: nextToken }));
        for (const l of page.AccountLimits ?? []) limits[l.Name!] = { used: Number(l.Used), max: Number(l.Max) };
        nextToken = page.NextToken;
      } while (nextToken);
      return limits;
    });
  }

  /** How a registration type associates with its origination identity (DescribeRegistrationTypeDefinitions, one read). */
  async supportedAssociations(registrationType: string): Promise<SupportedAssociation[]> {
    const out = await during('DescribeRegistrationTypeDefinitions', registrationType, () => this.client.send(
      new DescribeRegistrationTypeDefinitionsCommand({ RegistrationTypes: [registrationType] }),
    ));
    const definition = (out.RegistrationTypeDefinitions ?? []).find((d) => d.RegistrationType === registrationType);
    return (definition?.SupportedAssociations ?? []) as SupportedAssociation[];
  }

  /** Every field definition of a registration type, all pages. */
  async fieldDefinitions(registrationType: string): Promise<RegistrationFieldDefinition[]> {
    return during('DescribeRegistrationFieldDefinitions', registrationType, async () => {
      const definitions: RegistrationFieldDefinition[] = [];
      const pages = paginateDescribeRegistrationFieldDefinitions(
        { client: this.client }, { RegistrationType: registrationType, MaxResults: MAX_RESULTS },
      );
      for await (const page of pages) definitions.push(...(page.RegistrationFieldDefinitions ?? []).map(fromSdkDefinition));
      return definitions;
    });
  }

  async createRegistration(registrationType: string, clientToken: string, tags: TagProperty[]): Promise<string> {
    const out = await during('CreateRegistration', undefined, () => this.client.send(new CreateRegistrationCommand({
      RegistrationType: registrationType, ClientToken: clientToken, Tags: tags.length ? tags : undefined,
    })));
    return out.RegistrationId!;
  }

  /**
   * The registration and its latest version that was not discarded, or undefined when it does not
   * exist (or no longer does). A discarded version holds nothing anyone will review, so the
   * version before it is the one a deploy compares against. Two reads.
   */
  async describe(registrationId: string): Promise<RegistrationSummary | undefined> {
    const registration = await this.describeRegistration(registrationId);
    if (!registration || registration.RegistrationStatus === 'DELETED') return undefined;
    const latest = latestLiveVersion(await this.versions(registrationId));
    return {
      registrationId,
      registrationArn: registration.RegistrationArn!,
      registrationType: registration.RegistrationType!,
      registrationStatus: parseRegistrationStatus(registration.RegistrationStatus),
      versionNumber: latest?.versionNumber ?? registration.CurrentVersionNumber!,
      versionStatus: latest?.versionStatus ?? 'DISCARDED',
    };
  }

  /** Every version's number and status (DescribeRegistrationVersions, all pages). */
  async versions(registrationId: string): Promise<{ readonly versionNumber: number; readonly versionStatus: VersionStatusName }[]> {
    return during('DescribeRegistrationVersions', undefined, async () => {
      const all: { versionNumber: number; versionStatus: VersionStatusName }[] = [];
      const pages = paginateDescribeRegistrationVersions({ client: this.client }, { RegistrationId: registrationId, MaxResults: MAX_RESULTS });
      for await (const page of pages) {
        all.push(...(page.RegistrationVersions ?? []).map((v) => ({
          versionNumber: v.VersionNumber!, versionStatus: parseVersionStatus(v.RegistrationVersionStatus),
        })));
      }
      return all;
    });
  }

  /** The registration's own status (one read), or undefined when it does not exist. */
  async registrationStatus(registrationId: string): Promise<RegistrationStatusName | undefined> {
    const status = (await this.describeRegistration(registrationId))?.RegistrationStatus;
    return status === undefined ? undefined : parseRegistrationStatus(status);
  }

  private async describeRegistration(registrationId: string): Promise<RegistrationInformation | undefined> {
    const out = await ignoreNotFound('DescribeRegistrations', () => this.client.send(new DescribeRegistrationsCommand({ RegistrationIds: [registrationId] })));
    return out?.Registrations?.[0];
  }

  /** The values a version holds, all pages, keyed by field path. */
  async fieldValues(registrationId: string, versionNumber: number): Promise<FieldValues> {
    return during('DescribeRegistrationFieldValues', undefined, async () => {
      const values: FieldValues = {};
      const pages = paginateDescribeRegistrationFieldValues(
        { client: this.client }, { RegistrationId: registrationId, VersionNumber: versionNumber, MaxResults: MAX_RESULTS },
      );
      for await (const page of pages) {
        for (const v of page.RegistrationFieldValues ?? []) {
          const value = fromServiceValue(v);
          if (value) values[v.FieldPath!] = value;
        }
      }
      return values;
    });
  }

  async putFieldValue(registrationId: string, fieldPath: string, value: FieldValue): Promise<void> {
    await during('PutRegistrationFieldValue', fieldPath, () => this.client.send(new PutRegistrationFieldValueCommand({
      RegistrationId: registrationId, FieldPath: fieldPath, ...toServiceValue(value),
    })));
  }

  async deleteFieldValue(registrationId: string, fieldPath: string): Promise<void> {
    await during('DeleteRegistrationFieldValue', fieldPath, () => this.client.send(new DeleteRegistrationFieldValueCommand({
      RegistrationId: registrationId, FieldPath: fieldPath,
    })));
  }

  async createAttachment(s3Url: string, clientToken: string, tags: TagProperty[]): Promise<string> {
    const out = await during('CreateRegistrationAttachment', undefined, () => this.client.send(new CreateRegistrationAttachmentCommand({
      AttachmentUrl: s3Url, ClientToken: clientToken, Tags: tags,
    })));
    return out.RegistrationAttachmentId!;
  }

  /** The attachments that exist among `attachmentIds` (an unknown or deleted id is left out), 5 ids a call. */
  async describeAttachments(attachmentIds: readonly string[]): Promise<AttachmentSummary[]> {
    const found: AttachmentSummary[] = [];
    for (const ids of chunks([...new Set(attachmentIds)], MAX_IDS_PER_DESCRIBE)) found.push(...await this.describeAttachmentChunk(ids));
    return found;
  }

  private async describeAttachmentChunk(ids: string[]): Promise<AttachmentSummary[]> {
    const out = await ignoreNotFound('DescribeRegistrationAttachments', () => this.client.send(new DescribeRegistrationAttachmentsCommand({
      RegistrationAttachmentIds: ids,
    })));
    if (!out && ids.length > 1) {
      // One unknown id fails the whole call: look the ids up one by one, so the others are still found.
      const found: AttachmentSummary[] = [];
      for (const id of ids) found.push(...await this.describeAttachmentChunk([id]));
      return found;
    }
    return (out?.RegistrationAttachments ?? []).map((a) => ({
      attachmentId: a.RegistrationAttachmentId!,
      attachmentArn: a.RegistrationAttachmentArn!,
      status: a.AttachmentStatus!,
      errorReason: a.AttachmentUploadErrorReason,
    }));
  }

  /**
   * The account's attachments, at most `maxPages` pages of 100 (one read each); `complete` is false when more
   * pages were left unread.
   */
  async listAttachments(maxPages: number): Promise<{ readonly attachments: ListedAttachment[]; readonly complete: boolean }> {
    return during('DescribeRegistrationAttachments', undefined, async () => {
      const attachments: ListedAttachment[] = [];
      let nextToken: string | undefined;
      for (let page = 0; page < maxPages; page++) {
        const out = await this.client.send(new DescribeRegistrationAttachmentsCommand({ MaxResults: MAX_RESULTS, NextToken: nextToken }));
        attachments.push(...(out.RegistrationAttachments ?? []).map((a) => ({
          attachmentId: a.RegistrationAttachmentId!, attachmentArn: a.RegistrationAttachmentArn!, createdAt: a.CreatedTimestamp!.getTime() / 1000,
        })));
        nextToken = out.NextToken;
        if (!nextToken) return { attachments, complete: true };
      }
      return { attachments, complete: false };
    });
  }

  /** Deleting an attachment that is already gone is not an error: the goal is reached. */
  async deleteAttachment(attachmentId: string): Promise<void> {
    await ignoreNotFound('DeleteRegistrationAttachment', () => this.client.send(new DeleteRegistrationAttachmentCommand({
      RegistrationAttachmentId: attachmentId,
    })));
  }

  async submitVersion(registrationId: string, awsReview: boolean): Promise<VersionChange> {
    const out = await during('SubmitRegistrationVersion', undefined, () => this.client.send(new SubmitRegistrationVersionCommand({
      RegistrationId: registrationId, AwsReview: awsReview,
    })));
    return { versionNumber: out.VersionNumber!, versionStatus: parseVersionStatus(out.RegistrationVersionStatus) };
  }

  async createVersion(registrationId: string): Promise<VersionChange> {
    const out = await during('CreateRegistrationVersion', undefined, () => this.client.send(new CreateRegistrationVersionCommand({
      RegistrationId: registrationId,
    })));
    return { versionNumber: out.VersionNumber!, versionStatus: parseVersionStatus(out.RegistrationVersionStatus) };
  }

  async discardVersion(registrationId: string): Promise<void> {
    await during('DiscardRegistrationVersion', undefined, () => this.client.send(new DiscardRegistrationVersionCommand({
      RegistrationId: registrationId,
    })));
  }

  /** Returns false when there was nothing to delete. */
  async deleteRegistration(registrationId: string): Promise<boolean> {
    const out = await ignoreNotFound('DeleteRegistration', () => this.client.send(new DeleteRegistrationCommand({ RegistrationId: registrationId })));
    return out !== undefined;
  }

  async listTags(resourceArn: string): Promise<TagProperty[]> {
    const out = await during('ListTagsForResource', undefined, () => this.client.send(new ListTagsForResourceCommand({ ResourceArn: resourceArn })));
    return (out.Tags ?? []).map((t) => ({ Key: t.Key!, Value: t.Value! }));
  }

  async tag(resourceArn: string, tags: TagProperty[]): Promise<void> {
    await during('TagResource', undefined, () => this.client.send(new TagResourceCommand({ ResourceArn: resourceArn, Tags: tags })));
  }

  async untag(resourceArn: string, keys: string[]): Promise<void> {
    await during('UntagResource', undefined, () => this.client.send(new UntagResourceCommand({ ResourceArn: resourceArn, TagKeys: keys })));
  }
}

/** The call's answer, or undefined when what it names does not exist. */
async function ignoreNotFound<T>(operation: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await during(operation, undefined, call);
  } catch (error) {
    if (causeOf(error) instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

/**
 * Standard retry mode retries ThrottlingException with exponential backoff and jitter. Registration
 * APIs allow about one request per second per operation and many registrations deploy at once,
 * so we allow more attempts than the default 3.
 */
export function defaultClient(
  overrides: PinpointSMSVoiceV2ClientConfig = {}, maxAttempts = readSettings().smsApiMaxAttempts,
): PinpointSMSVoiceV2Client {
  return new PinpointSMSVoiceV2Client({ retryMode: 'standard', maxAttempts, ...overrides });
}

function fromSdkDefinition(d: SdkFieldDefinition): RegistrationFieldDefinition {
  // The SDK marks every member optional; the service always sends these.
  return d as unknown as RegistrationFieldDefinition;
}
