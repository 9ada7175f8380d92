import { formatStatusTable } from '../../tools/status/format-status';
import { outsideStepOf, RegistrationStatusReport } from '../../tools/status/registration-status';

/** Singapore's form needs an SGNIC registration after submit (its page); status says so until the registration completes. */
describe('status names a step outside AWS that a submitted registration still needs', () => {
  test.each(['SUBMITTED', 'REVIEWING', 'PROVISIONING'])('Singapore, %s: register with SGNIC', (status) => {
    expect(outsideStepOf('SG_SENDER_ID_REGISTRATION', status).outsideStep).toMatch(/^also register the sender ID with SGNIC .*AMCS SG Private Limited/);
  });

  test.each(['CREATED', 'COMPLETE', 'REQUIRES_UPDATES', 'CLOSED'])('Singapore, %s: nothing to say (not submitted, done, sent back or gone)', (status) => {
    expect(outsideStepOf('SG_SENDER_ID_REGISTRATION', status)).toEqual({});
  });

  test('a form whose review is the whole process says nothing', () => {
    expect(outsideStepOf('IN_SENDER_ID_REGISTRATION', 'SUBMITTED')).toEqual({});
  });

  test('the table shows the step under its registration', () => {
    const report: RegistrationStatusReport = {
      registrationId: 'registration-1', registrationType: 'SG_SENDER_ID_REGISTRATION', registrationStatus: 'SUBMITTED',
      stackName: 'SenderIds', senderId: 'DEMOSG', versions: [], ...outsideStepOf('SG_SENDER_ID_REGISTRATION', 'SUBMITTED'),
    };
    expect(formatStatusTable([report], 'ap-southeast-1')).toMatch(/DEMOSG.*\n {4}still to do outside AWS: also register the sender ID with SGNIC/);
  });
});
