import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RESOURCE_TYPE } from '../../lib/core/contract/resource-properties';

/** One `Custom::SenderIdRegistration` found in a synthesized app, with its properties resolved. */
export interface SynthesizedRegistration {
  readonly stackName: string;
  readonly account: string;
  readonly region: string;
  /** True when the stack names no Region (environment-agnostic): `region` is then only a stand-in. */
  readonly agnosticRegion: boolean;
  readonly logicalId: string;
  readonly properties: Record<string, unknown>;
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

/** The stacks of a cloud assembly (cdk.out) with their environments. */
export function stacksOf(assemblyDir: string): StackArtifact[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(assemblyDir, 'manifest.json'), 'utf8'));
  const artifacts = Object.entries(manifest.artifacts as Record<string, any>);
  // A Stage (a SenderIdRegistrationFleet, a pipeline stage) is a nested assembly in its own folder.
  const nested = artifacts.filter(([, a]) => a.type === 'cdk:cloud-assembly')
    .flatMap(([, a]) => stacksOf(path.join(assemblyDir, a.properties.directoryName)));
  return [...nested, ...topLevelStacks(assemblyDir, artifacts)];
}

function topLevelStacks(assemblyDir: string, artifacts: Array<[string, any]>): StackArtifact[] {
  return artifacts
    .filter(([, a]) => a.type === 'aws:cloudformation:stack')
    .map(([id, a]) => {
      const [, account, region] = /^aws:\/\/([^/]+)\/(.+)$/.exec(a.environment) ?? [];
      const assetManifest = artifacts.find(([depId, d]) => d.type === 'cdk:asset-manifest' && (a.dependencies ?? []).includes(depId));
      return {
        stackName: a.properties?.stackName ?? id,
        account: account && !account.startsWith('unknown') ? account : '123456789012',
        region: region && !region.startsWith('unknown') ? region : 'us-east-1',
        agnosticRegion: !region || region.startsWith('unknown'),
        templateFile: path.join(assemblyDir, a.properties.templateFile),
        assetManifestFile: assetManifest ? path.join(assemblyDir, assetManifest[1].properties.file) : undefined,
        metadata: a.additionalMetadataFile ? JSON.parse(fs.readFileSync(path.join(assemblyDir, a.additionalMetadataFile), 'utf8')) : (a.metadata ?? {}),
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
          logicalId, properties: withStandInSecretArns(resolve(properties, stack), stack),
        };
      });
  });
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
