import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { RegistrationRemovalPolicy, SecretText, SenderIdRegistration } from '../../lib';
import { parseResourceProperties } from '../../lib/core/contract/resource-properties';
import { indiaProps, indonesiaProps } from '../construct/fixtures';
import { asCloudFormationDelivers, renderedProperties } from './rendering';

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
