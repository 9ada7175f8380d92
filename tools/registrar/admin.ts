import { CallLog, CallLogEntry } from './call-log';
import { FaultSettings, Faults } from './faults';
import { approvedVersionNumber, latestDeniedVersionNumber, registrationStatus } from './lifecycle';
import { approve, deny, Denial, RegistrationStatusSummary, setRegistrationStatus, setStatus, VersionSummary } from './reviewer';
import { PutSecretOptions, SecretStore, SecretVersionSummary } from './secrets/secret-store';
import { SecretValueInput } from './secrets/secrets-file';
import { RegionState, RegistrarState } from './state';

/** The registrar's back door: reviewer, fault injection, call log and state, in-process and over HTTP. */

export interface RegistrarAdmin {
  approve(registrationId: string, versionNumber?: number): VersionSummary;
  deny(registrationId: string, denial?: Denial): VersionSummary;
  setVersionStatus(registrationId: string, status: string, versionNumber?: number): VersionSummary;
  /** PROVISIONING, COMPLETE, CLOSED or DELETED: the registration statuses no version status implies. */
  setRegistrationStatus(registrationId: string, status: string): RegistrationStatusSummary;
  /** Merges: only the settings given change. */
  setFaults(settings: Partial<FaultSettings>): FaultSettings;
  faults(): FaultSettings;
  /** Requests per second; undefined or 0 removes the quota. */
  setQuota(operation: string, requestsPerSecond: number | undefined): void;
  /**
   * The next `count` calls of `operation` fail with `errorName` (default InternalServerException, HTTP 500),
   * after `afterCalls` more calls have succeeded (default 0).
   */
  failNext(operation: string, count?: number, errorName?: string, afterCalls?: number): void;
  /**
   * The next `count` calls of `operation` (default 1), after `afterCalls` more have been applied (default 0),
   * are applied and then lose their response: the connection is dropped, and the SDK retries.
   */
  failAfterApply(operation: string, count?: number, afterCalls?: number): void;
  resetFaults(): void;
  callLog(): CallLogEntry[];
  clearCallLog(): void;
  dumpState(): StateDump;
  /**
   * Adds a version of a secret GetSecretValue reads, in every Region (creating the secret if need be). Its
   * labels (default AWSCURRENT) move to it; a moved AWSCURRENT leaves AWSPREVIOUS on the version that had it.
   */
  putSecret(name: string, value: SecretValueInput, options?: PutSecretOptions): SecretVersionSummary;
  /** The secrets held: names, version ids and labels, never values. */
  secrets(): Array<{ name: string; versions: Array<{ versionId: string; stages: string[] }> }>;
  /**
   * Forgets every registration, attachment, tag and client token in every Region, and resets faults and the call log.
   * Secrets go back to those the registrar started with (its secrets file).
   */
  reset(): void;
}

/** One Region's registrations, attachments and tags. */
export interface RegionDump {
  readonly registrations: unknown[];
  readonly attachments: unknown[];
  readonly tags: Record<string, Record<string, string>>;
}

/**
 * Every Region's state under `regions`; the top-level lists hold all Regions together (each entry
 * names its `region`), so a reader that does not care about Regions sees everything.
 */
export interface StateDump extends RegionDump {
  readonly regions: Record<string, RegionDump>;
}

export function createAdmin(state: RegistrarState, faults: Faults, calls: CallLog, secrets: SecretStore): RegistrarAdmin {
  return {
    approve: (id, n) => approve(state, id, n),
    deny: (id, denial) => deny(state, id, denial),
    setVersionStatus: (id, status, n) => setStatus(state, id, status, n),
    setRegistrationStatus: (id, status) => setRegistrationStatus(state, id, status),
    setFaults: (settings) => {
      faults.set(settings);
      return faults.settings();
    },
    faults: () => faults.settings(),
    setQuota: (operation, rps) => faults.setQuota(operation, rps),
    failNext: (operation, count, errorName, afterCalls) => faults.failNext(operation, count, errorName, afterCalls),
    failAfterApply: (operation, count, afterCalls) => faults.failAfterApply(operation, count, afterCalls),
    resetFaults: () => faults.reset(),
    callLog: () => calls.all(),
    clearCallLog: () => calls.clear(),
    dumpState: () => dumpState(state),
    putSecret: (name, value, options) => secrets.put(name, value, options),
    secrets: () => secrets.list(),
    reset: () => {
      state.clear();
      secrets.reset();
      faults.reset();
      calls.clear();
    },
  };
}

function dumpState(state: RegistrarState): StateDump {
  const regions = Object.fromEntries(state.allRegions().map((r) => [r.region, dumpRegion(r)]));
  const all = Object.values(regions);
  return {
    registrations: all.flatMap((r) => r.registrations),
    attachments: all.flatMap((r) => r.attachments),
    tags: Object.assign({}, ...all.map((r) => r.tags)),
    regions,
  };
}

function dumpRegion(state: RegionState): RegionDump {
  const region = state.region;
  return {
    registrations: [...state.registrations.values()].map((r) => ({
      registrationId: r.id,
      registrationArn: r.arn,
      region,
      registrationType: r.type,
      status: registrationStatus(r),
      approvedVersionNumber: approvedVersionNumber(r),
      latestDeniedVersionNumber: latestDeniedVersionNumber(r),
      createdAt: r.createdAt.toISOString(),
      versions: r.versions.map((v) => ({
        versionNumber: v.versionNumber,
        status: v.status,
        history: Object.fromEntries(Object.entries(v.history).map(([s, at]) => [s, at.toISOString()])),
        values: Object.fromEntries(v.values),
        deniedReasons: v.deniedReasons,
        feedback: v.feedback,
      })),
    })),
    attachments: [...state.attachments.values()].map((a) => ({
      registrationAttachmentId: a.id,
      registrationAttachmentArn: a.arn,
      region,
      status: a.status,
      uploadErrorReason: a.uploadErrorReason,
      failureDetail: a.failureDetail,
      url: a.url,
      size: a.size,
      createdAt: a.createdAt.toISOString(),
    })),
    tags: Object.fromEntries([...state.tags].map(([arn, tags]) => [arn, Object.fromEntries(tags)])),
  };
}

type Body = Record<string, unknown>;

/**
 * The HTTP admin API, `<METHOD> /admin/<route>` with a JSON body; the same names as RegistrarAdmin,
 * so the remote client (admin-client.ts) is a thin mirror.
 */
export const ADMIN_ROUTES: Record<string, (admin: RegistrarAdmin, body: Body) => unknown> = {
  'POST /admin/approve': (a, b) => a.approve(String(b.registrationId), b.versionNumber as number | undefined),
  'POST /admin/deny': (a, b) => a.deny(String(b.registrationId), b as Denial),
  'POST /admin/version-status': (a, b) => a.setVersionStatus(String(b.registrationId), String(b.status), b.versionNumber as number | undefined),
  'POST /admin/registration-status': (a, b) => a.setRegistrationStatus(String(b.registrationId), String(b.status)),
  'GET /admin/faults': (a) => a.faults(),
  'POST /admin/faults': (a, b) => a.setFaults(b as Partial<FaultSettings>),
  'POST /admin/faults/quota': (a, b) => a.setQuota(String(b.operation), b.requestsPerSecond as number | undefined),
  'POST /admin/faults/fail-next': (a, b) => a.failNext(
    String(b.operation), b.count as number | undefined, b.errorName as string | undefined, b.afterCalls as number | undefined,
  ),
  'POST /admin/faults/fail-after-apply': (a, b) => a.failAfterApply(
    String(b.operation), b.count as number | undefined, b.afterCalls as number | undefined,
  ),
  'POST /admin/faults/reset': (a) => a.resetFaults(),
  'GET /admin/calls': (a) => a.callLog(),
  'DELETE /admin/calls': (a) => a.clearCallLog(),
  'GET /admin/state': (a) => a.dumpState(),
  'POST /admin/secrets': (a, b) => a.putSecret(String(b.name), b.value as SecretValueInput, {
    versionId: b.versionId as string | undefined, stages: b.stages as string[] | undefined,
  }),
  'GET /admin/secrets': (a) => a.secrets(),
  'POST /admin/reset': (a) => a.reset(),
};
