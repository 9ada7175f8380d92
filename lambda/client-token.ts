import { createHash } from 'node:crypto';

/**
 * A ClientToken (1-64 characters of [!-~]) derived from the parts that make a call unique, so a
 * retried event or a re-run after a killed invocation repeats the same call instead of making a
 * second registration or attachment.
 */
export function clientToken(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}
