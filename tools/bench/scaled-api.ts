import { AsyncLocalStorage } from 'node:async_hooks';
import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { StandardRetryStrategy } from '@smithy/core/retry';
import { RegistrationApi } from '../../lambda/tools-api';
import { HandlerName } from '../provider-simulator';

/** The SDK's cap on one backoff delay (DefaultRetryBackoffStrategy). */
const MAXIMUM_RETRY_DELAY_MS = 20_000;

/**
 * The SDK's own standard retry strategy (the one `retryMode: 'standard'` builds), with its backoff
 * computed exactly as the SDK's DefaultRetryBackoffStrategy does (full jitter, base doubled per retry,
 * capped at 20 s) and then divided by the time scale, so that retries keep their real proportion to
 * the scaled quotas.
 */
function scaledStandardRetryStrategy(maxAttempts: number, timeScale: number): StandardRetryStrategy {
  let base = 0;
  return new StandardRetryStrategy({
    maxAttempts,
    backoff: {
      setDelayBase: (delay: number) => {
        base = delay;
      },
      computeNextBackoffDelay: (retries: number) => Math.floor(Math.random() * Math.min(base * 2 ** retries, MAXIMUM_RETRY_DELAY_MS)) / timeScale,
    },
  });
}

/** A RegistrationApi as one Lambda container has it: its own SDK client, hence its own retry capacity. */
function containerApi(endpoint: string, maxAttempts: number, timeScale: number): RegistrationApi {
  return new RegistrationApi(new PinpointSMSVoiceV2Client({
    endpoint,
    region: 'ap-south-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    retryStrategy: scaledStandardRetryStrategy(maxAttempts, timeScale),
  }));
}

/**
 * The handler keeps one RegistrationApi per process; in AWS every concurrent registration runs in its
 * own Lambda container. This stands in for all of them: each simulated registration runs inside
 * `asContainer`, and calls go to that registration's own client.
 */
export class ContainerApis {
  private readonly current = new AsyncLocalStorage<RegistrationApi>();
  private readonly apis = new Map<string, RegistrationApi>();

  constructor(
    private readonly endpoint: string, private readonly maxAttempts: Record<HandlerName, number>, private readonly timeScale: number,
  ) {}

  /** The handler's api (createHandler): forwards each call to the container of the registration that makes it. */
  dispatcher(): RegistrationApi {
    return new Proxy({} as RegistrationApi, {
      get: (_target, property) => {
        const api = this.current.getStore();
        if (!api) throw new Error('A handler call outside a simulated container');
        const member = Reflect.get(api, property, api);
        return typeof member === 'function' ? member.bind(api) : member;
      },
    });
  }

  /** Each registration's onEvent and isComplete functions are separate Lambda functions, with their own containers and settings. */
  asContainer<T>(registration: string, handler: HandlerName, work: () => Promise<T>): Promise<T> {
    const key = `${registration}:${handler}`;
    let api = this.apis.get(key);
    if (!api) {
      api = containerApi(this.endpoint, this.maxAttempts[handler], this.timeScale);
      this.apis.set(key, api);
    }
    return this.current.run(api, work);
  }
}
