import { latestVersionOf } from '../../tools/fleet/latest-version';

describe('a fleet row\'s latest version', () => {
  test('is the newest version not discarded, as the handler compares against', () => {
    const row = latestVersionOf([
      { VersionNumber: 1, RegistrationVersionStatus: 'DENIED', DeniedReasons: [{ ShortDescription: 'Describe the use case' }] } as any,
      { VersionNumber: 2, RegistrationVersionStatus: 'DISCARDED' } as any,
    ]);
    expect(row).toEqual({ latestVersion: 1, latestVersionStatus: 'DENIED', denialReasons: 'Describe the use case' });
  });
});
