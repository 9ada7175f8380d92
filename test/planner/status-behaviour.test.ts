import { textValue } from '../../lib/core/field-value';
import { planRegistration } from '../../lib/core/lifecycle/plan';
import { RegistrationStatusName, VersionStatusName } from '../../lib/core/lifecycle/statuses';
import { ActualRegistration, DesiredRegistration } from '../../lib/core/lifecycle/types';

// GIVEN a registration holding one value, and a deploy that changes it (or not)
const desired = (value: string): DesiredRegistration => ({
  registrationType: 'IN_SENDER_ID_REGISTRATION', fields: { 'senderIdInfo.senderId': textValue(value) }, attachments: {},
  submit: true, awsReview: false, tags: [],
});

function holding(registrationStatus: RegistrationStatusName, versionStatus: VersionStatusName): ActualRegistration {
  return {
    registrationId: 'registration-1', registrationArn: 'arn:aws:sms-voice:ap-south-1:123456789012:registration/registration-1',
    registrationType: 'IN_SENDER_ID_REGISTRATION', registrationStatus, versionNumber: 2, versionStatus,
    values: { 'senderIdInfo.senderId': textValue('DEMO') }, attachmentContentHashes: {}, tags: [],
  };
}

/** Each status the service reports, with what an Update that changes a field must do and say. */
const CASES: Array<[RegistrationStatusName, VersionStatusName, string, RegExp]> = [
  ['SUBMITTED', 'SUBMITTED', 'under-review', /SUBMITTED \(under review\).*wait for the review/i],
  ['AWS_REVIEWING', 'AWS_REVIEWING', 'under-review', /AWS_REVIEWING \(under review\).*wait for the review/i],
  ['REVIEWING', 'REVIEWING', 'under-review', /version 2 is REVIEWING \(under review\).*wait for the review/i],
  ['REVIEWING', 'REQUIRES_OFFLINE_REVIEW', 'under-review', /REQUIRES_OFFLINE_REVIEW \(under review\).*wait for the review/i],
  ['REQUIRES_AUTHENTICATION', 'REQUIRES_AUTHENTICATION', 'authentication', /REQUIRES_AUTHENTICATION.*email authentication.*contact email.*console/],
  ['PROVISIONING', 'APPROVED', 'provisioning', /PROVISIONING: it was approved.*deploy the change again after the registration is COMPLETE/i],
  ['CLOSED', 'REVOKED', 'closed', /CLOSED: its sender ID was deleted.*must be replaced/],
  ['DELETED', 'APPROVED', 'deleted', /DELETED: it no longer exists/],
];

describe('every status has one behaviour for an Update', () => {
  test.each(CASES)('registration %s, version %s, one changed field: no write, and the message says the status and what to do',
    (registrationStatus, versionStatus, because, message) => {
      const plan = planRegistration(desired('DEMOX'), holding(registrationStatus, versionStatus));
      expect(plan.operations).toEqual([]);
      expect(plan.outcome).toBe('blocked');
      expect(plan.blockedBecause).toBe(because);
      expect(plan.blockedReason).toContain('registration-1');
      expect(plan.blockedReason).toMatch(message);
      expect(plan.blockedReason).toContain('nothing was written');
    });

  test.each(CASES)('registration %s, version %s, nothing changed: no operation and no failure', (registrationStatus, versionStatus) => {
    const plan = planRegistration(desired('DEMO'), holding(registrationStatus, versionStatus));
    expect(plan).toEqual({ operations: [], outcome: 'no-change' });
  });

  test.each<[RegistrationStatusName, VersionStatusName]>([
    ['COMPLETE', 'APPROVED'], ['REQUIRES_UPDATES', 'DENIED'], ['COMPLETE', 'ARCHIVED'],
  ])('registration %s, version %s: the change goes into a new version', (registrationStatus, versionStatus) => {
    const plan = planRegistration(desired('DEMOX'), holding(registrationStatus, versionStatus));
    expect(plan.operations.map((o) => o.kind)).toEqual(['createVersion', 'putField', 'submit']);
    expect(plan.outcome).toBe('new-version');
  });

  test('registration CREATED, version DRAFT: the change is written into the draft', () => {
    const plan = planRegistration(desired('DEMOX'), holding('CREATED', 'DRAFT'));
    expect(plan.operations.map((o) => o.kind)).toEqual(['putField', 'submit']);
    expect(plan.outcome).toBe('write-draft');
  });
});
