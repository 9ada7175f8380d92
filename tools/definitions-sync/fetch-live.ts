import {
  paginateDescribeRegistrationFieldDefinitions, paginateDescribeRegistrationSectionDefinitions, paginateDescribeRegistrationTypeDefinitions,
  PinpointSMSVoiceV2Client,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { MAX_RESULTS } from '../../lambda/tools-api';

/**
 * The only part of definitions:sync that calls the SMS API, and only its Describe*Definitions
 * operations: the tool is read-only. Every NextToken page is followed (the SDK's paginators), and
 * pages are as large as the service allows (MaxResults 100), since every Describe call shares a ~1 request/second quota.
 */

/** Output exactly as the service returned it, minus the members the SDK leaves undefined. */
export type LiveObject = Record<string, any>;

export interface LiveForm {
  readonly typeDefinition: LiveObject;
  readonly sections: LiveObject[];
  readonly fields: LiveObject[];
}

function plain(value: unknown): LiveObject {
  return JSON.parse(JSON.stringify(value));
}

/** Every registration type the Region offers, by name. */
export async function liveTypeDefinitions(client: PinpointSMSVoiceV2Client): Promise<Map<string, LiveObject>> {
  const types = new Map<string, LiveObject>();
  for await (const page of paginateDescribeRegistrationTypeDefinitions({ client }, { MaxResults: MAX_RESULTS })) {
    for (const type of page.RegistrationTypeDefinitions ?? []) types.set(type.RegistrationType!, plain(type));
  }
  return types;
}

/** The sections and fields of one registration type, all pages. */
export async function liveForm(client: PinpointSMSVoiceV2Client, typeDefinition: LiveObject): Promise<LiveForm> {
  const RegistrationType = typeDefinition.RegistrationType as string;
  const sections: LiveObject[] = [];
  for await (const page of paginateDescribeRegistrationSectionDefinitions({ client }, { RegistrationType, MaxResults: MAX_RESULTS })) {
    sections.push(...(page.RegistrationSectionDefinitions ?? []).map(plain));
  }
  const fields: LiveObject[] = [];
  for await (const page of paginateDescribeRegistrationFieldDefinitions({ client }, { RegistrationType, MaxResults: MAX_RESULTS })) {
    fields.push(...(page.RegistrationFieldDefinitions ?? []).map(plain));
  }
  return { typeDefinition, sections, fields };
}
