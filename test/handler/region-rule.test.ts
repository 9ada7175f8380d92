import { CreateRegistrationCommand, PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { indiaProperties, indonesiaProperties, makeS3Root } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { registrationApiFor, runCustomResource, startHandlerAgainstRegistrar, useHandlerDependencies, writeCalls } from '../support/local-registrar';

// The handler's Lambda function runs in eu-west-1, as an environment-agnostic stack deployed there would.
let registrar: RunningRegistrar;
let consoleClient: PinpointSMSVoiceV2Client;
beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar({ region: 'eu-west-1', s3Root: makeS3Root() });
  useHandlerDependencies({ api: registrationApiFor(registrar, 'eu-west-1'), isRollingBack: async () => false });
  consoleClient = new PinpointSMSVoiceV2Client({
    endpoint: registrar.url, region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
});
afterAll(async () => {
  consoleClient.destroy();
  await registrar.close();
});
beforeEach(() => registrar.admin.reset());

const REFUSAL = new RegExp('IN_SENDER_ID_REGISTRATION must be created in one of ap-south-1, ap-south-2, but this stack\'s handler is in eu-west-1: '
  + '.*REQUIRES_UPDATES\\. Fix: deploy the stack that declares this registration to ap-south-1 or ap-south-2\\. Nothing was created or changed\\.$');

describe('Region rules in the handler', () => {
  test('Create of an India registration outside ap-south-1/2 is refused with the type, Region, allowed Regions and fix; nothing is written', async () => {
    const error: Error = await runCustomResource(buildEvent({ ResourceProperties: indiaProperties() })).catch((e) => e);

    expect(error.message).toMatch(REFUSAL);
    expect(writeCalls(registrar)).toEqual([]);
    expect(registrar.admin.dumpState().registrations).toEqual([]);
  });

  test('adopting an India registration outside ap-south-1/2 is refused too, and the registration is left as it was', async () => {
    const { RegistrationId } = await consoleClient.send(new CreateRegistrationCommand({ RegistrationType: 'IN_SENDER_ID_REGISTRATION' }));
    registrar.admin.clearCallLog();

    const event = buildEvent({ ResourceProperties: { ...indiaProperties(), AdoptRegistrationId: RegistrationId } });
    const error: Error = await runCustomResource(event).catch((e) => e);

    expect(error.message).toMatch(REFUSAL);
    expect(writeCalls(registrar)).toEqual([]);
    expect((registrar.admin.dumpState().registrations as any[]).map((r) => r.status)).toEqual(['CREATED']);
  });

  test('a type without a Region rule (Indonesia) is created in the same Region', async () => {
    const outcome = await runCustomResource(buildEvent({ LogicalResourceId: 'Indonesia', ResourceProperties: indonesiaProperties() }));
    expect(outcome.data.RegistrationStatus).toBe('SUBMITTED');
  });
});
