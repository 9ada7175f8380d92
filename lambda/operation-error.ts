import { assertTimeLeft } from './call-budget';
import { describeServiceError } from './service-errors';

/**
 * A call that failed, with what it was about: the stack event names the operation, the field or file,
 * and the cause (as `describeServiceError` tells it, without values), while the handler can still look
 * at the service's own error (`cause`) to decide what it means.
 */
export class OperationError extends Error {
  constructor(readonly operation: string, readonly subject: string | undefined, cause: unknown) {
    super(`${operation}${subject ? ` (${subject})` : ''} failed: ${describeServiceError(cause)}`, { cause });
    this.name = 'OperationError';
  }

  /** The same failure, about a more precise subject (a field and its file). */
  about(subject: string): OperationError {
    return new OperationError(this.operation, subject, this.cause);
  }
}

/** The service's own error behind an OperationError (or the error itself). */
export function causeOf(error: unknown): unknown {
  return error instanceof OperationError ? error.cause : error;
}

/** Run one call, naming it if it fails; none starts once the invocation's time is spent (call-budget.ts). */
export async function during<T>(operation: string, subject: string | undefined, call: () => Promise<T>): Promise<T> {
  assertTimeLeft(operation);
  try {
    return await call();
  } catch (error) {
    throw error instanceof OperationError ? error : new OperationError(operation, subject, error);
  }
}
