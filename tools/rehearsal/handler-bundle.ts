import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { HandlerDependencies, RegistrationHandler } from '../../lambda/tools-api';
import { handlerAssetDirectory } from '../../lib/handler-asset';

/** What the bundle exports (lambda/index.ts): the Lambda entry points, and the factory they are built with. */
interface BundleExports extends RegistrationHandler {
  createHandler(deps: HandlerDependencies): RegistrationHandler;
}

/** The local registrar a rehearsed handler talks to, through the SDK's own endpoint setting. */
export interface RegistrarEndpoint {
  readonly url: string;
  readonly region: string;
}

/**
 * The handler exactly as Lambda runs it: the pre-built bundle (`assets/handler/index.js`, what the construct deploys),
 * not its sources. Each Region gets its own instance of the module, as each Region's Lambda container is its own: the
 * bundle makes its SDK client once, from the environment (AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2, AWS_REGION and the
 * credentials), so every invocation runs with that Region's environment set.
 */
export class BundledHandlers {
  private readonly byRegion = new Map<string, RegistrationHandler>();
  private readonly bundleFile = path.join(handlerAssetDirectory(), 'index.js');

  /** The handler for `endpoint`'s Region; each call it makes runs against that registrar. */
  for(endpoint: RegistrarEndpoint): RegistrationHandler {
    const bundle = this.instance(endpoint.region);
    const within = <T>(invoke: () => Promise<T>) => withEnvironment(registrarEnvironment(endpoint), invoke);
    return {
      onEvent: (event) => within(() => bundle.onEvent(event)),
      isComplete: (event, context) => within(() => bundle.isComplete(event, context)),
    };
  }

  private instance(region: string): RegistrationHandler {
    let handler = this.byRegion.get(region);
    if (!handler) {
      const load = createRequire(this.bundleFile);
      // A fresh module instance, as each Region's Lambda container loads its own.
      delete load.cache[this.bundleFile];
      const bundle = load(this.bundleFile) as BundleExports;
      // A rehearsal has no CloudFormation to ask whether the stack rolls back: it never does. The handler makes its
      // SDK client at its first call, inside that call's environment (the registrar's endpoint and Region).
      handler = bundle.createHandler({ isRollingBack: async () => false });
      this.byRegion.set(region, handler);
    }
    return handler;
  }
}

function registrarEnvironment(endpoint: RegistrarEndpoint): Record<string, string | undefined> {
  return {
    AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2: endpoint.url,
    // The same registrar answers GetSecretValue, from the rehearsal's secrets file.
    AWS_ENDPOINT_URL_SECRETS_MANAGER: endpoint.url,
    AWS_REGION: endpoint.region,
    // The registrar accepts any credentials; the user's own (a profile, a session) must never reach it or be needed.
    AWS_ACCESS_KEY_ID: 'rehearsal',
    AWS_SECRET_ACCESS_KEY: 'rehearsal',
    AWS_SESSION_TOKEN: undefined,
    AWS_PROFILE: undefined,
  };
}

/** Run `invoke` with `variables` set in process.env, restoring what was there afterwards. */
async function withEnvironment<T>(variables: Record<string, string | undefined>, invoke: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  assign(variables);
  try {
    return await invoke();
  } finally {
    assign(saved);
  }
}

function assign(variables: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(variables)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}
