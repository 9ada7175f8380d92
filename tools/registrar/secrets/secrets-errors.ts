/**
 * Secrets Manager's errors as the SDK's AWS JSON 1.1 deserializer reads them: the name in `__type`
 * (unqualified, as the service sends it) and in the `x-amzn-errortype` header, the text in `Message`.
 * Messages name members and constraints, never a secret's value.
 */

export type SecretsErrorName =
  | 'ResourceNotFoundException' | 'InvalidParameterException' | 'InvalidRequestException' | 'ValidationException'
  | 'SerializationException' | 'UnknownOperationException' | 'IncompleteSignatureException' | 'InvalidSignatureException'
  | 'ThrottlingException' | 'AccessDeniedException' | 'DecryptionFailure' | 'InternalServiceError';

export class SecretsError extends Error {
  constructor(readonly errorName: SecretsErrorName | string, message: string, readonly statusCode = 400) {
    super(message);
  }

  toBody(): Record<string, unknown> {
    return { __type: this.errorName, Message: this.message };
  }
}

export function secretNotFound(): SecretsError {
  return new SecretsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
}

export function secretValueNotFound(selector: string): SecretsError {
  return new SecretsError('ResourceNotFoundException', `Secrets Manager can't find the specified secret value for ${selector}`);
}

/** Length and required-member breaches, every one at once, as the service's model validation words them (without the value). */
export function validationErrors(breaches: readonly string[]): SecretsError {
  const count = `${breaches.length} validation error${breaches.length === 1 ? '' : 's'} detected`;
  return new SecretsError('ValidationException', `${count}: ${breaches.join('; ')}`);
}
