import { logger } from '../../lambda/logger';
import { indiaProperties, indonesiaProperties, makeS3Root } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, startHandlerAgainstRegistrar } from '../support/local-registrar';

// A create that fails leaves nothing behind, however far it got; but once its registration is
// submitted the fee is paid, so the stack keeps it and the create does not fail.

let registrar: RunningRegistrar;
beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar({ s3Root: makeS3Root() });
});
afterAll(async () => registrar.close());
beforeEach(() => registrar.admin.reset());
afterEach(() => jest.restoreAllMocks());

const registrations = () => registrar.admin.dumpState().registrations as any[];
const attachments = () => registrar.admin.dumpState().attachments as any[];
const calls = (operation: string) => registrar.admin.callLog().filter((c) => c.operation === operation);

describe('a create that fails', () => {
  test('on the 5th PutRegistrationFieldValue (Indonesia: 4 documents bound, 3 not yet): every attachment is deleted too', async () => {
    // GIVEN all 7 documents are uploaded, and the 5th field write is refused
    registrar.admin.failNext('PutRegistrationFieldValue', 1, 'AccessDeniedException', 4);

    // WHEN the registration is created
    const error: Error = await runCustomResource(buildEvent({ ResourceProperties: indonesiaProperties(), LogicalResourceId: 'AcmeIndonesia' }))
      .catch((e) => e);

    // THEN the stack error names the resource, the operation, the field and the cause, and what was made is gone
    expect(error.message).toMatch(/^AcmeIndonesia: PutRegistrationFieldValue \(idSidSpecificInfo\.\w+\) failed: AccessDeniedException/);
    expect(error.message).toMatch(/and the 7 attachments it made were deleted/);
    expect(calls('CreateRegistrationAttachment')).toHaveLength(7);
    expect(registrations().map((r) => r.status)).toEqual(['DELETED']);
    expect(attachments()).toEqual([]);
  });

  test('before its uploads are recorded on the registration: the attachments this invocation made are deleted', async () => {
    registrar.admin.failNext('TagResource', 1, 'AccessDeniedException');

    const error: Error = await runCustomResource(buildEvent({ ResourceProperties: indonesiaProperties() })).catch((e) => e);

    expect(error.message).toMatch(/TagResource failed: AccessDeniedException/);
    expect(registrations().map((r) => r.status)).toEqual(['DELETED']);
    expect(attachments()).toEqual([]);
  });

  test("the service's own message is not passed through; its name and reason are", async () => {
    registrar.admin.failNext('PutRegistrationFieldValue', 1, 'AccessDeniedException');
    const error: Error = await runCustomResource(buildEvent({ ResourceProperties: indiaProperties() })).catch((e) => e);
    expect(error.message).toMatch(/PutRegistrationFieldValue \(senderIdInfo\.senderId\) failed: AccessDeniedException/);
    expect(error.message).not.toContain('Injected fault');
  });
});

describe('a create whose registration was submitted', () => {
  test('never fails and never deletes it: the stack keeps the registration, with a warning', async () => {
    // GIVEN the read that follows the submit fails (the registration is already under review)
    const warnings = jest.spyOn(logger, 'warn');
    registrar.admin.failNext('DescribeRegistrations', 1, 'AccessDeniedException', 1);

    // WHEN the registration is created
    const outcome = await runCustomResource(buildEvent({ ResourceProperties: indiaProperties() }));

    // THEN the resource succeeds with the submitted registration, and nothing was deleted
    expect(outcome.data).toMatchObject({ RegistrationId: registrations()[0].registrationId, RegistrationStatus: 'SUBMITTED' });
    expect(calls('DeleteRegistration')).toEqual([]);
    expect(registrations()[0].status).toBe('SUBMITTED');
    expect(warnings.mock.calls.map(([message]) => message)).toContain(
      'the create failed after its registration was submitted; the stack keeps the registration');
  });
});
