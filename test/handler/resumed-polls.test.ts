import { ThrottlingException } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { OperationError } from '../../lambda/operation-error';
import { RegistrationApi } from '../../lambda/registration-api';
import { FieldValue, textValue } from '../../lib/core/field-value';
import { indiaProperties } from '../../tools/fixtures/sample-properties';
import { HandlerName } from '../../tools/provider-simulator';
import { CallLogEntry } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { registrarForEachTest, registrationApiFor, runCustomResource, simulatedStack, useHandlerDependencies } from '../support/local-registrar';

// A poll stopped by the write quota leaves what it knew to the next poll of its (warm) container, which resumes
// without reading; the values are read again only before the submit, so what was changed between polls is still seen.
const registrar = registrarForEachTest();

const isRead = (c: CallLogEntry) => /^(Describe|List)/.test(c.operation) && c.outcome === 'ok';
const okPuts = () => registrar.current.admin.callLog().filter((c) => c.operation === 'PutRegistrationFieldValue' && c.outcome === 'ok');

/** Runs a create whose puts are throttled over many short polls; `beforePoll` runs before each isComplete poll. */
async function throttledCreate(beforePoll: (poll: number) => Promise<void> = async () => {}) {
  registrar.current.admin.setQuota('PutRegistrationFieldValue', 5);
  let poll = 0;
  const invokeIn = async <T>(handler: HandlerName, invoke: () => Promise<T>): Promise<T> => {
    if (handler === 'isComplete') await beforePoll(++poll);
    return invoke();
  };
  return runCustomResource(buildEvent({ ResourceProperties: indiaProperties() }), { invocationBudgetMs: 300, pollIntervalMs: 20, invokeIn });
}

test('a resumed poll on a warm container reads nothing until the values are read back before the submit', async () => {
  // GIVEN a create spread over many polls by the put quota, with the call log's length noted at each poll's start
  const pollStarts: number[] = [];
  const outcome = await throttledCreate(async () => {
    pollStarts.push(registrar.current.admin.callLog().length);
  });

  // THEN the first poll read the whole state, and every later poll together read only the values before the submit
  // and the registration's status after it, however many polls the writes took
  const calls = registrar.current.admin.callLog();
  expect(outcome.polls).toBeGreaterThan(3);
  const firstPoll = calls.slice(pollStarts[0], pollStarts[1]).filter(isRead).map((c) => c.operation);
  expect(firstPoll.sort()).toEqual(['DescribeRegistrationFieldValues', 'DescribeRegistrationVersions', 'DescribeRegistrations', 'ListTagsForResource']);
  const laterPolls = calls.slice(pollStarts[1]).filter(isRead).map((c) => c.operation);
  expect(laterPolls.sort()).toEqual(['DescribeRegistrationFieldValues', 'DescribeRegistrations']);
  expect(okPuts()).toHaveLength(21);
  expect(outcome.data.RegistrationStatus).toBe('SUBMITTED');
});

test('a value changed out of band between two polls, while writing, is written again before the submit', async () => {
  // GIVEN a create spread over many polls, and between two of them someone else changes the sender ID the handler already wrote
  const outOfBand = registrationApiFor(registrar.current);
  const fieldPath = 'senderIdInfo.senderId';
  let registrationId: string | undefined;
  const outcome = await throttledCreate(async () => {
    const written = okPuts().find((c) => c.params.FieldPath === fieldPath);
    if (registrationId || !written) return;
    registrationId = written.params.RegistrationId as string;
    expect(await outOfBand.registrationStatus(registrationId)).toBe('CREATED');
    await outOfBand.putFieldValue(registrationId, fieldPath, textValue('OTHERS'));
  });

  // THEN the change was made before the submit, and the submitted version holds the desired value again
  expect(registrationId).toBeDefined();
  expect(outcome.data.RegistrationStatus).toBe('SUBMITTED');
  const submitted = await outOfBand.fieldValues(registrationId!, Number(outcome.data.VersionNumber));
  expect(submitted[fieldPath]).toEqual(textValue('EXPAY'));
  // the handler's first put, the change, and the handler's put again
  expect(okPuts().filter((c) => c.params.FieldPath === fieldPath).map((c) => c.params.TextValue)).toEqual(['EXPAY', 'OTHERS', 'EXPAY']);
});

test('a value changed out of band after every write, before the poll that submits, is written again before the submit', async () => {
  // GIVEN a first poll that writes every field and is then throttled out of reading them back (the SDK's retries spent)
  const api = registrationApiFor(registrar.current);
  let puts = 0;
  let throttleReadBack = false;
  const throttled: RegistrationApi = Object.assign(Object.create(api) as RegistrationApi, {
    putFieldValue: async (registrationId: string, fieldPath: string, value: FieldValue) => {
      await api.putFieldValue(registrationId, fieldPath, value);
      throttleReadBack = ++puts === 21;
    },
    fieldValues: async (registrationId: string, versionNumber: number) => {
      if (!throttleReadBack) return api.fieldValues(registrationId, versionNumber);
      throttleReadBack = false;
      throw new OperationError('DescribeRegistrationFieldValues', undefined, new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }));
    },
  });
  useHandlerDependencies({ api: throttled, isRollingBack: async () => simulatedStack.rollingBack });
  try {
    // WHEN someone else changes the sender ID before the next poll
    let registrationId: string | undefined;
    const invokeIn = async <T>(handler: HandlerName, invoke: () => Promise<T>): Promise<T> => {
      if (handler === 'isComplete' && puts === 21 && !registrationId) {
        registrationId = okPuts()[0].params.RegistrationId as string;
        await api.putFieldValue(registrationId, 'senderIdInfo.senderId', textValue('OTHERS'));
      }
      return invoke();
    };
    const outcome = await runCustomResource(buildEvent({ ResourceProperties: indiaProperties() }), { pollIntervalMs: 20, invokeIn });

    // THEN the next poll read the values before submitting, wrote the sender ID again, and submitted the desired values
    expect(outcome.polls).toBe(2);
    expect(outcome.data.RegistrationStatus).toBe('SUBMITTED');
    const submitted = await api.fieldValues(registrationId!, Number(outcome.data.VersionNumber));
    expect(submitted['senderIdInfo.senderId']).toEqual(textValue('EXPAY'));
  } finally {
    useHandlerDependencies({ api, isRollingBack: async () => simulatedStack.rollingBack });
  }
});
