import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { RegistrationField, RegistrationForm, SenderIdRegistration, SenderIdRegistrationProps } from '../../lib';
import { deployTimeValues } from '../../lib/synth-checks/deploy-time-values';
import { validateAtSynth } from '../../lib/synth-validation';
import { COMMON, indiaProps, newStack } from './fixtures';

// How synth treats what the bundled catalog knows: complete entries, partial entries, no entry, Region rules.

function synthOutcome(props: SenderIdRegistrationProps, region = 'eu-west-2') {
  const stack = newStack(region, 'Coverage');
  const registration = new SenderIdRegistration(stack, 'Registration', props);
  const errors = registration.node.validate();
  const warnings = registration.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => String(m.data));
  return { errors, warnings, stack };
}

// The toll-free entry is partial (a few fields from the docs and third-party scripts); its two required URLs are given by path.
const PARTIAL = {
  ...COMMON, senderId: 'DEMOUK', address: { line1: '1 Example Street', city: 'London', isoCountryCode: 'GB' }, form: RegistrationForm.other('US_TOLL_FREE_REGISTRATION'),
  additionalFields: [
    RegistrationField.text('messagingUseCase.privacyPolicyUrl', 'https://example.com/privacy'),
    RegistrationField.text('messagingUseCase.termsAndConditionsUrl', 'https://example.com/terms'),
  ],
};

describe('a partial catalog entry (the toll-free subset)', () => {
  test('fields outside the subset are warnings, not errors: the live definitions decide at deploy', () => {
    const { errors, warnings } = synthOutcome(PARTIAL);
    expect(errors).toEqual([]);
    expect(warnings).toContainEqual(expect.stringMatching(
      /^senderIdInfo\.senderId: is not in the bundled US_TOLL_FREE_REGISTRATION definitions; it is validated against the live field definitions at deploy/));
    expect(warnings).toContainEqual(expect.stringMatching(/^contactInfo\.emailAddress: is not in the bundled US_TOLL_FREE_REGISTRATION/));
  });

  test('a field the subset knows is still checked: a company name over 100 characters fails synth', () => {
    const { errors } = synthOutcome({ ...PARTIAL, company: { ...COMMON.company, legalName: 'X'.repeat(101) } });
    expect(errors).toEqual([expect.stringMatching(/^companyInfo\.companyName \(.*\): "X+" is 101 characters, at most 100 allowed for US_TOLL_FREE_REGISTRATION$/)]);
  });
});

describe('complete and partial entries differ only in what an unknown field is', () => {
  // Typed forms only render fields their entry knows, so this is checked on the synth validation itself.
  function outcome(registrationType: string, fields: Record<string, string | string[]>) {
    return validateAtSynth({
      properties: {
        RegistrationType: registrationType, Fields: fields, Attachments: {}, Submit: false, AwsReview: false, RemovalPolicy: 'retain', Tags: [],
      },
      region: 'ap-south-1', additionalOnlyPaths: new Set(), messageSampleCount: 1, renderProblems: [], deployTimeValues: deployTimeValues(fields, (value) => value),
    });
  }

  test('complete (India): a field outside the entry, not given through additionalFields, is an error', () => {
    expect(outcome('IN_SENDER_ID_REGISTRATION', { 'companyInfo.dbaName': 'Demo' })).toEqual({
      errors: ['companyInfo.dbaName: is not a field of IN_SENDER_ID_REGISTRATION'], warnings: [], lint: [],
    });
  });

  test('partial (US 10DLC brand): the same is a warning', () => {
    expect(outcome('US_TEN_DLC_BRAND_REGISTRATION', { 'companyInfo.doingBusinessAs': 'Demo' })).toEqual({
      errors: [],
      lint: [],
      warnings: [{
        id: 'sender-id-registration:fieldNotInCatalog:companyInfo.doingBusinessAs',
        message: expect.stringMatching(/^companyInfo\.doingBusinessAs: is not in the bundled US_TEN_DLC_BRAND_REGISTRATION definitions/),
      }],
    });
  });
});

describe('a type with no catalog file', () => {
  test('synthesizes with a warning; its fields are validated against the live definitions at deploy', () => {
    const { errors, stack } = synthOutcome({ ...PARTIAL, form: RegistrationForm.other('MY_SENDER_ID_REGISTRATION') });
    expect(errors).toEqual([]);
    Annotations.fromStack(stack).hasWarning('/Coverage/Registration',
      Match.stringLikeRegexp('MY_SENDER_ID_REGISTRATION is not in the bundled definitions catalog'));
  });
});

describe('Region rules at synth', () => {
  test('India outside its Regions fails with the reason and the fix', () => {
    const { errors } = synthOutcome(indiaProps(), 'eu-west-1');
    expect(errors).toEqual([expect.stringMatching(
      /^IN_SENDER_ID_REGISTRATION must be created in one of ap-south-1, ap-south-2, but this stack is in eu-west-1: .*REQUIRES_UPDATES\. Fix: deploy /)]);
  });
});
