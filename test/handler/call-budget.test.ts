import { OutOfTime, withinBudget } from '../../lambda/call-budget';
import { createHandler } from '../../lambda/handler';
import { WorkBudget } from '../../lambda/work-budget';
import { indiaProperties } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { registrationApiFor, runCustomResource, startHandlerAgainstRegistrar } from '../support/local-registrar';

// An isComplete invocation keeps back time for one SMS API call (its longest throttled retries). Once its budget is
// spent it may start that one call and no other, or Lambda stops it mid-call and the resource fails.

let registrar: RunningRegistrar;
beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar();
});
afterAll(async () => registrar.close());
beforeEach(() => registrar.admin.reset());

test('once the budget is spent one last call starts and no other, even inside one read (registration, then its versions)', async () => {
  // GIVEN a registration, and a budget already spent
  const { physicalResourceId: id } = await runCustomResource(buildEvent({ ResourceProperties: indiaProperties() }));
  registrar.admin.clearCallLog();
  const api = registrationApiFor(registrar);

  // WHEN the registration and its latest version are read (two calls) within that budget
  const error = await withinBudget({ exhausted: true }, () => api.describe(id)).catch((e: unknown) => e);

  // THEN the first call was the last one; the second never reached the service
  expect(error).toBeInstanceOf(OutOfTime);
  expect(registrar.admin.callLog().map((c) => c.operation)).toEqual(['DescribeRegistrations']);
});

test('an isComplete invocation with no time left makes at most one call and asks for the next poll, which completes', async () => {
  const handler = createHandler({ api: registrationApiFor(registrar), isRollingBack: async () => false });
  const event = buildEvent({ ResourceProperties: indiaProperties() });
  const { PhysicalResourceId } = await handler.onEvent(event);
  registrar.admin.clearCallLog();
  const poll = { ...event, PhysicalResourceId } as typeof event;

  // Lambda's remaining time is exactly the safety margin: nothing is left for work
  const spent = await handler.isComplete(poll, { getRemainingTimeInMillis: () => WorkBudget.SAFETY_MARGIN_MS });
  expect(spent).toEqual({ IsComplete: false });
  expect(registrar.admin.callLog().length).toBeLessThanOrEqual(1);

  const next = await handler.isComplete(poll, { getRemainingTimeInMillis: () => 300_000 });
  expect(next.IsComplete).toBe(true);
  expect(next.Data).toMatchObject({ RegistrationStatus: 'SUBMITTED' });
});
