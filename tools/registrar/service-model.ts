import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The service's own model (botocore's service-2.json, bundled in ./service-model with its provenance),
 * read once on first use: the registrar's request contract comes from it instead of being retyped.
 */

export interface ShapeRef {
  readonly shape: string;
  readonly idempotencyToken?: boolean;
}

export type ShapeType = 'structure' | 'string' | 'list' | 'map' | 'blob' | 'boolean' | 'integer' | 'long' | 'float' | 'double' | 'timestamp';

export interface Shape {
  readonly type: ShapeType;
  readonly members?: Readonly<Record<string, ShapeRef>>;
  readonly required?: readonly string[];
  readonly member?: ShapeRef;
  readonly key?: ShapeRef;
  readonly value?: ShapeRef;
  /** String length (characters), blob size (bytes), list or map size (items), or numeric range. */
  readonly min?: number;
  readonly max?: number;
  /** A regular expression the whole string must match. */
  readonly pattern?: string;
  readonly enum?: readonly string[];
}

export interface ServiceModel {
  readonly metadata: { readonly targetPrefix: string; readonly signingName: string; readonly apiVersion: string };
  readonly operations: Readonly<Record<string, { readonly input?: ShapeRef }>>;
  readonly shapes: Readonly<Record<string, Shape>>;
}

const MODEL_FILE = join(__dirname, 'service-model', 'pinpoint-sms-voice-v2-2022-03-31.json');

let model: ServiceModel | undefined;

export function serviceModel(): ServiceModel {
  model ??= JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ServiceModel;
  return model;
}
