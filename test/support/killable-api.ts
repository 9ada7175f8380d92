import { RegistrationApi } from '../../lambda/registration-api';

/** What a killed process would have thrown, had it been able to throw anything. */
export class KilledError extends Error {
  constructor(method: string) {
    super(`the handler was killed (${method} was called after the process died)`);
    this.name = 'KilledError';
  }
}

/** A RegistrationApi whose process "dies" right after its Nth call to the service went through. */
export interface KillableApi {
  readonly api: RegistrationApi;
  /** Calls made so far (each RegistrationApi method call counts once; after death, none are made). */
  readonly calls: () => number;
  readonly died: () => boolean;
}

/**
 * Wraps a real RegistrationApi. The Nth call really reaches the service, but its result is lost
 * (the caller gets an error instead), and every later call throws without reaching the service:
 * a killed Lambda runs nothing more, not even the handler's own cleanup. Without `dieAfter` it
 * only counts calls, to measure an uninterrupted run.
 */
export function killableApi(real: RegistrationApi, dieAfter = Number.POSITIVE_INFINITY): KillableApi {
  let calls = 0;
  let dead = false;
  const api = new Proxy(real, {
    get(target, property, receiver) {
      const member = Reflect.get(target, property, receiver);
      if (typeof member !== 'function') return member;
      return async (...args: unknown[]) => {
        if (dead) throw new KilledError(String(property));
        const result = await member.apply(target, args);
        calls++;
        if (calls >= dieAfter) {
          dead = true;
          throw new KilledError(String(property));
        }
        return result;
      };
    },
  });
  return { api, calls: () => calls, died: () => dead };
}
