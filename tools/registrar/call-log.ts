/** Every API call the registrar answered, so tests can see retries and benchmarks can count calls. */

export interface CallLogEntry {
  /** 1, 2, 3, … in arrival order. */
  readonly seq: number;
  readonly operation: string;
  /** ISO 8601, when the call arrived. */
  readonly timestamp: string;
  /** The request's JSON members; AttachmentBody is replaced by its size to keep the log small. */
  readonly params: Record<string, unknown>;
  /** The Region the call was addressed to (its SigV4 credential scope, else the registrar's `region`). */
  readonly region: string;
  /**
   * 'ok', the name of the error returned (ThrottlingException, ConflictException, …), or
   * 'lost-after-apply' when the call was applied and its connection dropped without an answer (failAfterApply).
   */
  outcome: string;
  /** The SDK's `amz-sdk-invocation-id`: the same for every attempt of one SDK call. */
  readonly invocationId?: string;
  /** The attempt number from the SDK's `amz-sdk-request` header (1 for the first try). */
  readonly attempt?: number;
}

export class CallLog {
  private entries: CallLogEntry[] = [];
  private seq = 0;

  record(operation: string, params: Record<string, unknown>, headers: Record<string, string | string[] | undefined>, region: string): CallLogEntry {
    const attempt = /attempt=(\d+)/.exec(String(headers['amz-sdk-request'] ?? ''))?.[1];
    const invocationId = headers['amz-sdk-invocation-id'];
    const entry: CallLogEntry = {
      seq: ++this.seq,
      operation,
      region,
      timestamp: new Date().toISOString(),
      params: redact(params),
      outcome: 'pending',
      ...(typeof invocationId === 'string' ? { invocationId } : {}),
      ...(attempt ? { attempt: Number(attempt) } : {}),
    };
    this.entries.push(entry);
    return entry;
  }

  all(): CallLogEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  clear(): void {
    this.entries = [];
  }
}

function redact(params: Record<string, unknown>): Record<string, unknown> {
  if (typeof params.AttachmentBody !== 'string') return params;
  return { ...params, AttachmentBody: `<${Buffer.byteLength(params.AttachmentBody, 'base64')} bytes>` };
}
