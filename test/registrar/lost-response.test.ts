import {
  ConflictException, CreateRegistrationCommand, DescribeRegistrationFieldValuesCommand, DescribeRegistrationsCommand,
  PutRegistrationFieldValueCommand, SubmitRegistrationVersionCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import { connectRegistrarAdmin } from '../../tools/registrar';
import { clientFor, INDIA_VALUES, putValues, rejectionOf, useRegistrar } from './helpers';

/**
 * failAfterApply: the call is applied and its response lost (the connection is dropped unanswered).
 * The SDK's standard retry strategy treats the reset as transient and sends the call again, so what
 * the retry meets is what a caller on a real network meets after a lost response.
 */

const { client, registrar } = useRegistrar();

beforeEach(() => {
  registrar().admin.resetFaults();
  registrar().admin.clearCallLog();
});

function outcomes(operation: string): string[] {
  return registrar().admin.callLog().filter((c) => c.operation === operation).map((c) => c.outcome);
}

async function newIndia(): Promise<string> {
  return (await client().send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }))).RegistrationId!;
}

describe('a lost response (failAfterApply)', () => {
  test('without retries the caller sees a network error, yet the call was applied', async () => {
    const noRetries = clientFor(registrar(), 1);
    const before = registrar().admin.dumpState().registrations.length;
    registrar().admin.failAfterApply('CreateRegistration');
    const error = await rejectionOf(noRetries.send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' })));
    noRetries.destroy();
    // Node's ECONNRESET, which the SDK's http handler reports as a transient TimeoutError.
    expect(error.message).toContain('socket hang up');
    expect(error.$metadata?.httpStatusCode).toBeUndefined();
    expect(registrar().admin.dumpState().registrations.length).toBe(before + 1);
    expect(outcomes('CreateRegistration')).toEqual(['lost-after-apply']);
  });

  test('CreateRegistration with a ClientToken: the SDK retries, the retry returns the same id, and there is exactly one registration', async () => {
    const before = (await client().send(new DescribeRegistrationsCommand({ MaxResults: 100 }))).Registrations!.length;
    registrar().admin.failAfterApply('CreateRegistration');
    const created = await client().send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION', ClientToken: 'lost-1' }));

    const calls = registrar().admin.callLog().filter((c) => c.operation === 'CreateRegistration');
    expect(calls.map((c) => [c.outcome, c.attempt])).toEqual([['lost-after-apply', 1], ['ok', 2]]);
    expect(calls[1].invocationId).toBe(calls[0].invocationId);
    const after = (await client().send(new DescribeRegistrationsCommand({ MaxResults: 100 }))).Registrations!;
    expect(after.length).toBe(before + 1);
    expect(after.map((r) => r.RegistrationId)).toContain(created.RegistrationId);
  });

  test('CreateRegistration without a ClientToken from the caller: the SDK fills one in and resends it, so still one registration', async () => {
    const before = registrar().admin.dumpState().registrations.length;
    registrar().admin.failAfterApply('CreateRegistration');
    await client().send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    const [lost, retry] = registrar().admin.callLog().filter((c) => c.operation === 'CreateRegistration');
    expect(lost.params.ClientToken).toEqual(expect.any(String));
    expect(retry.params.ClientToken).toBe(lost.params.ClientToken);
    expect(registrar().admin.dumpState().registrations.length).toBe(before + 1);
  });

  test('PutRegistrationFieldValue: the value is written, and the retry writes it again without harm', async () => {
    const id = await newIndia();
    registrar().admin.failAfterApply('PutRegistrationFieldValue');
    await client().send(new PutRegistrationFieldValueCommand({ RegistrationId: id, FieldPath: 'senderIdInfo.senderId', TextValue: 'EXMPL' }));
    expect(outcomes('PutRegistrationFieldValue')).toEqual(['lost-after-apply', 'ok']);
    const values = await client().send(new DescribeRegistrationFieldValuesCommand({ RegistrationId: id }));
    expect(values.RegistrationFieldValues).toEqual([{ FieldPath: 'senderIdInfo.senderId', TextValue: 'EXMPL' }]);
  });

  test('SubmitRegistrationVersion: the retry meets ConflictException REGISTRATION_ALREADY_SUBMITTED, and the version is submitted', async () => {
    const id = await newIndia();
    await putValues(client(), id, INDIA_VALUES);
    registrar().admin.failAfterApply('SubmitRegistrationVersion');
    const error = await rejectionOf(client().send(new SubmitRegistrationVersionCommand({ RegistrationId: id })));
    expect(error).toBeInstanceOf(ConflictException);
    expect(error.Reason).toBe('REGISTRATION_ALREADY_SUBMITTED');
    expect(outcomes('SubmitRegistrationVersion')).toEqual(['lost-after-apply', 'ConflictException']);
    const [registration] = (await client().send(new DescribeRegistrationsCommand({ RegistrationIds: [id] }))).Registrations!;
    expect(registration.RegistrationStatus).toBe('SUBMITTED');
  });

  test('afterCalls lets that many applied calls answer first; a refused call neither counts nor is lost', async () => {
    const noRetries = clientFor(registrar(), 1);
    registrar().admin.failAfterApply('CreateRegistration', 1, 1);
    const refused = await rejectionOf(noRetries.send(new CreateRegistrationCommand({ RegistrationType: 'XX_SENDER_ID_REGISTRATION' })));
    expect(refused.Reason).toBe('UNKNOWN_REGISTRATION_TYPE');
    await noRetries.send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    await rejectionOf(noRetries.send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' })));
    await noRetries.send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    noRetries.destroy();
    expect(outcomes('CreateRegistration')).toEqual(['ValidationException', 'ok', 'lost-after-apply', 'ok']);
  });

  test('the HTTP admin API sets it too, and resetFaults clears it', async () => {
    const remote = connectRegistrarAdmin(registrar().url);
    await remote.failAfterApply('DescribeRegistrations', 2);
    await client().send(new DescribeRegistrationsCommand({}));
    expect(outcomes('DescribeRegistrations')).toEqual(['lost-after-apply', 'lost-after-apply', 'ok']);
    await remote.failAfterApply('DescribeRegistrations');
    await remote.resetFaults();
    await client().send(new DescribeRegistrationsCommand({}));
    expect(outcomes('DescribeRegistrations')).toEqual(['lost-after-apply', 'lost-after-apply', 'ok', 'ok']);
    await expect(remote.failAfterApply('DescribeRegistration')).rejects.toThrow('Unknown operation DescribeRegistration');
  });
});
