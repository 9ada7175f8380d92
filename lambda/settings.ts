/**
 * The handler's settings: the one module that reads its environment variables. They are read when a
 * handler is created (`createHandler`), not when a module loads, so a test or the bench that sets
 * them first gets what it set. The construct sets them on the Lambda functions
 * (lib/registration-provider.ts).
 */
export interface HandlerSettings {
  /** Attempts per SMS API call (SMS_API_MAX_ATTEMPTS, default 10); the work budget keeps time for the longest such call. */
  readonly smsApiMaxAttempts: number;
  /** How often an upload's progress is checked (ATTACHMENT_POLL_MS, default 1 s); the local registrar finishes uploads in milliseconds. */
  readonly attachmentPollMs: number;
  /** At most this long of work per invocation (MAX_WORK_MS, default unbounded), so tests and the bench can force resumption. */
  readonly maxWorkMs: number;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): HandlerSettings {
  return {
    smsApiMaxAttempts: Number(env.SMS_API_MAX_ATTEMPTS ?? 10),
    attachmentPollMs: Number(env.ATTACHMENT_POLL_MS ?? 1000),
    maxWorkMs: Number(env.MAX_WORK_MS ?? Number.POSITIVE_INFINITY),
  };
}

/**
 * The logger's service name (POWERTOOLS_SERVICE_NAME). Read when the logger module loads: there is one
 * logger per Lambda container, made before any handler. Powertools reads its other variables
 * (POWERTOOLS_LOG_LEVEL) itself.
 */
export function loggerServiceName(env: NodeJS.ProcessEnv = process.env): string {
  return env.POWERTOOLS_SERVICE_NAME ?? 'sender-id-registration';
}
