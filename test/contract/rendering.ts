import { Template } from 'aws-cdk-lib/assertions';
import { newStack } from '../construct/fixtures';

/**
 * What the construct renders is what the handler parses. CloudFormation resolves intrinsics (here the pseudo
 * parameters a secret's ARN is joined from) and delivers every scalar of a custom resource's properties as a string,
 * so the round trip goes through both, as a deploy does.
 */
const PSEUDO_PARAMETERS: Record<string, string> = { 'AWS::Partition': 'aws', 'AWS::AccountId': '111111111111', 'AWS::Region': 'ap-southeast-3' };

function resolveIntrinsics(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolveIntrinsics);
  if (!value || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  if (typeof object.Ref === 'string' && PSEUDO_PARAMETERS[object.Ref]) return PSEUDO_PARAMETERS[object.Ref];
  if (Array.isArray(object['Fn::Join'])) {
    const [separator, parts] = object['Fn::Join'] as [string, unknown[]];
    return parts.map(resolveIntrinsics).join(separator);
  }
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, resolveIntrinsics(v)]));
}

export function asCloudFormationDelivers(value: unknown): unknown {
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(asCloudFormationDelivers);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asCloudFormationDelivers(v)]));
  }
  return value;
}

/** The properties of the one registration `build` declares, as the template holds them with intrinsics resolved. */
export function renderedProperties(build: (stack: ReturnType<typeof newStack>) => void, region = 'ap-south-1'): Record<string, unknown> {
  const stack = newStack(region);
  build(stack);
  const resources = Template.fromStack(stack).findResources('Custom::SenderIdRegistration');
  const [resource] = Object.values(resources) as Array<{ Properties: Record<string, unknown> }>;
  const { ServiceToken: _serviceToken, ...properties } = resource.Properties;
  return resolveIntrinsics(properties) as Record<string, unknown>;
}

