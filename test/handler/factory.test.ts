import { createHandler } from '../../lambda/handler';
import { readSettings } from '../../lambda/settings';
import { indiaProperties } from '../../tools/fixtures/sample-properties';
import { runCustomResource } from '../../tools/provider-simulator';
import { RunningRegistrar, startRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { registrationApiFor } from '../support/local-registrar';

// Dependencies are passed to a factory, not set on a module global: two handlers never share an api.
let first: RunningRegistrar;
let second: RunningRegistrar;
beforeAll(async () => {
  first = await startRegistrar({ region: 'ap-south-1' });
  second = await startRegistrar({ region: 'ap-south-1' });
});
afterAll(async () => Promise.all([first.close(), second.close()]));

describe('createHandler', () => {
  test('each handler talks to its own api', async () => {
    const toFirst = createHandler({ api: registrationApiFor(first), isRollingBack: async () => false });
    const toSecond = createHandler({ api: registrationApiFor(second), isRollingBack: async () => false });

    await runCustomResource(toFirst, buildEvent({ ResourceProperties: indiaProperties() }));

    expect(first.admin.dumpState().registrations).toHaveLength(1);
    expect(second.admin.dumpState().registrations).toHaveLength(0);
    await runCustomResource(toSecond, buildEvent({ ResourceProperties: indiaProperties() }));
    expect(second.admin.dumpState().registrations).toHaveLength(1);
  });
});

describe('settings', () => {
  test('read from the environment given, with the defaults the construct relies on', () => {
    expect(readSettings({})).toEqual({ smsApiMaxAttempts: 10, attachmentPollMs: 1000, maxWorkMs: Number.POSITIVE_INFINITY });
    expect(readSettings({ SMS_API_MAX_ATTEMPTS: '30', ATTACHMENT_POLL_MS: '5', MAX_WORK_MS: '2000' }))
      .toEqual({ smsApiMaxAttempts: 30, attachmentPollMs: 5, maxWorkMs: 2000 });
  });
});
