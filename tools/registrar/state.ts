import { randomBytes } from 'node:crypto';

import { RegistrationTypeCatalogEntry, ServiceFieldValue } from '../../lib/core/forms/types';
import { ResolvedOptions } from './options';

/** Everything the registrar remembers, in plain objects so a state dump is just JSON. */

export interface DeniedReason {
  readonly Reason: string;
  readonly ShortDescription: string;
  readonly LongDescription?: string;
  readonly DocumentationTitle?: string;
  readonly DocumentationLink?: string;
}

/** A value as the service holds and returns it: the API's shape, with what a reviewer added. */
export interface StoredFieldValue extends ServiceFieldValue {
  readonly DeniedReason?: string;
  readonly Feedback?: string;
}

export interface Version {
  readonly versionNumber: number;
  status: string;
  /** Status name (e.g. DRAFT) → when the version entered it. */
  readonly history: Record<string, Date>;
  /** Field path → value; ordered by insertion. A denial may mark a field that has no value. */
  readonly values: Map<string, StoredFieldValue>;
  deniedReasons?: DeniedReason[];
  feedback?: string;
}

export interface Registration {
  readonly id: string;
  readonly arn: string;
  readonly type: string;
  readonly createdAt: Date;
  readonly versions: Version[];
  deleted: boolean;
  /** A registration status the reviewer set that no version status implies (PROVISIONING, CLOSED). */
  statusOverride?: 'PROVISIONING' | 'CLOSED';
}

export interface Attachment {
  readonly id: string;
  readonly arn: string;
  readonly createdAt: Date;
  status: string;
  uploadErrorReason?: string;
  /** Why the upload failed, for the state dump only: the service's own reason is just INTERNAL_ERROR. */
  failureDetail?: string;
  readonly url?: string;
  readonly body?: Buffer;
  size?: number;
}

export interface Tag {
  readonly Key: string;
  readonly Value: string;
}

/**
 * What the service keeps in one Region: registrations, attachments, tags, client tokens and the
 * definitions it serves. A request sees only the Region its signature names, and ARNs name that Region.
 */
export class RegionState {
  readonly registrations = new Map<string, Registration>();
  readonly attachments = new Map<string, Attachment>();
  /** Resource ARN → tag key → value. */
  readonly tags = new Map<string, Map<string, string>>();
  /** `<operation>:<ClientToken>` → the id of what that call created and the response it got. */
  readonly clientTokens = new Map<string, { resourceId: string; response: Record<string, unknown> }>();
  /** `<SENDERID>/<ISO2>` of sender IDs released with ReleaseSenderId; the rest follow their COMPLETE registrations. */
  readonly releasedSenderIds = new Set<string>();

  constructor(
    readonly region: string,
    readonly options: ResolvedOptions,
    /** The registration types this Region serves. */
    readonly catalog: readonly RegistrationTypeCatalogEntry[],
    private readonly ids: IdGenerator,
  ) {}

  newId(prefix: string): string {
    return this.ids.newId(prefix);
  }

  arn(resource: string, id: string): string {
    return `arn:aws:sms-voice:${this.region}:${this.options.accountId}:${resource}/${id}`;
  }

  catalogEntry(registrationType: string): RegistrationTypeCatalogEntry | undefined {
    return this.catalog.find((e) => e.RegistrationType === registrationType);
  }

  clear(): void {
    this.registrations.clear();
    this.attachments.clear();
    this.tags.clear();
    this.clientTokens.clear();
    this.releasedSenderIds.clear();
  }
}

/** Ids are drawn from one generator for every Region, so an id is unique across Regions (the admin API relies on it). */
class IdGenerator {
  private readonly nextRandom: () => number;

  constructor(seed: number | undefined) {
    this.nextRandom = seed === undefined ? () => randomBytes(4).readUInt32BE() : mulberry32(seed);
  }

  newId(prefix: string): string {
    let hex = '';
    while (hex.length < 32) hex += this.nextRandom().toString(16).padStart(8, '0');
    return `${prefix}-${hex}`;
  }
}

/** Every Region's state; a Region's comes into being with its first request. */
export class RegistrarState {
  private readonly regions = new Map<string, RegionState>();
  private readonly ids: IdGenerator;

  constructor(readonly options: ResolvedOptions) {
    this.ids = new IdGenerator(options.seed);
  }

  region(name: string): RegionState {
    let state = this.regions.get(name);
    if (!state) {
      state = new RegionState(name, this.options, this.options.catalogByRegion[name] ?? this.options.catalog, this.ids);
      this.regions.set(name, state);
    }
    return state;
  }

  /** Regions that have been used, in order of first use. */
  allRegions(): RegionState[] {
    return [...this.regions.values()];
  }

  /** A registration by id in whichever Region holds it (ids are unique across Regions). */
  findRegistration(id: string): Registration | undefined {
    for (const region of this.regions.values()) {
      const registration = region.registrations.get(id);
      if (registration) return registration;
    }
    return undefined;
  }

  clear(): void {
    for (const region of this.regions.values()) region.clear();
  }
}

/** A tiny seeded PRNG (mulberry32): reproducible ids without a dependency; each call gives an unsigned 32-bit integer. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}
