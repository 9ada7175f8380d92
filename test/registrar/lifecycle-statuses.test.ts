import { indiaProperties } from '../../tools/fixtures/sample-properties';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { registrarForEachTest, registrationApiFor, runCustomResource } from '../support/local-registrar';

const local = registrarForEachTest();

async function submitted(): Promise<string> {
  return (await runCustomResource(buildEvent({ ResourceProperties: indiaProperties() }))).physicalResourceId;
}

describe('the registrar plays every status', () => {
  test.each([
    ['REQUIRES_AUTHENTICATION', (id: string) => local.current.admin.setVersionStatus(id, 'REQUIRES_AUTHENTICATION'), /complete the authentication/],
    ['REQUIRES_OFFLINE_REVIEW', (id: string) => local.current.admin.setVersionStatus(id, 'REQUIRES_OFFLINE_REVIEW'), /wait for the review/],
    ['PROVISIONING', (id: string) => {
      local.current.admin.approve(id);
      local.current.admin.setRegistrationStatus(id, 'PROVISIONING');
    }, /PROVISIONING; wait until it is COMPLETE/],
    ['CLOSED', (id: string) => {
      local.current.admin.approve(id);
      local.current.admin.setRegistrationStatus(id, 'CLOSED');
    }, /CLOSED; it can no longer change/],
  ])('%s: CreateRegistrationVersion is refused with CREATE_REGISTRATION_VERSION_NOT_ALLOWED', async (_status, putIn, why) => {
    const id = await submitted();
    putIn(id);
    const error = await registrationApiFor(local.current).createVersion(id).catch((e) => e);
    expect(error.cause?.Reason).toBe('CREATE_REGISTRATION_VERSION_NOT_ALLOWED');
    expect(error.cause?.message).toMatch(why);
  });

  test('the registration shows REVIEWING for a REQUIRES_OFFLINE_REVIEW version, and PROVISIONING then COMPLETE as the reviewer sets them', async () => {
    const id = await submitted();
    local.current.admin.setVersionStatus(id, 'REQUIRES_OFFLINE_REVIEW');
    expect(local.current.admin.dumpState().registrations[0]).toMatchObject({ status: 'REVIEWING' });
    local.current.admin.approve(id);
    expect(local.current.admin.setRegistrationStatus(id, 'PROVISIONING').status).toBe('PROVISIONING');
    expect(local.current.admin.setRegistrationStatus(id, 'COMPLETE').status).toBe('COMPLETE');
  });

  test('the reviewer refuses a status the service model does not have, and approving a version that waits for authentication', async () => {
    const id = await submitted();
    expect(() => local.current.admin.setVersionStatus(id, 'PENDING')).toThrow(/Unknown version status PENDING; one of DRAFT, /);
    expect(() => local.current.admin.setRegistrationStatus(id, 'REVIEWING')).toThrow(/set that version's status instead/);
    local.current.admin.setVersionStatus(id, 'REQUIRES_AUTHENTICATION');
    expect(() => local.current.admin.approve(id)).toThrow(/waits for the user's authentication: set it to REVIEWING first/);
  });
});
