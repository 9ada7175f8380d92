import {
  CreateRegistrationCommand, PinpointSMSVoiceV2Client, PutRegistrationFieldValueCommand, SubmitRegistrationVersionCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { indiaProperties } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, simulatedStack, startHandlerAgainstRegistrar, writeCalls } from '../support/local-registrar';

let registrar: RunningRegistrar;
let consoleClient: PinpointSMSVoiceV2Client;
beforeAll(async () => {
  // Copied new versions, so a test sees that only the difference is written (empty ones: update-empty-versions.test.ts).
  registrar = await startHandlerAgainstRegistrar({ newVersionMode: 'copy' });
  // Plays the console (or a script): the registration is made outside any stack, through the same API.
  consoleClient = new PinpointSMSVoiceV2Client({
    endpoint: registrar.url, region: 'ap-south-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
});
afterAll(async () => {
  consoleClient.destroy();
  await registrar.close();
});
beforeEach(() => {
  registrar.admin.reset();
  simulatedStack.rollingBack = false;
});

const STACK_TAG = { Key: 'sender-id-registration:stack', Value: 'SenderIds-Test' };
const CONSOLE_VALUES = indiaProperties();
const DESCRIPTION = 'messagingUseCase.useCaseDescription';
/** What the stack declares: the console's values with one field changed, and the construct's stack tag. */
const DECLARED = {
  ...CONSOLE_VALUES,
  Fields: { ...(CONSOLE_VALUES.Fields as object), [DESCRIPTION]: 'One-time passcodes for sign-in and payment confirmation in the Example app.' },
  Tags: [STACK_TAG, { Key: 'team', Value: 'messaging' }],
};

/** A registration made in the console, filled with CONSOLE_VALUES; submitted and approved unless asked otherwise. */
async function madeInConsole(options: { registrationType?: string; approved?: boolean } = {}): Promise<string> {
  const made = await consoleClient.send(new CreateRegistrationCommand({ RegistrationType: options.registrationType ?? 'IN_SENDER_ID_REGISTRATION' }));
  const id = made.RegistrationId!;
  if (options.registrationType === undefined) {
    for (const [fieldPath, value] of Object.entries(CONSOLE_VALUES.Fields as Record<string, string | string[]>)) {
      const put = Array.isArray(value) ? { SelectChoices: value } : { TextValue: value };
      await consoleClient.send(new PutRegistrationFieldValueCommand({ RegistrationId: id, FieldPath: fieldPath, ...put }));
    }
  }
  if (options.approved ?? true) {
    await consoleClient.send(new SubmitRegistrationVersionCommand({ RegistrationId: id }));
    registrar.admin.approve(id);
  }
  registrar.admin.clearCallLog();
  return id;
}

function adopt(registrationId: string, props: Record<string, unknown> = DECLARED) {
  return runCustomResource(buildEvent({ ResourceProperties: { ...props, AdoptRegistrationId: registrationId } }));
}

function registration(id: string): any {
  return (registrar.admin.dumpState().registrations as any[]).find((r) => r.registrationId === id);
}

describe('Create with AdoptRegistrationId', () => {
  test('an approved console registration: version 2 holds only the difference, is submitted, and the id is kept', async () => {
    const id = await madeInConsole();

    const outcome = await adopt(id);

    expect(outcome.physicalResourceId).toBe(id);
    expect(outcome.data).toMatchObject({ RegistrationId: id, VersionNumber: '2', RegistrationStatus: 'SUBMITTED' });
    // The last TagResource is the fingerprint of what the deploy wrote (for drift).
    expect(writeCalls(registrar)).toEqual(['TagResource', 'CreateRegistrationVersion', 'PutRegistrationFieldValue', 'SubmitRegistrationVersion', 'TagResource']);
    const put = registrar.admin.callLog().find((c) => c.operation === 'PutRegistrationFieldValue')!;
    expect(put.params.FieldPath).toBe(DESCRIPTION);
    // Nothing new was made, and the construct's stack tag now marks the registration as this stack's.
    expect(registrar.admin.dumpState().registrations).toHaveLength(1);
    expect(registrar.admin.dumpState().tags[outcome.data.RegistrationArn]).toMatchObject({ 'sender-id-registration:stack': 'SenderIds-Test' });
  });

  test('a console draft: the difference is written into the draft, which is then submitted', async () => {
    const id = await madeInConsole({ approved: false });

    const outcome = await adopt(id);

    expect(outcome.data).toMatchObject({ VersionNumber: '1', RegistrationStatus: 'SUBMITTED' });
    expect(writeCalls(registrar)).toEqual(['TagResource', 'PutRegistrationFieldValue', 'SubmitRegistrationVersion', 'TagResource']);
  });

  test('a registration of another type is refused with 0 writes, naming both types', async () => {
    const id = await madeInConsole({ registrationType: 'ID_SENDER_ID_REGISTRATION', approved: false });

    const error: Error = await adopt(id).catch((e) => e);

    expect(error.message).toContain(`registration ${id} is a ID_SENDER_ID_REGISTRATION, but this resource declares IN_SENDER_ID_REGISTRATION`);
    expect(writeCalls(registrar)).toEqual([]);
    expect(registration(id).status).not.toBe('DELETED');
  });

  test('an unknown id is refused, naming it, and nothing is created', async () => {
    const error: Error = await adopt('registration-00000000000000000000000000000000').catch((e) => e);

    expect(error.message).toMatch(/registration registration-0{32} was not found/);
    expect(writeCalls(registrar)).toEqual([]);
    expect(registrar.admin.dumpState().registrations).toHaveLength(0);
  });

  test('a registration another stack manages is refused with 0 writes', async () => {
    const id = await madeInConsole();
    await adopt(id, { ...DECLARED, Tags: [{ ...STACK_TAG, Value: 'OtherStack' }] });
    registrar.admin.approve(id);
    registrar.admin.clearCallLog();

    const error: Error = await adopt(id).catch((e) => e);

    expect(error.message).toContain(`registration ${id} is managed by stack OtherStack`);
    expect(writeCalls(registrar)).toEqual([]);
  });

  test('values invalid against the live definitions are refused before any write', async () => {
    const id = await madeInConsole();
    const invalid = { ...DECLARED, Fields: { ...(DECLARED.Fields as object), 'senderIdInfo.senderId': 'DEMO-1' } };

    await expect(adopt(id, invalid)).rejects.toThrow(/senderIdInfo\.senderId/);
    expect(writeCalls(registrar)).toEqual([]);
  });

  test('a failure while converging does not delete the adopted registration', async () => {
    const id = await madeInConsole();
    // Not retryable: the SDK gives up at once and the Create fails.
    registrar.admin.failNext('PutRegistrationFieldValue', 1, 'AccessDeniedException');

    await expect(adopt(id)).rejects.toThrow(/AccessDeniedException/);

    expect(writeCalls(registrar)).not.toContain('DeleteRegistration');
    expect(registration(id).status).not.toBe('DELETED');
    expect(registration(id).approvedVersionNumber).toBe(1);
  });
});

describe('Delete of an adopted registration', () => {
  const destroy = { ...DECLARED, RemovalPolicy: 'destroy' };
  const deleteEvent = (id: string) => buildEvent({
    RequestType: 'Delete', PhysicalResourceId: id, ResourceProperties: { ...destroy, AdoptRegistrationId: id },
  });

  test('the rollback Delete after a failed adopting Create keeps it, even with RemovalPolicy destroy', async () => {
    const id = await madeInConsole();
    registrar.admin.failNext('PutRegistrationFieldValue', 1, 'AccessDeniedException');
    await expect(adopt(id, destroy)).rejects.toThrow();
    simulatedStack.rollingBack = true;

    await runCustomResource(deleteEvent(id));

    expect(writeCalls(registrar)).not.toContain('DeleteRegistration');
    expect(registration(id).status).not.toBe('DELETED');
  });

  test('outside a rollback the removal policy applies to it: destroy deletes', async () => {
    const id = await madeInConsole({ approved: false });

    await runCustomResource(deleteEvent(id));

    expect(writeCalls(registrar)).toEqual(['DeleteRegistration']);
  });
});

describe('Update', () => {
  test('asking to adopt another registration after the create is refused with 0 writes', async () => {
    const { physicalResourceId: id } = await runCustomResource(buildEvent({ ResourceProperties: DECLARED }));
    const other = await madeInConsole();

    const error: Error = await runCustomResource(buildEvent({
      RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: DECLARED, ResourceProperties: { ...DECLARED, AdoptRegistrationId: other },
    })).catch((e) => e);

    expect(error.message).toContain(`already manages registration ${id}`);
    expect(writeCalls(registrar)).toEqual([]);
  });

  test('after adoption, keeping or removing AdoptRegistrationId is an ordinary update', async () => {
    const id = await madeInConsole();
    const adopted = { ...DECLARED, AdoptRegistrationId: id };
    await adopt(id);
    registrar.admin.clearCallLog();

    const update = (props: Record<string, unknown>) => runCustomResource(buildEvent({
      RequestType: 'Update', PhysicalResourceId: id, OldResourceProperties: adopted, ResourceProperties: props,
    }));
    const kept = await update(adopted);
    const removed = await update(DECLARED);

    expect(kept.physicalResourceId).toBe(id);
    expect(removed.physicalResourceId).toBe(id);
    expect(writeCalls(registrar)).toEqual([]);
  });
});
