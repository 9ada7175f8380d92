import {
  CreateRegistrationAttachmentCommand, CreateRegistrationCommand, DescribeRegistrationAttachmentsCommand, DescribeRegistrationsCommand,
  DescribeRegistrationTypeDefinitionsCommand, DescribeRegistrationVersionsCommand, ListTagsForResourceCommand, PinpointSMSVoiceV2Client,
  ResourceNotFoundException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import { catalogEntry } from '../../lib/core/forms/catalog';
import { startRegistrar } from '../../tools/registrar';
import { clientFor, PDF, rawCall, rejectionOf, useRegistrar } from './helpers';

/** The service keeps its state per Region; the registrar reads the Region from each request's SigV4 credential scope. */

const { registrar } = useRegistrar({ region: 'us-east-1' });
let mumbai: PinpointSMSVoiceV2Client;
let singapore: PinpointSMSVoiceV2Client;
beforeAll(() => {
  mumbai = clientFor(registrar(), undefined, 'ap-south-1');
  singapore = clientFor(registrar(), undefined, 'ap-southeast-1');
});
afterAll(() => {
  mumbai.destroy();
  singapore.destroy();
});

function scope(region: string, service = 'sms-voice'): Record<string, string> {
  return { authorization: `AWS4-HMAC-SHA256 Credential=AKID/20261202/${region}/${service}/aws4_request, SignedHeaders=host, Signature=00` };
}

describe('state per Region', () => {
  test('a registration created in ap-south-1 names ap-south-1 in its ARN and is neither listed nor describable from ap-southeast-1', async () => {
    const created = await mumbai.send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    const id = created.RegistrationId!;
    expect(created.RegistrationArn).toBe(`arn:aws:sms-voice:ap-south-1:123456789012:registration/${id}`);

    const listedThere = await singapore.send(new DescribeRegistrationsCommand({ MaxResults: 100 }));
    expect(listedThere.Registrations!.map((r) => r.RegistrationId)).not.toContain(id);
    const byId = await rejectionOf(singapore.send(new DescribeRegistrationsCommand({ RegistrationIds: [id] })));
    expect(byId).toBeInstanceOf(ResourceNotFoundException);
    const versions = await rejectionOf(singapore.send(new DescribeRegistrationVersionsCommand({ RegistrationId: id })));
    expect(versions).toBeInstanceOf(ResourceNotFoundException);

    const listedHere = await mumbai.send(new DescribeRegistrationsCommand({ RegistrationIds: [id] }));
    expect(listedHere.Registrations!.map((r) => r.RegistrationArn)).toEqual([created.RegistrationArn]);
    expect(registrar().admin.callLog().find((c) => c.operation === 'CreateRegistration')?.region).toBe('ap-south-1');
  });

  test('attachments and tags are per Region too: another Region cannot see or list the tags of them', async () => {
    const attachment = await mumbai.send(new CreateRegistrationAttachmentCommand({ AttachmentBody: PDF, Tags: [{ Key: 'doc', Value: 'loa' }] }));
    expect(attachment.RegistrationAttachmentArn).toMatch(/^arn:aws:sms-voice:ap-south-1:123456789012:registration-attachment\//);
    const described = await rejectionOf(singapore.send(new DescribeRegistrationAttachmentsCommand({
      RegistrationAttachmentIds: [attachment.RegistrationAttachmentId!],
    })));
    expect(described).toBeInstanceOf(ResourceNotFoundException);
    const tags = await rejectionOf(singapore.send(new ListTagsForResourceCommand({ ResourceArn: attachment.RegistrationAttachmentArn })));
    expect(tags).toBeInstanceOf(ResourceNotFoundException);
    expect((await mumbai.send(new ListTagsForResourceCommand({ ResourceArn: attachment.RegistrationAttachmentArn }))).Tags)
      .toEqual([{ Key: 'doc', Value: 'loa' }]);
  });

  test('a ClientToken is remembered per Region: the same token in two Regions creates two registrations', async () => {
    const input = { RegistrationType: 'IN_SENDER_ID_REGISTRATION', ClientToken: 'same-token-both-regions' };
    const here = await mumbai.send(new CreateRegistrationCommand(input));
    const there = await singapore.send(new CreateRegistrationCommand(input));
    expect(there.RegistrationId).not.toBe(here.RegistrationId);
    expect(there.RegistrationArn).toMatch(/^arn:aws:sms-voice:ap-southeast-1:/);
    expect((await mumbai.send(new CreateRegistrationCommand(input))).RegistrationId).toBe(here.RegistrationId);
  });

  test('the admin API finds a registration by id in any Region, and the state dump shows each Region apart and all together', async () => {
    const { RegistrationId: id } = await mumbai.send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    registrar().admin.setVersionStatus(id!, 'SUBMITTED');
    expect(registrar().admin.approve(id!)).toEqual({ registrationId: id, versionNumber: 1, status: 'APPROVED' });
    expect((await mumbai.send(new DescribeRegistrationsCommand({ RegistrationIds: [id!] }))).Registrations![0].RegistrationStatus).toBe('COMPLETE');

    const dump = registrar().admin.dumpState();
    const ids = (registrations: unknown[]) => (registrations as { registrationId: string }[]).map((r) => r.registrationId);
    expect(ids(dump.regions['ap-south-1'].registrations)).toContain(id);
    expect(ids(dump.regions['ap-southeast-1'].registrations)).not.toContain(id);
    expect(dump.registrations).toContainEqual(expect.objectContaining({ registrationId: id, region: 'ap-south-1', status: 'COMPLETE' }));
  });

  test('an unsigned request goes to the configured region; a credential scope without a Region or for another service is refused', async () => {
    const unsigned = await rawCall(registrar(), 'CreateRegistration', { RegistrationType: 'IN_SENDER_ID_REGISTRATION' });
    expect(unsigned.body.RegistrationArn).toMatch(/^arn:aws:sms-voice:us-east-1:/);
    const signed = await rawCall(registrar(), 'CreateRegistration', { RegistrationType: 'IN_SENDER_ID_REGISTRATION' }, scope('eu-west-1'));
    expect(signed.body.RegistrationArn).toMatch(/^arn:aws:sms-voice:eu-west-1:/);

    const noRegion = await rawCall(registrar(), 'DescribeRegistrations', {}, { authorization: 'AWS4-HMAC-SHA256 Signature=00' });
    expect([noRegion.status, noRegion.errorType]).toEqual([403, 'IncompleteSignatureException']);
    const otherService = await rawCall(registrar(), 'DescribeRegistrations', {}, scope('eu-west-1', 'sms-voice-v2'));
    expect([otherService.status, otherService.errorType]).toEqual([403, 'InvalidSignatureException']);
  });

  test('catalogByRegion serves other registration types in the Regions it names', async () => {
    const custom = await startRegistrar({ catalogByRegion: { 'ap-southeast-3': [catalogEntry('ID_SENDER_ID_REGISTRATION')!] } });
    const jakarta = clientFor(custom, undefined, 'ap-southeast-3');
    const virginia = clientFor(custom, undefined, 'us-east-1');
    try {
      const types = async (client: PinpointSMSVoiceV2Client) => (
        await client.send(new DescribeRegistrationTypeDefinitionsCommand({ MaxResults: 100 }))
      ).RegistrationTypeDefinitions!.map((t) => t.RegistrationType);
      expect(await types(jakarta)).toEqual(['ID_SENDER_ID_REGISTRATION']);
      expect(await types(virginia)).toEqual(expect.arrayContaining(['ID_SENDER_ID_REGISTRATION', 'IN_SENDER_ID_REGISTRATION']));
    } finally {
      jakarta.destroy();
      virginia.destroy();
      await custom.close();
    }
  });
});
