import { RegistrationEvent } from '../../lambda/events';
import { RegistrationApi } from '../../lambda/registration-api';
import { INDONESIA_DOCUMENTS, indiaProperties, indonesiaProperties, makeS3Root } from '../../tools/fixtures/sample-properties';
import { CallLogEntry, RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { killableApi } from '../support/killable-api';
import { registrationApiFor, runCustomResource, startHandlerAgainstRegistrar, useHandlerDependencies } from '../support/local-registrar';

/**
 * Work that outlasts one Lambda run: each invocation does a bounded amount of work, the
 * registration's own state is the checkpoint, and a handler killed at any point continues on the
 * next poll or retry without duplicating anything.
 */

interface StoredVersion { versionNumber: number; status: string; values: Record<string, Record<string, unknown>> }
interface StoredRegistration { registrationId: string; status: string; versions: StoredVersion[] }
interface StoredAttachment { registrationAttachmentId: string; status: string }

let registrar: RunningRegistrar;
let healthyApi: RegistrationApi;
beforeAll(async () => {
  // Uploads finish at once, so an uninterrupted run always makes the same calls (the kill test counts them).
  registrar = await startHandlerAgainstRegistrar({ s3Root: makeS3Root(), uploadCompleteAfterMs: 0 });
  healthyApi = registrationApiFor(registrar);
});
afterAll(async () => registrar.close());
beforeEach(() => {
  registrar.admin.reset();
  useHandlerDependencies({ api: healthyApi, isRollingBack: async () => false });
});

function stored(): { registrations: StoredRegistration[]; attachments: StoredAttachment[] } {
  const state = registrar.admin.dumpState();
  return { registrations: state.registrations as StoredRegistration[], attachments: state.attachments as StoredAttachment[] };
}

function succeeded(operation: string, registrationId?: string): CallLogEntry[] {
  return registrar.admin.callLog().filter((c) => c.operation === operation && c.outcome === 'ok'
    && (registrationId === undefined || c.params.RegistrationId === registrationId));
}

/** Field path → how many PutRegistrationFieldValue calls for it succeeded. */
function putsPerField(registrationId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of succeeded('PutRegistrationFieldValue', registrationId)) {
    const field = String(call.params.FieldPath);
    counts[field] = (counts[field] ?? 0) + 1;
  }
  return counts;
}

function desiredFieldPaths(properties: Record<string, unknown>): string[] {
  return [...Object.keys(properties.Fields as object), ...Object.keys(properties.Attachments as object)].sort();
}

/** The registration holds every desired value once, submitted once, with one upload per document. */
function expectSubmittedOnce(registration: StoredRegistration, properties: Record<string, unknown>, attachments: StoredAttachment[]): void {
  const id = registration.registrationId;
  expect(registration.status).toBe('SUBMITTED');
  expect(registration.versions).toHaveLength(1);
  const values = registration.versions[0].values;
  expect(Object.keys(values).sort()).toEqual(desiredFieldPaths(properties));
  for (const [field, value] of Object.entries(properties.Fields as Record<string, unknown>)) {
    expect(Array.isArray(value) ? values[field].SelectChoices : values[field].TextValue).toEqual(value);
  }
  // Written exactly once: a field already correct is never written again after an interruption.
  expect(Object.values(putsPerField(id)).every((n) => n === 1)).toBe(true);
  expect(Object.keys(putsPerField(id)).sort()).toEqual(desiredFieldPaths(properties));
  expect(succeeded('SubmitRegistrationVersion', id)).toHaveLength(1);
  // Every document was uploaded once: each field points at its own attachment, and no stray upload exists.
  const boundIds = Object.keys(properties.Attachments as object).map((field) => values[field].RegistrationAttachmentId);
  expect(new Set(boundIds).size).toBe(boundIds.length);
  expect(attachments.map((a) => a.registrationAttachmentId).sort()).toEqual(expect.arrayContaining([...boundIds].sort()));
}

describe('many registrations at once, each invocation bounded', () => {
  test('10 concurrent creates under per-operation quotas all reach SUBMITTED, nothing duplicated, over several polls', async () => {
    // GIVEN quotas on the write operations, shared by every registration of the stack. Puts get 10 rps
    // (not 1-5) only to keep the test short: 10 registrations hold about 215 field values.
    for (const [operation, rps] of Object.entries({
      CreateRegistration: 2, CreateRegistrationAttachment: 3, PutRegistrationFieldValue: 10, SubmitRegistrationVersion: 2,
    })) registrar.admin.setQuota(operation, rps);
    const properties = Array.from({ length: 10 }, (_, i) => (i % 2 === 0
      ? indiaProperties({ Tags: [{ Key: 'n', Value: String(i) }] })
      : indonesiaProperties({ Tags: [{ Key: 'n', Value: String(i) }] })));
    const events = properties.map((p, i) => buildEvent({ LogicalResourceId: `Registration${i}`, ResourceProperties: p }));

    // WHEN CloudFormation creates them together, each isComplete invocation allowed 300 ms of work
    const outcomes = await Promise.all(events.map((e) => runCustomResource(e, { invocationBudgetMs: 300, pollIntervalMs: 20 })));

    // THEN the budget really split the work over polls
    expect(outcomes.every((o) => o.polls > 1)).toBe(true);
    // AND the quotas were met: the SDK's retries absorbed throttling
    expect(registrar.admin.callLog().some((c) => c.outcome === 'ThrottlingException')).toBe(true);
    // AND there are exactly 10 registrations, each filled once, submitted once, with one upload per document
    const { registrations, attachments } = stored();
    expect(registrations).toHaveLength(10);
    expect(succeeded('CreateRegistration').map((c) => c.params.ClientToken)).toHaveLength(10);
    outcomes.forEach((outcome, i) => {
      expect(outcome.data.RegistrationStatus).toBe('SUBMITTED');
      const registration = registrations.find((r) => r.registrationId === outcome.physicalResourceId)!;
      expectSubmittedOnce(registration, properties[i], attachments);
    });
    expect(attachments).toHaveLength(5 * Object.keys(INDONESIA_DOCUMENTS).length);
  }, 60_000);
});

describe('a handler killed after any call continues on the retry without duplicating anything', () => {
  /** Runs the event once uninterrupted and returns how many RegistrationApi calls it made. */
  async function callsOfUninterruptedRun(event: RegistrationEvent): Promise<number> {
    const counter = killableApi(healthyApi);
    useHandlerDependencies({ api: counter.api, isRollingBack: async () => false });
    await runCustomResource(event);
    registrar.admin.reset();
    return counter.calls();
  }

  test.each([
    ['India', indiaProperties()],
    ['Indonesia', indonesiaProperties()],
  ])('%s: killed after call N, for every N, then the same event again', async (_country, properties) => {
    const total = await callsOfUninterruptedRun(buildEvent({ ResourceProperties: properties }));
    expect(total).toBeGreaterThan(20);

    for (let n = 1; n <= total; n++) {
      registrar.admin.reset();
      // GIVEN one Create event: the Provider framework retries with the same RequestId, so the same ClientToken
      const event = buildEvent({ ResourceProperties: properties });

      // WHEN the handler dies right after its Nth call reached the service
      const killed = killableApi(healthyApi, n);
      useHandlerDependencies({ api: killed.api, isRollingBack: async () => false });
      const failure = await runCustomResource(event).catch((e: unknown) => e);
      expect({ n, died: killed.died() }).toEqual({ n, died: true });
      expect(String(failure)).toContain('killed');

      // AND the event runs again on a healthy handler: onEvent, then isComplete to completion
      useHandlerDependencies({ api: healthyApi, isRollingBack: async () => false });
      const outcome = await runCustomResource(event);

      // THEN there is one registration, filled and submitted once, no document uploaded twice
      const { registrations, attachments } = stored();
      expect({ n, registrations: registrations.length }).toEqual({ n, registrations: 1 });
      expect(outcome.physicalResourceId).toBe(registrations[0].registrationId);
      expect(outcome.data.RegistrationStatus).toBe('SUBMITTED');
      expectSubmittedOnce(registrations[0], properties, attachments);
      expect(attachments).toHaveLength(Object.keys(properties.Attachments as object).length);
    }
  }, 60_000);
});
