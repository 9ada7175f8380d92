import { InvocationContext, IsCompleteResult, OnEventResult, RegistrationEvent } from './events';
import { HandlerContext } from './handler-context';
import { isComplete } from './is-complete';
import { onEvent } from './on-event';
import { defaultClient, RegistrationApi } from './registration-api';
import { SecretReader, SecretsManagerReader } from './secrets-api';
import { HandlerSettings, readSettings } from './settings';
import { RollbackDetector, stackIsRollingBack } from './stack-rollback';

/**
 * The custom resource handler behind `Custom::SenderIdRegistration`, run by the CDK Provider
 * framework: `onEvent` starts the work (validate, create, or delete) and `isComplete` carries it
 * to the end in bounded steps, one poll at a time.
 */
export interface RegistrationHandler {
  onEvent(event: RegistrationEvent): Promise<OnEventResult>;
  isComplete(event: RegistrationEvent, context?: InvocationContext): Promise<IsCompleteResult>;
}

/** What the handler talks to and how it works; the rehearsal, tests and the bench point it at a local registrar. */
export interface HandlerDependencies {
  /** Default: the SDK client from the environment (endpoint, Region, credentials), made at the first call that needs it. */
  readonly api?: RegistrationApi;
  /** Default: the Secrets Manager client from the environment, made at the first read. */
  readonly secrets?: SecretReader;
  /** Default: CloudFormation's DescribeStacks. */
  readonly isRollingBack?: RollbackDetector;
  /** Default: read from the environment when the handler is created (lambda/settings.ts). */
  readonly settings?: HandlerSettings;
}

export function createHandler(deps: HandlerDependencies = {}): RegistrationHandler {
  const settings = deps.settings ?? readSettings();
  let api = deps.api;
  let secrets = deps.secrets;
  const context: HandlerContext = {
    // Made lazily: the rehearsal sets the registrar's endpoint in the environment of each invocation.
    api: () => api ??= new RegistrationApi(defaultClient({}, settings.smsApiMaxAttempts)),
    secrets: () => secrets ??= SecretsManagerReader.fromEnvironment(settings.smsApiMaxAttempts),
    isRollingBack: deps.isRollingBack ?? stackIsRollingBack,
    settings,
  };
  return {
    onEvent: (event) => onEvent(context, event),
    isComplete: (event, invocation) => isComplete(context, event, invocation),
  };
}
