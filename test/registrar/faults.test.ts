import {
  CreateRegistrationCommand, DescribeRegistrationsCommand, DescribeRegistrationTypeDefinitionsCommand, ThrottlingException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import { connectRegistrarAdmin } from '../../tools/registrar';
import { clientFor, rejectionOf, useRegistrar } from './helpers';

const { client, registrar } = useRegistrar();

beforeEach(() => {
  registrar().admin.resetFaults();
  registrar().admin.clearCallLog();
});

describe('fault injection and the call log', () => {
  test('failNext fails exactly the next n calls of that operation, with the error asked for', async () => {
    registrar().admin.failNext('CreateRegistration', 2, 'AccessDeniedException');
    const noRetries = clientFor(registrar(), 1);
    for (let i = 0; i < 2; i++) {
      const error = await rejectionOf(noRetries.send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' })));
      expect(error.name).toBe('AccessDeniedException');
    }
    await noRetries.send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    await noRetries.send(new DescribeRegistrationsCommand({}));
    noRetries.destroy();
    expect(registrar().admin.callLog().map((c) => [c.operation, c.outcome])).toEqual([
      ['CreateRegistration', 'AccessDeniedException'],
      ['CreateRegistration', 'AccessDeniedException'],
      ['CreateRegistration', 'ok'],
      ['DescribeRegistrations', 'ok'],
    ]);
  });

  test('failNext with afterCalls lets that many calls through first, then fails the next n', async () => {
    registrar().admin.failNext('CreateRegistration', 1, 'AccessDeniedException', 2);
    const noRetries = clientFor(registrar(), 1);
    const outcomes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const error = await rejectionOf(noRetries.send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }))).catch(() => undefined);
      outcomes.push(error?.name ?? 'ok');
    }
    noRetries.destroy();
    expect(outcomes).toEqual(['ok', 'ok', 'AccessDeniedException', 'ok']);
  });

  test('the default injected failure is a 500 InternalServerException, which the SDK retries', async () => {
    registrar().admin.failNext('DescribeRegistrations', 1);
    await client().send(new DescribeRegistrationsCommand({}));
    const calls = registrar().admin.callLog();
    expect(calls.map((c) => c.outcome)).toEqual(['InternalServerException', 'ok']);
    expect(calls[1].invocationId).toBe(calls[0].invocationId);
  });

  test('with a throttle rate the SDK standard retry strategy retries the ThrottlingException and the call succeeds', async () => {
    registrar().admin.setFaults({ throttleRate: 0.5 });
    await client().send(new DescribeRegistrationTypeDefinitionsCommand({}));
    await client().send(new DescribeRegistrationTypeDefinitionsCommand({}));
    const calls = registrar().admin.callLog();
    const throttled = calls.find((c) => c.outcome === 'ThrottlingException')!;
    expect(throttled).toBeDefined();
    const retry = calls.find((c) => c.invocationId === throttled.invocationId && c.seq > throttled.seq)!;
    expect(retry).toEqual(expect.objectContaining({ outcome: 'ok', operation: throttled.operation, attempt: (throttled.attempt ?? 1) + 1 }));
    expect(calls.filter((c) => c.outcome === 'ok')).toHaveLength(2);
  });

  test('over a per-operation quota calls are throttled; other operations are not', async () => {
    registrar().admin.setQuota('CreateRegistration', 0.2);
    const noRetries = clientFor(registrar(), 1);
    await noRetries.send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    const error = await rejectionOf(noRetries.send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' })));
    expect(error).toBeInstanceOf(ThrottlingException);
    expect(error.message).toContain('CreateRegistration');
    await noRetries.send(new DescribeRegistrationsCommand({}));
    noRetries.destroy();
    expect(registrar().admin.callLog().map((c) => c.outcome)).toEqual(['ok', 'ThrottlingException', 'ok']);
  });

  test('an unknown operation name is refused rather than silently injecting nothing', () => {
    expect(() => registrar().admin.failNext('CreateRegistrations', 1)).toThrow('Unknown operation CreateRegistrations');
  });

  test('the HTTP admin API drives the same registrar from another process: reviewer, faults, call log, state', async () => {
    const remote = connectRegistrarAdmin(registrar().url);
    const { RegistrationId } = await client().send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    await remote.setVersionStatus(RegistrationId!, 'SUBMITTED');
    expect(await remote.approve(RegistrationId!)).toEqual({ registrationId: RegistrationId, versionNumber: 1, status: 'APPROVED' });
    await remote.failNext('DescribeRegistrations', 1, 'ThrottlingException');
    const noRetries = clientFor(registrar(), 1);
    expect((await rejectionOf(noRetries.send(new DescribeRegistrationsCommand({})))).name).toBe('ThrottlingException');
    noRetries.destroy();
    expect((await remote.callLog()).map((c) => c.outcome)).toEqual(['ok', 'ThrottlingException']);
    const state = await remote.dumpState();
    expect(state.registrations).toEqual(expect.arrayContaining([expect.objectContaining({ registrationId: RegistrationId, status: 'COMPLETE' })]));
    await expect(remote.approve(RegistrationId!)).rejects.toThrow('not under review');
    await remote.clearCallLog();
    expect(await remote.callLog()).toEqual([]);
  });
});
