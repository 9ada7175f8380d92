import { Annotations as CoreAnnotations, App, Lazy, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { RegistrationField, RegistrationForm, SenderIdRegistration, SenderIdRegistrationProps, UseCaseCategory } from '../../lib';
import { INDIA } from '../../lib/core/forms/india';
import { LINT_RULES } from '../../lib/core/lint/rules';
import { COMMON, indiaProps, indonesiaProps, newStack } from './fixtures';

/** The warnings a construct carries (what `cdk synth` prints for it), without synthesizing. */
function warningsOf(registration: SenderIdRegistration): string[] {
  return registration.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => m.data as string);
}

let count = 0;
function register(props: SenderIdRegistrationProps, scope: Stack = newStack('ap-south-1', `Lint${count++}`)): SenderIdRegistration {
  return new SenderIdRegistration(scope, 'Registration', props);
}

describe('denial lint at synth', () => {
  test('the construct tests\' valid fixtures have no lint warning', () => {
    expect(warningsOf(register(indiaProps()))).toEqual([]);
    expect(warningsOf(register(indonesiaProps(), newStack('ap-southeast-1', 'LintIndonesia')))).toEqual([]);
  });

  const tripping: Record<string, Partial<SenderIdRegistrationProps>> = {
    'sender-id-registration:freeMailContactEmail': { contact: { email: 'ops@yahoo.co.in', phone: '+915550100001' } },
    'sender-id-registration:sampleWithoutBrand': { messageSamples: ['Your code is 123456.'] },
    'sender-id-registration:preselectedOptIn': { useCase: { ...COMMON.useCase, optInDescription: 'A pre-checked box on the sign-in page opts users in to SMS.' } },
    'sender-id-registration:promotionalUseCaseInIndia': { useCase: { ...COMMON.useCase, category: UseCaseCategory.PROMOTIONS_AND_MARKETING } },
    'sender-id-registration:senderIdUnrelatedToCompany': { senderId: 'PROMO' },
    'sender-id-registration:websiteNotHttps': { company: { ...COMMON.company, website: 'http://example.com' } },
    'sender-id-registration:sampleTooLong': { messageSamples: [`Your Demo code is 123456. ${'x'.repeat(300)}`] },
  };

  test('every rule of every form, and India\'s own, has a tripping case here', () => {
    expect(Object.keys(tripping).sort()).toEqual([...LINT_RULES, ...INDIA.lintRules ?? []].map((r) => r.id).sort());
  });

  test.each(Object.entries(tripping))('%s fires on the construct, and acknowledging it silences exactly that warning', (id, overrides) => {
    const registration = register(indiaProps(overrides));
    const ids = () => warningsOf(registration).map((w) => /\[ack: ([^\]]+)\]$/.exec(w)?.[1]);
    expect(ids()).toEqual([id]);
    CoreAnnotations.of(registration).acknowledgeWarning(id, 'checked with the reviewer');
    expect(ids()).toEqual([]);
  });

  test('cdk synth shows the warning with its id; acknowledging the id on the registration removes it', () => {
    // GIVEN a contact email on a free-mail domain
    const stack = newStack('ap-south-1', 'FreeMail');
    const registration = register(indiaProps({ contact: { email: 'jane.doe@gmail.com', phone: '+915550100001' } }), stack);

    // THEN synth carries the warning, tagged with the id to acknowledge, and without the address
    Annotations.fromStack(stack).hasWarning('/FreeMail/Registration',
      Match.stringLikeRegexp('contactInfo\\.emailAddress: the contact email is on the public free-mail domain gmail\\.com.*'
        + '\\[ack: sender-id-registration:freeMailContactEmail\\]'));
    expect(warningsOf(registration).join('\n')).not.toContain('jane');

    // WHEN the team acknowledges it
    CoreAnnotations.of(registration).acknowledgeWarning('sender-id-registration:freeMailContactEmail', 'our shared inbox is monitored');

    // THEN it is gone
    Annotations.fromStack(stack).hasNoWarning('/FreeMail/Registration', Match.stringLikeRegexp('free-mail'));
  });

  test('an acknowledgement on the stack, made before the registration, silences only that id', () => {
    const stack = newStack('ap-south-1', 'AckFirst');
    CoreAnnotations.of(stack).acknowledgeWarning('sender-id-registration:websiteNotHttps', 'the site redirects');
    const registration = register(indiaProps({
      company: { ...COMMON.company, website: 'http://example.com' },
      messageSamples: ['Your code is 123456.'],
    }), stack);
    expect(warningsOf(registration)).toEqual([expect.stringMatching(/^messageSamples\.messageSample1: .*\[ack: sender-id-registration:sampleWithoutBrand\]$/)]);
  });

  test('lint reads the escape hatch: additionalFields and RegistrationForm.other', () => {
    const jordan = register({
      ...COMMON,
      form: RegistrationForm.other('MY_SENDER_ID_REGISTRATION'),
      senderId: 'DEMOJO',
      additionalFields: [
        RegistrationField.text('messagingUseCase.optInDescription', 'The SMS box is pre-checked on the sign-up form for every new customer.'),
        RegistrationField.text('messageSamples.messageSample2', 'Your order has shipped.'),
      ],
    });
    const ids = warningsOf(jordan).map((w) => /\[ack: ([^\]]+)\]$/.exec(w)?.[1]);
    expect(ids.sort()).toEqual(['sender-id-registration:preselectedOptIn', 'sender-id-registration:sampleWithoutBrand', 'sender-id-registration:typeNotInCatalog']);
  });

  test('an India registration for promotions gets the denial warning besides the form error', () => {
    const registration = register(indiaProps({ additionalFields: [RegistrationField.select('messagingUseCase.useCaseCategory', ['Promotions and marketing'])] }));
    expect(warningsOf(registration)).toEqual([expect.stringContaining('[ack: sender-id-registration:promotionalUseCaseInIndia]')]);
    expect(registration.node.validate()).toEqual([expect.stringMatching(/^messagingUseCase\.useCaseCategory .*"Promotions and marketing" is not one of/)]);
  });

  test('values that are unresolved tokens are not linted', () => {
    const stack = newStack('ap-south-1', 'Tokens');
    const email = Lazy.string({ produce: () => 'jane.doe@gmail.com' });
    const registration = register(indiaProps({ contact: { email, phone: '+915550100001' } }), stack);
    expect(warningsOf(registration)).toEqual([]);
  });
});

describe('validation warnings carry stable ids too', () => {
  const idsOf = (registration: SenderIdRegistration) => warningsOf(registration).map((w) => /\[ack: ([^\]]+)\]$/.exec(w)?.[1]);

  test('each names what it is about, so acknowledging one never silences another after a change', () => {
    // GIVEN a type the catalog does not have, in a stack with no concrete Region, with a field set by path
    const agnostic = new Stack(new App(), 'Agnostic');
    const registration = register({
      ...indiaProps(),
      form: RegistrationForm.other('MY_SENDER_ID_REGISTRATION'),
      additionalFields: [RegistrationField.text('joSpecificInfo.licenceNumber', 'L-1')],
    }, agnostic);
    const jordanIds = idsOf(registration);
    const india = register(indiaProps({ additionalFields: [RegistrationField.text('companyInfo.tradingName', 'Demo')] }), new Stack(new App(), 'AgnosticIndia'));

    // THEN each warning's id says which check it is, and a field's warning names the field
    expect(jordanIds).toEqual(['sender-id-registration:typeNotInCatalog']);
    expect(idsOf(india)).toEqual(['sender-id-registration:regionUnchecked', 'sender-id-registration:fieldNotInCatalog:companyInfo.tradingName']);

    // WHEN the Region warning is acknowledged, only it goes
    CoreAnnotations.of(india).acknowledgeWarning('sender-id-registration:regionUnchecked', 'deployed per stage with a concrete env');
    expect(idsOf(india)).toEqual(['sender-id-registration:fieldNotInCatalog:companyInfo.tradingName']);
  });
});
