import {
  CreateRegistrationAttachmentCommand, CreateRegistrationCommand, CreateRegistrationVersionCommand, DescribeAccountLimitsCommand,
  ServiceQuotaExceededException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import { PDF, rejectionOf, useRegistrar } from './helpers';

const { client, registrar } = useRegistrar();
beforeEach(() => registrar().admin.reset());

const createRegistration = (token?: string) => client().send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION', ClientToken: token }));
const createAttachment = () => client().send(new CreateRegistrationAttachmentCommand({ AttachmentBody: PDF }));

async function limits(): Promise<Record<string, { Used?: number; Max?: number }>> {
  const out = await client().send(new DescribeAccountLimitsCommand({}));
  return Object.fromEntries((out.AccountLimits ?? []).map((l) => [l.Name, { Used: l.Used, Max: l.Max }]));
}

describe('account quotas', () => {
  test('DescribeAccountLimits reports registrations and attachments, Used and the configured Max', async () => {
    registrar().admin.setFaults({ accountLimits: { REGISTRATIONS_PER_ACCOUNT: 3, REGISTRATION_ATTACHMENTS_PER_ACCOUNT: 5 } });
    await createRegistration();
    await createAttachment();
    await createAttachment();

    expect(await limits()).toEqual({ REGISTRATIONS: { Used: 1, Max: 3 }, REGISTRATION_ATTACHMENTS: { Used: 2, Max: 5 } });
  });

  test('a registration beyond REGISTRATIONS_PER_ACCOUNT is refused with that Reason; a repeated ClientToken still answers', async () => {
    registrar().admin.setFaults({ accountLimits: { REGISTRATIONS_PER_ACCOUNT: 1 } });
    const first = await createRegistration('token-1');

    const error = await rejectionOf(createRegistration());
    expect(error).toBeInstanceOf(ServiceQuotaExceededException);
    expect((error as ServiceQuotaExceededException).Reason).toBe('REGISTRATIONS_PER_ACCOUNT');
    expect((await createRegistration('token-1')).RegistrationId).toBe(first.RegistrationId);
  });

  test('attachments: per account and per day, each refused with its own Reason', async () => {
    registrar().admin.setFaults({ accountLimits: { REGISTRATION_ATTACHMENTS_CREATED_PER_DAY: 2 } });
    await createAttachment();
    await createAttachment();
    expect(((await rejectionOf(createAttachment())) as ServiceQuotaExceededException).Reason).toBe('REGISTRATION_ATTACHMENTS_CREATED_PER_DAY');

    registrar().admin.reset();
    registrar().admin.setFaults({ accountLimits: { REGISTRATION_ATTACHMENTS_PER_ACCOUNT: 1 } });
    await createAttachment();
    expect(((await rejectionOf(createAttachment())) as ServiceQuotaExceededException).Reason).toBe('REGISTRATION_ATTACHMENTS_PER_ACCOUNT');
  });

  test('versions created per day', async () => {
    registrar().admin.setFaults({ accountLimits: { REGISTRATION_VERSIONS_CREATED_PER_DAY: 1 } });
    const { RegistrationId } = await createRegistration();
    registrar().admin.setVersionStatus(RegistrationId!, 'DENIED');
    await client().send(new CreateRegistrationVersionCommand({ RegistrationId }));
    registrar().admin.setVersionStatus(RegistrationId!, 'DENIED');

    const error = await rejectionOf(client().send(new CreateRegistrationVersionCommand({ RegistrationId })));
    expect((error as ServiceQuotaExceededException).Reason).toBe('REGISTRATION_VERSIONS_CREATED_PER_DAY');
  });

  test('an unknown quota name is refused, so a typo never silently enforces nothing', () => {
    expect(() => registrar().admin.setFaults({ accountLimits: { REGISTRATIONS_PER_ACOUNT: 1 } as never })).toThrow(/Unknown account quota REGISTRATIONS_PER_ACOUNT/);
  });
});
