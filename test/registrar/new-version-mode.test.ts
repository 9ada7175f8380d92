import {
  CreateRegistrationCommand, CreateRegistrationVersionCommand, DescribeRegistrationFieldValuesCommand, SubmitRegistrationVersionCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import { RunningRegistrar, startRegistrar } from '../../tools/registrar';
import { clientFor, INDIA_VALUES, putValues } from './helpers';

/**
 * Two public reports say a new version starts empty, which is the default; 'copy' is kept so callers
 * can be tested against both.
 */
describe.each([
  ['copy', 'copy'], ['empty', 'empty'], ['not given (the default)', undefined],
] as const)('newVersionMode %s', (_label, option) => {
  const mode = option ?? 'empty';
  let registrar: RunningRegistrar;
  beforeAll(async () => {
    registrar = await startRegistrar(option ? { newVersionMode: option } : {});
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
