import { Template } from 'aws-cdk-lib/assertions';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { RegistrationRemovalPolicy, SecretText, SenderIdRegistration } from '../../lib';
import { parseResourceProperties } from '../../lib/core/contract/resource-properties';
import { indiaProps, indonesiaProps, newStack } from '../construct/fixtures';

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

function asCloudFormationDelivers(value: unknown): unknown {
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(asCloudFormationDelivers);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asCloudFormationDelivers(v)]));
  }
  return value;
}

function renderedProperties(build: (stack: ReturnType<typeof newStack>) => void, region = 'ap-south-1'): Record<string, unknown> {
  const stack = newStack(region);
  build(stack);
  const resources = Template.fromStack(stack).findResources('Custom::SenderIdRegistration');
  const [resource] = Object.values(resources) as Array<{ Properties: Record<string, unknown> }>;
  const { ServiceToken: _serviceToken, ...properties } = resource.Properties;
  return resolveIntrinsics(properties) as Record<string, unknown>;
}

describe('the custom resource contract, rendered then parsed', () => {
  test('an India registration: every field, the defaults and the tags survive', () => {
    // GIVEN the rendered properties of a typical India registration
    const rendered = renderedProperties((stack) => new SenderIdRegistration(stack, 'India', indiaProps()));
    // WHEN the handler parses them as CloudFormation delivers them
    const parsed = parseResourceProperties(asCloudFormationDelivers(rendered) as Record<string, unknown>);
    // THEN it reads back exactly what was rendered (booleans as booleans again)
    expect(parsed).toEqual(rendered);
    expect(parsed.Submit).toBe(true);
    expect(Object.keys(parsed.Fields)).toContain('inSidSpecificInfo.principalEntityId');
  });

  test('an Indonesian draft with documents, a secret-backed value and DESTROY: attachments and secret references survive', () => {
    // GIVEN documents, a value from a JSON secret, a draft and a removal policy
    const rendered = renderedProperties((stack) => {
      const secret = secretsmanager.Secret.fromSecretNameV2(stack, 'Data', 'sender-id-registrations/pt-demo');
      const props = indonesiaProps({ submit: false, removalPolicy: RegistrationRemovalPolicy.DESTROY });
      new SenderIdRegistration(stack, 'Indonesia', {
        ...props,
        contact: { ...props.contact, email: SecretText.fromSecret(secret, { jsonField: 'email' }) },
      });
    }, 'ap-southeast-3');
    // WHEN parsed as delivered
    const parsed = parseResourceProperties(asCloudFormationDelivers(rendered) as Record<string, unknown>);
    // THEN nothing is lost or changed
    expect(parsed).toEqual(rendered);
    expect(parsed.Submit).toBe(false);
    expect(parsed.RemovalPolicy).toBe('destroy');
    expect(Object.keys(parsed.Attachments).length).toBeGreaterThan(0);
    expect(Object.keys(parsed.SecretFields ?? {})).toEqual(['contactInfo.emailAddress']);
    expect(parsed.Fields['contactInfo.emailAddress']).toBeUndefined();
  });
});
