import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseResourceProperties, RegistrationResourceProperties } from '../../lib/core/contract/resource-properties';
import { FormInUseRecord } from '../../lib/core/forms/catalog/synced-definitions';
import { FLEET_STACK_METADATA, FleetStackMarker } from '../../lib/fleet/fleet-marker';
import { registrationsOf, StackArtifact, stacksOf } from '../rehearsal/cloud-assembly';

/** One registration of a synthesized stage, with what a reviewer needs beyond its properties. */
export interface ReviewedRegistration {
  readonly stage: string;
  readonly stackName: string;
  readonly account: string;
  readonly region: string;
  readonly logicalId: string;
  /** Construct path of the `SenderIdRegistration`, e.g. `SenderIds-India-dev/DemoCoIndiaSenderId` (errors name it). */
  readonly constructPath: string;
  readonly properties: RegistrationResourceProperties;
  /** Size in bytes of each attached file (by field path), when the file is an asset of the assembly. */
  readonly attachmentSizes: Record<string, number | undefined>;
  /** The `aws:cdk:warning`s synth attached to this registration, verbatim. */
  readonly warnings: string[];
  /** The form synth validated it against (synced from the account, or bundled), when synth recorded one. */
  readonly form?: FormInUseRecord;
  /** Set when the registration is a record of a `SenderIdRegistrationFleet`. */
  readonly fleetRecord?: FleetRecordOf;
}

/** Where a fleet's registration belongs: its fleet, its stack's number, and its record (the file name without extension). */
export interface FleetRecordOf extends FleetStackMarker {
  readonly record: string;
}

/** A stage as synth left it: its registrations, or why it did not synthesize. */
export interface StageAssembly {
  readonly stage: string;
  readonly registrations: ReviewedRegistration[];
  /** Set when synth failed: nothing of this stage can be deployed. */
  readonly failure?: SynthFailure;
}

export interface SynthFailure {
  /** Validation errors by construct path (no leading slash); none of them holds personal data. */
  readonly errors: Array<{ readonly constructPath?: string; readonly message: string }>;
}

/** Every registration of one cloud assembly (cdk.out) synthesized for `stage`. */
export function readAssembly(assemblyDir: string, stage: string): StageAssembly {
  const stacks = new Map(stacksOf(assemblyDir).map((s) => [s.stackName, s]));
  const registrations = registrationsOf(assemblyDir).map((r): ReviewedRegistration => {
    const stack = stacks.get(r.stackName)!;
    const properties = parseResourceProperties(r.properties);
    const constructPath = constructPathOf(stack, r.logicalId);
    return {
      stage,
      stackName: r.stackName,
      account: r.account,
      region: r.region,
      logicalId: r.logicalId,
      constructPath,
      properties,
      ...(r.form ? { form: r.form } : {}),
      attachmentSizes: Object.fromEntries(Object.entries(properties.Attachments).map(([p, a]) => [p, assetSize(stack, a.S3Url)])),
      warnings: warningsUnder(stack, constructPath),
      ...fleetRecordOf(stack, constructPath),
    };
  });
  return { stage, registrations };
}

/** The `SenderIdRegistration` whose custom resource has this logical id. */
function constructPathOf(stack: StackArtifact, logicalId: string): string {
  const resourcePath = Object.entries(stack.metadata)
    .find(([, entries]) => entries.some((e) => e.type === 'aws:cdk:logicalId' && e.data === logicalId))?.[0];
  // Without metadata the logical id is the best name there is.
  if (!resourcePath) return `${stack.stackName}/${logicalId}`;
  // The CfnResource is `<registration>/Resource/Default` (CustomResource wraps it).
  return resourcePath.replace(/^\//, '').replace(/\/Resource(\/Default)?$/, '');
}

/** The fleet marker of the registration's stack, if any; a fleet names each registration after its record. */
function fleetRecordOf(stack: StackArtifact, constructPath: string): { fleetRecord?: FleetRecordOf } {
  const marker = Object.values(stack.metadata).flat().find((e) => e.type === FLEET_STACK_METADATA)?.data as FleetStackMarker | undefined;
  if (!marker) return {};
  return { fleetRecord: { fleet: marker.fleet, stackNumber: marker.stackNumber, record: constructPath.split('/').pop()! } };
}

function warningsUnder(stack: StackArtifact, constructPath: string): string[] {
  return Object.entries(stack.metadata)
    .filter(([p]) => p === `/${constructPath}` || p.startsWith(`/${constructPath}/`))
    .flatMap(([, entries]) => entries.filter((e) => e.type === 'aws:cdk:warning').map((e) => String(e.data)));
}

/** The size of the file asset a deploy uploads to `s3Url`; undefined for an object that is already in S3. */
function assetSize(stack: StackArtifact, s3Url: string): number | undefined {
  if (!stack.assetManifestFile) return undefined;
  const key = s3Url.replace(/^s3:\/\/[^/]+\//, '');
  const manifest = JSON.parse(fs.readFileSync(stack.assetManifestFile, 'utf8'));
  for (const asset of Object.values(manifest.files ?? {}) as any[]) {
    const destinations = Object.values(asset.destinations ?? {}) as any[];
    // Relative to the manifest's own folder: a Stage's assets are in the root assembly, named from its nested one.
    if (destinations.some((d) => d.objectKey === key)) return fs.statSync(path.join(path.dirname(stack.assetManifestFile), asset.source.path)).size;
  }
  return undefined;
}
