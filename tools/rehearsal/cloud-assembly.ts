import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RESOURCE_TYPE } from '../../lib/core/contract/resource-properties';
import { FORM_IN_USE_METADATA, FormInUseRecord } from '../../lib/core/forms/catalog/synced-definitions';

/** One `Custom::SenderIdRegistration` found in a synthesized app, with its properties resolved. */
export interface SynthesizedRegistration {
  readonly stackName: string;
  readonly account: string;
  readonly region: string;
  /** True when the stack names no Region (environment-agnostic): `region` is then only a stand-in. */
  readonly agnosticRegion: boolean;
  readonly logicalId: string;
  readonly properties: Record<string, unknown>;
  /** The form synth validated it against (the construct records it beside the resource's logical id). */
  readonly form?: FormInUseRecord;
}

/** One construct-path metadata entry of a stack (e.g. `aws:cdk:warning`, `aws:cdk:logicalId`). */
export interface MetadataEntry {
  readonly type: string;
  readonly data?: unknown;
}

export interface StackArtifact {
  readonly stackName: string;
  readonly account: string;
  readonly region: string;
  readonly agnosticRegion: boolean;
  /** True when the stack names no account: `account` is then only a stand-in. */
  readonly agnosticAccount: boolean;
  readonly templateFile: string;
  readonly assetManifestFile?: string;
  /** Metadata by construct path; recent CDK versions write it to a file beside the template. */
  readonly metadata: Record<string, MetadataEntry[]>;
}

/**
 * `npx cdk synth --quiet` of the app in `cwd` (its cdk.json, or the `app` command given) into `outdir`, with context
 * given as `key=value`. The app's own aws-cdk CLI runs it, as `cdk deploy` would.
 */
export function runCdkSynth(outdir: string, context: readonly string[], cwd?: string, app?: string): SpawnSyncReturns<string> {
  const args = ['cdk', 'synth', '--quiet', ...(app ? ['--app', app] : []), ...context.flatMap((c) => ['-c', c]), '-o', outdir];
  return spawnSync('npx', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
}

/** `runCdkSynth`, failing with synth's own error output when it fails. */
export function synthesizeInto(outdir: string, context: readonly string[], cwd?: string, app?: string): void {
  const result = runCdkSynth(outdir, context, cwd, app);
  if (result.status !== 0) throw new Error(`cdk synth failed (exit ${result.status}):\n${result.stderr}`);
}

/** Whether `dir` holds a cloud assembly (what `cdk synth -o dir` writes). */
export function isCloudAssembly(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'manifest.json'));
}

/**
 * What the local tools answer as for a stack that names no account or Region (environment-agnostic): the local
 * registrar's own defaults. Each stack says whether its account and Region are these stand-ins (`agnostic*`).
 */
const AGNOSTIC_STAND_IN = { account: '123456789012', region: 'us-east-1' } as const;

/**
 * The stacks of a cloud assembly (cdk.out) with their environments, read through aws-cdk-lib's own reader (the app's
 * copy, a peer dependency), nested stages included.
 */
export function stacksOf(assemblyDir: string): StackArtifact[] {
  // Loaded when called: the commands that read no app (status, registrar) start without aws-cdk-lib.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CloudAssembly, AssetManifestArtifact } = require('aws-cdk-lib/cx-api') as typeof import('aws-cdk-lib/cx-api');
  return new CloudAssembly(assemblyDir).stacksRecursively.map((stack) => {
    const { account, region } = stack.environment;
    const agnosticAccount = account.startsWith('unknown');
    const agnosticRegion = region.startsWith('unknown');
    const assetManifest = stack.dependencies.find((d): d is InstanceType<typeof AssetManifestArtifact> => d instanceof AssetManifestArtifact);
    return {
      stackName: stack.stackName,
      account: agnosticAccount ? AGNOSTIC_STAND_IN.account : account,
      region: agnosticRegion ? AGNOSTIC_STAND_IN.region : region,
      agnosticRegion,
      agnosticAccount,
      templateFile: stack.templateFullPath,
      assetManifestFile: assetManifest?.file,
      metadata: stack.metadata as Record<string, MetadataEntry[]>,
    };
  });
}

/** Every registration of the assembly, properties resolved as CloudFormation would for its stack. */
export function registrationsOf(assemblyDir: string): SynthesizedRegistration[] {
  return stacksOf(assemblyDir).flatMap((stack) => {
    const template = JSON.parse(fs.readFileSync(stack.templateFile, 'utf8'));
    return Object.entries(template.Resources as Record<string, any>)
      .filter(([, r]) => r.Type === RESOURCE_TYPE)
      .map(([logicalId, r]) => {
        const { ServiceToken: _serviceToken, ...properties } = r.Properties;
        return {
          stackName: stack.stackName, account: stack.account, region: stack.region, agnosticRegion: stack.agnosticRegion,
          logicalId, properties: withStandInSecretArns(resolve(properties, stack), stack), form: formRecordOf(stack, logicalId),
        };
      });
  });
}

/** The form record at the construct path that carries this logical id. */
function formRecordOf(stack: StackArtifact, logicalId: string): FormInUseRecord | undefined {
  const entries = Object.values(stack.metadata).find((list) => list.some((e) => e.type === 'aws:cdk:logicalId' && e.data === logicalId));
  return entries?.find((e) => e.type === FORM_IN_USE_METADATA)?.data as FormInUseRecord | undefined;
}

/**
 * A secret the stack itself makes has an ARN only once deployed (`{"Ref": "<LogicalId>"}` in the template). The tools
 * name it by a stand-in ARN with its logical id as the secret's name: the review shows "from secret <LogicalId>", and a
 * rehearsal's secrets file holds its value under that name.
 */
function withStandInSecretArns(properties: Record<string, any>, stack: Pick<StackArtifact, 'account' | 'region'>): Record<string, any> {
  if (!properties.SecretFields || typeof properties.SecretFields !== 'object') return properties;
  const secretFields = Object.fromEntries(Object.entries(properties.SecretFields as Record<string, any>).map(([path, ref]) => {
    const madeHere = ref && typeof ref.SecretArn === 'object' && typeof ref.SecretArn?.Ref === 'string';
    return [path, madeHere ? { ...ref, SecretArn: `arn:aws:secretsmanager:${stack.region}:${stack.account}:secret:${ref.SecretArn.Ref}` } : ref];
  }));
  return { ...properties, SecretFields: secretFields };
}

/**
 * Copy every file asset to where a deploy would put it, under `s3Root/<bucket>/<key>`, so the
 * local registrar can read attachments from the `s3://` URLs in the properties.
 */
export function stageFileAssets(assemblyDir: string, s3Root: string): number {
  let staged = 0;
  for (const stack of stacksOf(assemblyDir)) {
    if (!stack.assetManifestFile) continue;
    const manifest = JSON.parse(fs.readFileSync(stack.assetManifestFile, 'utf8'));
    for (const asset of Object.values(manifest.files ?? {}) as any[]) {
      if (asset.source.packaging && asset.source.packaging !== 'file') continue;
      for (const destination of Object.values(asset.destinations) as any[]) {
        const bucket = substitute(destination.bucketName, stack);
        const target = path.join(s3Root, bucket, destination.objectKey);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        // Relative to the manifest's own folder: a Stage's assets are in the root assembly, named from its nested one.
        fs.copyFileSync(path.join(path.dirname(stack.assetManifestFile), asset.source.path), target);
        staged++;
      }
    }
  }
  return staged;
}

function pseudo(stack: Pick<StackArtifact, 'account' | 'region'>): Record<string, string> {
  return { 'AWS::AccountId': stack.account, 'AWS::Region': stack.region, 'AWS::Partition': 'aws', 'AWS::URLSuffix': 'amazonaws.com' };
}

function substitute(text: string, stack: Pick<StackArtifact, 'account' | 'region'>): string {
  const values = pseudo(stack);
  return text.replace(/\$\{([^}]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Resolve the intrinsics a registration's properties use: Ref to pseudo parameters, Fn::Sub, Fn::Join. */
function resolve(value: unknown, stack: Pick<StackArtifact, 'account' | 'region'>): any {
  if (Array.isArray(value)) return value.map((v) => resolve(v, stack));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 1) {
    const [[key, arg]] = entries;
    if (key === 'Ref' && typeof arg === 'string' && pseudo(stack)[arg]) return pseudo(stack)[arg];
    if (key === 'Fn::Sub' && typeof arg === 'string') return substitute(arg, stack);
    if (key === 'Fn::Join') {
      const [separator, parts] = arg as [string, unknown[]];
      return (resolve(parts, stack) as unknown[]).map(String).join(separator);
    }
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, resolve(v, stack)]));
}
