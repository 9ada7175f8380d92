import {
  CreateRegistrationCommand, CreateRegistrationVersionCommand, DescribeRegistrationFieldValuesCommand, SubmitRegistrationVersionCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import { RunningRegistrar, startRegistrar } from '../../tools/registrar';
import { clientFor, INDIA_VALUES, putValues } from './helpers';

/** Whether a new version starts as a copy or empty is uncertain in the real service, so both are served. */
describe.each(['copy', 'empty'] as const)('newVersionMode %s', (mode) => {
  let registrar: RunningRegistrar;
  beforeAll(async () => {
    registrar = await startRegistrar({ newVersionMode: mode });
  });
  afterAll(() => registrar.close());

  test(`a version created after approval starts ${mode === 'copy' ? 'with the previous values' : 'empty'}`, async () => {
    const client = clientFor(registrar);
    const { RegistrationId: id } = await client.send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    await putValues(client, id!, INDIA_VALUES);
    await client.send(new SubmitRegistrationVersionCommand({ RegistrationId: id! }));
    registrar.admin.approve(id!);
    await client.send(new CreateRegistrationVersionCommand({ RegistrationId: id! }));

    const values = await client.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id!, MaxResults: 100 }));
    expect(values.VersionNumber).toBe(2);
    const paths = values.RegistrationFieldValues!.map((v) => v.FieldPath);
    expect(paths).toEqual(mode === 'copy' ? Object.keys(INDIA_VALUES) : []);
    const v1 = await client.send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id!, VersionNumber: 1, MaxResults: 100 }));
    expect(v1.RegistrationFieldValues).toHaveLength(Object.keys(INDIA_VALUES).length);
    client.destroy();
  });
});
