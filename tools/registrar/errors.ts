/**
 * The service's error shapes, exactly as the SDK's AWS JSON 1.0 deserializer reads them: the type
 * name in `__type` (namespaced like the real service), members in PascalCase (`Message`, not
 * `message`), because the SDK copies only the members its error schema declares.
 */

const NAMESPACE = 'com.amazonaws.pinpointsmsvoicev2';

export type ErrorName =
  | 'ValidationException' | 'ConflictException' | 'ResourceNotFoundException' | 'ThrottlingException'
  | 'AccessDeniedException' | 'InternalServerException' | 'ServiceQuotaExceededException' | 'UnknownOperationException'
  | 'IncompleteSignatureException' | 'InvalidSignatureException';

export interface ValidationField {
  readonly Name: string;
  readonly Message: string;
}

export class ServiceError extends Error {
  constructor(
    readonly errorName: ErrorName,
    message: string,
    readonly members: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** 5xx only for server faults: the SDK retries those, and treats every 4xx by its error name. */
  get statusCode(): number {
    if (this.errorName === 'InternalServerException') return 500;
    return this.errorName.endsWith('SignatureException') ? 403 : 400;
  }

  toBody(): Record<string, unknown> {
    return { __type: `${NAMESPACE}#${this.errorName}`, Message: this.message, ...this.members };
  }
}

export function validationError(reason: string, message: string, fields?: ValidationField[]): ServiceError {
  return new ServiceError('ValidationException', message, { Reason: reason, ...(fields?.length ? { Fields: fields } : {}) });
}

export function conflictError(reason: string, message: string, resourceType: string, resourceId: string): ServiceError {
  return new ServiceError('ConflictException', message, { Reason: reason, ResourceType: resourceType, ResourceId: resourceId });
}

export function notFoundError(resourceType: string, resourceId: string): ServiceError {
  return new ServiceError('ResourceNotFoundException', `No ${resourceType} with id ${resourceId}`, {
    ResourceType: resourceType, ResourceId: resourceId,
  });
}

export function throttlingError(message = 'Rate exceeded'): ServiceError {
  return new ServiceError('ThrottlingException', message);
}

/** An error of any known name, for fault injection; unknown names become InternalServerException. */
export function injectedError(name: string | undefined, operation: string): ServiceError {
  const message = `Injected fault on ${operation}`;
  switch (name) {
    case 'ValidationException': return validationError('OTHER', message);
    case 'ConflictException': return conflictError('RESOURCE_MODIFICATION_NOT_ALLOWED', message, 'registration', 'injected');
    case 'ResourceNotFoundException': return notFoundError('registration', 'injected');
    case 'ThrottlingException': return throttlingError(message);
    case 'AccessDeniedException': return new ServiceError('AccessDeniedException', message);
    case 'ServiceQuotaExceededException': return new ServiceError('ServiceQuotaExceededException', message);
    default: return new ServiceError('InternalServerException', message);
  }
}
