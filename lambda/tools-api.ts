/**
 * What the tools (tools/: the CLI, the rehearsal, the bench, the demo) may use of the handler, in one place: the same
 * handler, state reads, secret reads and error wording a deploy uses, so a rehearsal or a plan decides as a deploy does.
 * The handler's other modules are its own; a lint zone keeps the tools to this module.
 */
export type { IsCompleteResult, RegistrationEvent } from './events';
export { createHandler } from './handler';
export type { HandlerDependencies, RegistrationHandler } from './handler';
export type { RegistrationReads } from './read-state';
export { readActualState } from './read-state';
export { defaultClient, MAX_RESULTS, RegistrationApi } from './registration-api';
export { readSecretFields } from './secret-values';
export type { SecretFieldReading } from './secret-values';
export { SecretsManagerReader } from './secrets-api';
export type { SecretReader } from './secrets-api';
export { describeServiceError } from './service-errors';
export { longestThrottledCallMs, WorkBudget } from './work-budget';
