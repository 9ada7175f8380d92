import { RegistrarAdmin } from './admin';

/** RegistrarAdmin for a registrar in another process (`npm run registrar`), over its HTTP admin routes. */
export type RemoteRegistrarAdmin = {
  [K in keyof RegistrarAdmin]: (...args: Parameters<RegistrarAdmin[K]>) => Promise<ReturnType<RegistrarAdmin[K]>>;
};

export function connectRegistrarAdmin(url: string): RemoteRegistrarAdmin {
  const base = url.replace(/\/$/, '');
  const call = async (method: string, route: string, body?: unknown): Promise<any> => {
    const response = await fetch(`${base}/admin/${route}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const result = (await response.json()) as { error?: string } | undefined;
    if (!response.ok) throw new Error(`Registrar admin ${method} /admin/${route}: ${result?.error ?? response.status}`);
    return result;
  };
  return {
    approve: (registrationId, versionNumber) => call('POST', 'approve', { registrationId, versionNumber }),
    deny: (registrationId, denial) => call('POST', 'deny', { ...denial, registrationId }),
    setVersionStatus: (registrationId, status, versionNumber) => call('POST', 'version-status', { registrationId, status, versionNumber }),
    setRegistrationStatus: (registrationId, status) => call('POST', 'registration-status', { registrationId, status }),
    setFaults: (settings) => call('POST', 'faults', settings),
    faults: () => call('GET', 'faults'),
    setQuota: async (operation, requestsPerSecond) => {
      await call('POST', 'faults/quota', { operation, requestsPerSecond });
    },
    failNext: async (operation, count, errorName, afterCalls) => {
      await call('POST', 'faults/fail-next', { operation, count, errorName, afterCalls });
    },
    failAfterApply: async (operation, count, afterCalls) => {
      await call('POST', 'faults/fail-after-apply', { operation, count, afterCalls });
    },
    resetFaults: async () => {
      await call('POST', 'faults/reset');
    },
    callLog: () => call('GET', 'calls'),
    clearCallLog: async () => {
      await call('DELETE', 'calls');
    },
    dumpState: () => call('GET', 'state'),
    putSecret: (name, value, options) => call('POST', 'secrets', { name, value, ...options }),
    secrets: () => call('GET', 'secrets'),
    reset: async () => {
      await call('POST', 'reset');
    },
  };
}
