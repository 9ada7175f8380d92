import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { RegistrationEvent } from '../../lambda/events';
import { createHandler, HandlerDependencies, RegistrationHandler } from '../../lambda/handler';
import { RegistrationApi } from '../../lambda/registration-api';
import { UPLOADS_SINCE_TAG } from '../../lib/core/lifecycle/unbound-attachments';
import { WRITTEN_VALUES_TAG } from '../../lib/core/lifecycle/written-values';
import { CustomResourceOutcome, runCustomResource as simulate, SimulationOptions } from '../../tools/provider-simulator';
import { RegistrarOptions, RunningRegistrar, startRegistrar } from '../../tools/registrar';

/** Calls the handler made that change something (everything but Describe* and List*). */
export function writeCalls(registrar: RunningRegistrar): string[] {
  return registrar.admin.callLog().filter((c) => !/^(Describe|List)/.test(c.operation)).map((c) => c.operation);
}

/**
 * A registration's tags without the two the handler keeps for itself: the fingerprint of what the last deploy wrote
 * (for drift) and the mark of uploads not yet recorded.
 */
export function tagsBesidesBookkeeping(registrar: RunningRegistrar, registrationArn: string): Record<string, string> {
  const { [WRITTEN_VALUES_TAG]: _fingerprint, [UPLOADS_SINCE_TAG]: _mark, ...tags } = registrar.admin.dumpState().tags[registrationArn] ?? {};
  return tags;
}

/**
 * A registrar on a random port with the handler pointed at it through the real SDK client (fake
 * credentials, the standard retry strategy with short backoff so tests stay quick).
 */
/** Whether the simulated stack is rolling back (CloudFormation's DescribeStacks, as the handler sees it). */
export const simulatedStack = { rollingBack: false };

export async function startHandlerAgainstRegistrar(options: RegistrarOptions = {}): Promise<RunningRegistrar> {
  process.env.ATTACHMENT_POLL_MS = '5';
  const registrar = await startRegistrar({ region: 'ap-south-1', uploadCompleteAfterMs: 10, ...options });
  useHandlerDependencies({ api: registrationApiFor(registrar), isRollingBack: async () => simulatedStack.rollingBack });
  return registrar;
}

/** The handler a test file's resources run through (each jest test file has its own module instance). */
let testHandler: RegistrationHandler | undefined;

/** Build the test file's handler from its sources, e.g. with an api that kills calls (settings read now, after the test set them). */
export function useHandlerDependencies(deps: HandlerDependencies): void {
  testHandler = createHandler(deps);
}

/** Run one event through the test file's handler, as the Provider framework would (tools/provider-simulator.ts). */
export function runCustomResource(event: RegistrationEvent, options: SimulationOptions = {}): Promise<CustomResourceOutcome> {
  if (!testHandler) throw new Error('startHandlerAgainstRegistrar() first: no handler to run the event through');
  return simulate(testHandler, event, options);
}

/**
 * A RegistrationApi on the real SDK client, pointed at the registrar as the handler's is (tests wrap it
 * to inject kills). `region` plays the Lambda function's Region (AWS_REGION).
 */
export function registrationApiFor(registrar: RunningRegistrar, region = 'ap-south-1'): RegistrationApi {
  return new RegistrationApi(new PinpointSMSVoiceV2Client({
    endpoint: registrar.url,
    region,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 10,
    retryMode: 'standard',
  }));
}

/**
 * The usual hooks of a handler test file: one registrar for the file, reset before each test, with the
 * stack not rolling back. Returns the running registrar (available once beforeAll has run).
 */
export function registrarForEachTest(options: RegistrarOptions = {}): { readonly current: RunningRegistrar } {
  const holder: { current: RunningRegistrar } = { current: undefined as unknown as RunningRegistrar };
  beforeAll(async () => {
    holder.current = await startHandlerAgainstRegistrar(options);
  });
  afterAll(async () => holder.current.close());
  beforeEach(() => {
    holder.current.admin.reset();
    simulatedStack.rollingBack = false;
  });
  return holder;
}
