import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  latestLiveVersion, parseRegistrationStatus, parseVersionStatus, REGISTRATION_STATUSES, registrationStage, VERSION_STATUSES, versionStage,
} from '../../lib/core/lifecycle/statuses';

const MODEL = JSON.parse(readFileSync(join(__dirname, '../../tools/registrar/service-model/pinpoint-sms-voice-v2-2022-03-31.json'), 'utf8'));

describe('the one status model', () => {
  test('knows exactly the registration statuses of the service model', () => {
    expect([...REGISTRATION_STATUSES].sort()).toEqual([...MODEL.shapes.RegistrationStatus.enum].sort());
  });

  test('knows exactly the version statuses of the service model', () => {
    expect([...VERSION_STATUSES].sort()).toEqual([...MODEL.shapes.RegistrationVersionStatus.enum].sort());
  });

  test('REQUIRES_OFFLINE_REVIEW is under review, REQUIRES_AUTHENTICATION waits for the user', () => {
    expect(versionStage('REQUIRES_OFFLINE_REVIEW')).toBe('under-review');
    expect(versionStage('REQUIRES_AUTHENTICATION')).toBe('needs-user');
    expect(registrationStage('REQUIRES_AUTHENTICATION')).toBe('needs-user');
  });

  test('PROVISIONING is approved but CLOSED and DELETED are over', () => {
    expect(registrationStage('PROVISIONING')).toBe('approved');
    expect(registrationStage('CLOSED')).toBe('terminal');
    expect(registrationStage('DELETED')).toBe('terminal');
  });

  test('a status the library does not know is refused, naming it and the known ones', () => {
    expect(() => parseRegistrationStatus('PAUSED')).toThrow(/Unknown registration status "PAUSED".*CREATED, SUBMITTED/);
    expect(() => parseVersionStatus(undefined)).toThrow(/Unknown registration version status undefined/);
    expect(parseVersionStatus('REQUIRES_OFFLINE_REVIEW')).toBe('REQUIRES_OFFLINE_REVIEW');
  });

  test('the latest version skips discarded ones, in any order', () => {
    const versions = [
      { versionNumber: 3, versionStatus: 'DISCARDED' as const },
      { versionNumber: 1, versionStatus: 'ARCHIVED' as const },
      { versionNumber: 2, versionStatus: 'APPROVED' as const },
    ];
    expect(latestLiveVersion(versions)?.versionNumber).toBe(2);
    expect(latestLiveVersion([{ versionNumber: 1, versionStatus: 'DISCARDED' as const }])).toBeUndefined();
  });
});
