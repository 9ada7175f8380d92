import { attachmentValue, selectValue, textValue } from '../../lib/core/field-value';
import { planRegistration } from '../../lib/core/lifecycle/plan';
import { VersionStatusName } from '../../lib/core/lifecycle/statuses';
import { ActualRegistration, DesiredRegistration } from '../../lib/core/lifecycle/types';

const LOA = { FileName: 'loa.pdf', ContentHash: 'hash-v1', S3Url: 's3://assets/hash-v1.pdf' };

function desired(partial: Partial<DesiredRegistration> = {}): DesiredRegistration {
  return {
    registrationType: 'ID_SENDER_ID_REGISTRATION',
    fields: { 'senderIdInfo.senderId': textValue('DEMOID'), 'companyInfo.areaOfBusiness': selectValue(['Technology']) },
    attachments: { 'idSidSpecificInfo.letterOfAuthorization3': LOA },
    submit: true,
    awsReview: false,
    tags: [{ Key: 'team', Value: 'messaging' }],
    ...partial,
  };
}

function actual(partial: Partial<ActualRegistration> = {}): ActualRegistration {
  return {
    registrationId: 'registration-1',
    registrationArn: 'arn:aws:sms-voice:us-east-1:123456789012:registration/registration-1',
    registrationType: 'ID_SENDER_ID_REGISTRATION',
    registrationStatus: 'CREATED',
    versionNumber: 1,
    versionStatus: 'DRAFT',
    values: {
      'senderIdInfo.senderId': textValue('DEMOID'),
      'companyInfo.areaOfBusiness': selectValue(['Technology']),
      'idSidSpecificInfo.letterOfAuthorization3': attachmentValue('attachment-1'),
    },
    attachmentContentHashes: { 'attachment-1': 'hash-v1' },
    tags: [{ Key: 'team', Value: 'messaging' }],
    ...partial,
  };
}

const kinds = (plan: { operations: Array<{ kind: string }> }) => plan.operations.map((o) => o.kind);

describe('planRegistration: nothing differs', () => {
  test('a complete draft is submitted, with AwsReview as declared', () => {
    const plan = planRegistration(desired({ awsReview: true }), actual());
    expect(plan.operations).toEqual([{ kind: 'submit', awsReview: true }]);
  });

  test('a complete draft stays a draft when submit is false', () => {
    expect(planRegistration(desired({ submit: false }), actual()).operations).toEqual([]);
  });

  test.each<VersionStatusName>([
    'SUBMITTED', 'AWS_REVIEWING', 'REVIEWING', 'REQUIRES_OFFLINE_REVIEW', 'REQUIRES_AUTHENTICATION', 'APPROVED', 'DENIED',
  ])('a %s version needs no operation at all', (status) => {
    const plan = planRegistration(desired(), actual({ versionStatus: status }));
    expect(plan.operations).toEqual([]);
    expect(plan.blockedReason).toBeUndefined();
  });

  test('select choices are compared as a set', () => {
    const d = desired({ fields: { 'x.select': selectValue(['A', 'B']) }, attachments: {} });
    const a = actual({ values: { 'x.select': selectValue(['B', 'A']) }, versionStatus: 'APPROVED' });
    expect(planRegistration(d, a).operations).toEqual([]);
  });
});

describe('planRegistration: fields differ', () => {
  const changed = desired({ fields: { ...desired().fields, 'senderIdInfo.senderId': textValue('NEWID') } });

  test('in a draft, only the difference is written, then submitted', () => {
    const plan = planRegistration(changed, actual());
    expect(plan.operations).toEqual([
      { kind: 'putField', fieldPath: 'senderIdInfo.senderId', value: textValue('NEWID') },
      { kind: 'submit', awsReview: false },
    ]);
  });

  test('in a draft with submit false, the difference is written and not submitted', () => {
    expect(kinds(planRegistration({ ...changed, submit: false }, actual()))).toEqual(['putField']);
  });

  test.each<VersionStatusName>(['SUBMITTED', 'AWS_REVIEWING', 'REVIEWING', 'REQUIRES_OFFLINE_REVIEW'])('under review (%s), nothing is planned and the reason names id, version, status and what to do', (status) => {
    const plan = planRegistration(changed, actual({ versionStatus: status, versionNumber: 3 }));
    expect(plan.operations).toEqual([]);
    expect(plan.blockedReason).toContain('registration-1');
    expect(plan.blockedReason).toContain('version 3');
    expect(plan.blockedReason).toContain(status);
    expect(plan.blockedReason).toMatch(/wait for the review/i);
    expect(plan.outcome).toBe('blocked');
  });

  test.each<VersionStatusName>(['APPROVED', 'DENIED', 'REVOKED', 'ARCHIVED', 'DISCARDED'])('a %s version is frozen: a new version comes first', (status) => {
    const plan = planRegistration(changed, actual({ versionStatus: status, registrationStatus: 'COMPLETE' }));
    expect(kinds(plan)).toEqual(['createVersion', 'putField', 'submit']);
    expect(plan.outcome).toBe('new-version');
  });

  test('a field no longer desired is deleted', () => {
    const a = actual({ values: { ...actual().values, 'companyAddress.address2': textValue('Suite 1') } });
    expect(planRegistration(desired(), a).operations).toEqual([
      { kind: 'deleteField', fieldPath: 'companyAddress.address2' },
      { kind: 'submit', awsReview: false },
    ]);
  });

  test('a missing value (an empty new version) is written', () => {
    const plan = planRegistration(desired(), actual({ values: {}, attachmentContentHashes: {} }));
    expect(kinds(plan)).toEqual(['attach', 'putField', 'putField', 'submit']);
  });
});

describe('planRegistration: attachments', () => {
  test('an unchanged file is not uploaded again', () => {
    expect(kinds(planRegistration(desired(), actual({ versionStatus: 'APPROVED' })))).toEqual([]);
  });

  test('a changed file becomes a new attachment bound to its field', () => {
    const d = desired({ attachments: { 'idSidSpecificInfo.letterOfAuthorization3': { ...LOA, ContentHash: 'hash-v2' } } });
    const plan = planRegistration(d, actual({ versionStatus: 'APPROVED' }));
    expect(plan.operations[1]).toEqual({ kind: 'attach', fieldPath: 'idSidSpecificInfo.letterOfAuthorization3', attachment: { ...LOA, ContentHash: 'hash-v2' } });
    expect(kinds(plan)).toEqual(['createVersion', 'attach', 'submit']);
  });

  test('an attachment whose content is unknown (not uploaded by us) is replaced', () => {
    expect(kinds(planRegistration(desired(), actual({ attachmentContentHashes: {} })))).toEqual(['attach', 'submit']);
  });
});

describe('planRegistration: tags', () => {
  test('tag changes alone go through tag and untag, without a new version', () => {
    const a = actual({ versionStatus: 'APPROVED', tags: [{ Key: 'team', Value: 'old' }, { Key: 'stale', Value: 'x' }, { Key: 'aws:cloudformation:stack-name', Value: 's' }] });
    expect(planRegistration(desired(), a).operations).toEqual([
      { kind: 'tag', tags: [{ Key: 'team', Value: 'messaging' }] },
      { kind: 'untag', keys: ['stale'] },
    ]);
  });

  test('tags are not touched while a version with field changes is under review', () => {
    const d = desired({ tags: [], fields: { ...desired().fields, 'senderIdInfo.senderId': textValue('NEWID') } });
    expect(planRegistration(d, actual({ versionStatus: 'REVIEWING' })).operations).toEqual([]);
  });
});

describe('planRegistration: rollback (old properties, no review fee, never a failure)', () => {
  const old = desired();
  const changedByFailedUpdate = { ...actual().values, 'senderIdInfo.senderId': textValue('NEWID') };

  test('a draft left by the failed update is discarded, so the previous version is the latest again', () => {
    const plan = planRegistration(old, actual({ versionNumber: 2, values: changedByFailedUpdate }), { rollback: true });
    expect(plan.operations).toEqual([{ kind: 'discardVersion', versionNumber: 2 }]);
  });

  test('a draft left by the failed update is discarded even when it holds the old values', () => {
    const plan = planRegistration(old, actual({ versionNumber: 2 }), { rollback: true });
    expect(plan.operations).toEqual([{ kind: 'discardVersion', versionNumber: 2 }]);
  });

  test('a first draft is written back and not submitted', () => {
    const plan = planRegistration(old, actual({ values: changedByFailedUpdate }), { rollback: true });
    expect(kinds(plan)).toEqual(['putField']);
  });

  test.each<VersionStatusName>(['SUBMITTED', 'REVIEWING', 'APPROVED'])('a %s version is left as it is, with a warning and no failure', (status) => {
    const plan = planRegistration(old, actual({ versionStatus: status, versionNumber: 2, values: changedByFailedUpdate }), { rollback: true });
    expect(plan.operations).toEqual([]);
    expect(plan.blockedReason).toBeUndefined();
    expect(plan.rollbackWarning).toContain(`version 2 is ${status}`);
  });

  test('tags still follow the rollback', () => {
    const plan = planRegistration(old, actual({ versionStatus: 'APPROVED', tags: [] }), { rollback: true });
    expect(plan.operations).toEqual([{ kind: 'tag', tags: [{ Key: 'team', Value: 'messaging' }] }]);
  });

  test('nothing differs: nothing to do', () => {
    expect(planRegistration(old, actual({ versionStatus: 'SUBMITTED' }), { rollback: true })).toEqual({ operations: [], outcome: 'no-change' });
  });
});

describe('planRegistration: a form that cannot be amended once submitted (Austria)', () => {
  const at = { registrationType: 'AT_SENDER_ID_REGISTRATION' };
  const changedDescription = desired({ ...at, fields: { ...desired().fields, 'senderIdInfo.senderIdDescription': textValue('New words') } });

  test('a field change to a submitted registration is a replacement carrying the form\'s wait and re-registration block, and writes nothing', () => {
    const plan = planRegistration(changedDescription, actual({ ...at, registrationStatus: 'COMPLETE', versionStatus: 'APPROVED' }));
    expect(plan.outcome).toBe('replacement');
    expect(plan.operations).toEqual([]);
    expect(plan.replacement).toMatchObject({ newRegistrationWait: '14-day activation period', reRegistrationBlock: expect.stringMatching(/30 days/) });
    expect(plan.blockedReason).toMatch(/^Registration registration-1 is COMPLETE: its form cannot be amended once submitted/);
  });

  test('a draft never submitted is written as usual, and a tag change alone is not a replacement', () => {
    expect(planRegistration(changedDescription, actual(at)).outcome).toBe('write-draft');
    const tagged = desired({ ...at, tags: [{ Key: 'team', Value: 'other' }] });
    expect(planRegistration(tagged, actual({ ...at, registrationStatus: 'COMPLETE', versionStatus: 'APPROVED' })).outcome).toBe('tags-only');
  });
});
