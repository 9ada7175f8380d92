import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { STACK_TAG_KEY } from '../../lib/core/contract/resource-properties';
import SAMPLE_DENIALS from '../../tools/fixtures/sample-denials.json';
import { indiaProperties } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource } from '../support/local-registrar';

/** The stack name in buildEvent's default StackId (tools/rehearsal/cloudformation-events.ts): the value the construct would tag with. */
export const STACK_NAME = 'SenderIds-Test';

/** Personal values planted in the test registrations: none may appear in any output. */
export const PERSONAL_VALUES = ['owner-planted@example.com', '+919812345678', 'AAAPL9876Q', '77 Planted Lane'];

/** India properties as the construct renders them for `STACK_NAME`, with the planted personal values. */
export function managedIndia(senderId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const base = indiaProperties();
  return {
    ...base,
    Fields: {
      ...(base.Fields as object),
      'senderIdInfo.senderId': senderId,
      'contactInfo.emailAddress': PERSONAL_VALUES[0],
      'contactInfo.phoneNumber': PERSONAL_VALUES[1],
      'companyInfo.companyId': PERSONAL_VALUES[2],
      'companyAddress.address1': PERSONAL_VALUES[3],
    },
    Tags: [{ Key: STACK_TAG_KEY, Value: STACK_NAME }, { Key: 'team', Value: 'messaging' }],
    ...overrides,
  };
}

export type ReviewState = 'draft' | 'under review' | 'approved' | 'denied';

/** The reviewer's answer in the 'denied' state, as the service would return it. */
export const DENIAL = SAMPLE_DENIALS.india;

/**
 * Deploy `props` through the real handler (a Create, as CloudFormation sends it), then bring the
 * registration to `state` through the registrar's reviewer. Returns the registration id.
 */
export async function deployedIn(registrar: RunningRegistrar, state: ReviewState, props: Record<string, unknown>): Promise<string> {
  const submitted = state !== 'draft';
  const outcome = await runCustomResource(buildEvent({
    LogicalResourceId: `Registration${String((props.Fields as Record<string, string>)['senderIdInfo.senderId'])}`,
    ResourceProperties: { ...props, Submit: String(submitted) },
  }));
  const id = outcome.physicalResourceId;
  if (state === 'approved') registrar.admin.approve(id);
  if (state === 'denied') registrar.admin.deny(id, DENIAL);
  return id;
}

/** Deploys a managed India registration per entry (key: [state, sender ID]), one after the other; their ids by key. */
export async function deployedEach(registrar: RunningRegistrar, wanted: Record<string, [ReviewState, string]>): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [key, [state, senderId]] of Object.entries(wanted)) ids[key] = await deployedIn(registrar, state, managedIndia(senderId));
  return ids;
}

/** An SDK client on the registrar, as the tools build it from AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2. */
export function toolClient(registrar: RunningRegistrar): PinpointSMSVoiceV2Client {
  return new PinpointSMSVoiceV2Client({
    endpoint: registrar.url, region: 'ap-south-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
}

/** The operations the registrar answered since its call log was last cleared. */
export function operationsCalled(registrar: RunningRegistrar): string[] {
  return [...new Set(registrar.admin.callLog().map((c) => c.operation))].sort();
}
