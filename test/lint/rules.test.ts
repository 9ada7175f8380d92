import { senderIdRelatesToCompany } from '../../lib/core/lint/brand';
import { LINT_RULES, LintInput, lintRegistration } from '../../lib/core/lint/rules';
import { indiaProperties, indonesiaProperties } from '../../tools/fixtures/sample-properties';

/** A registration reviewers have nothing to say about (the example app's India sender ID). */
const VALID: LintInput['fields'] = {
  'senderIdInfo.senderId': 'DEMOCO',
  'companyInfo.companyName': 'Demo Company India Private Limited',
  'companyInfo.website': 'https://example.com',
  'contactInfo.emailAddress': 'sms-registrations@example.com',
  'messagingUseCase.useCaseCategory': ['One-time passcodes'],
  'messagingUseCase.optInDescription': 'Users enter their mobile number on the sign-in page and request a passcode; we text only that number.',
  'messageSamples.messageSample1': 'Your Demo Company sign-in code is 123456. It expires in 10 minutes. Do not share it.',
};

function findings(fields: LintInput['fields'], registrationType = 'IN_SENDER_ID_REGISTRATION') {
  return lintRegistration({ registrationType, fields: { ...VALID, ...fields } });
}
const idsOf = (fields: LintInput['fields'], type?: string) => findings(fields, type).map((f) => f.id);

describe('denial lint', () => {
  test('every rule has a stable, prefixed id and a source', () => {
    for (const rule of LINT_RULES) {
      expect(rule.id).toMatch(/^sender-id-registration:[a-zA-Z]+$/);
      expect(rule.source.length).toBeGreaterThan(20);
    }
    expect(new Set(LINT_RULES.map((r) => r.id)).size).toBe(LINT_RULES.length);
  });

  test('silent on valid registrations: the example app\'s and the handler tests\' sample properties', () => {
    expect(findings({})).toEqual([]);
    for (const props of [indiaProperties(), indonesiaProperties()]) {
      expect(lintRegistration({ registrationType: props.RegistrationType as string, fields: props.Fields as LintInput['fields'] })).toEqual([]);
    }
  });

  describe('freeMailContactEmail', () => {
    test('fires on a free-mail contact email, naming the provider but never the address', () => {
      const [finding] = findings({ 'contactInfo.emailAddress': 'jane.doe@Gmail.com' });
      expect(finding).toMatchObject({ id: 'sender-id-registration:freeMailContactEmail', fieldPath: 'contactInfo.emailAddress' });
      expect(finding.message).toContain('public free-mail domain gmail.com');
      expect(finding.message).not.toContain('jane');
    });

    test('works by path for other forms (toll-free support email); silent on a company domain', () => {
      expect(idsOf({ 'contactInfo.supportEmail': 'help@outlook.com' }, 'US_TOLL_FREE_REGISTRATION')).toEqual(['sender-id-registration:freeMailContactEmail']);
      expect(idsOf({ 'contactInfo.emailAddress': 'ops@gmail.example.com' })).toEqual([]);
    });
  });

  describe('sampleWithoutBrand', () => {
    test('fires on each sample that names neither the company nor the sender ID', () => {
      const found = findings({ 'messageSamples.messageSample2': 'Your code is 123456.', 'messageSamples.messageSample3': 'DEMOCO: your code is 1.' });
      expect(found.map((f) => [f.id, f.fieldPath])).toEqual([['sender-id-registration:sampleWithoutBrand', 'messageSamples.messageSample2']]);
      expect(found[0].message).not.toContain('123456');
    });

    test('a legal form alone ("Limited") does not count as the company name', () => {
      expect(idsOf({ 'messageSamples.messageSample1': 'Private Limited: your code is 123456.' })).toEqual(['sender-id-registration:sampleWithoutBrand']);
    });
  });

  describe('preselectedOptIn', () => {
    test.each([
      'A pre-checked box on the checkout page opts customers in to order updates by SMS.',
      'Customers are opted in by default at sign-up and may opt out at any time in their profile.',
      'The SMS consent checkbox defaults to yes when users register their mobile number with us.',
      'Users are automatically enrolled when they give their number at sign-up in the app.',
      'The SMS box is ticked for new customers at checkout unless they untick it before paying.',
    ])('fires on "%s"', (optIn) => {
      expect(idsOf({ 'messagingUseCase.optInDescription': optIn })).toEqual(['sender-id-registration:preselectedOptIn']);
    });

    test.each([
      'Shoppers tick a box at checkout to receive order and delivery updates by SMS.',
      'Users tick the SMS box at sign-up; they can untick it in their profile at any time.',
    ])('silent on "%s"', (optIn) => {
      expect(idsOf({ 'messagingUseCase.optInDescription': optIn })).toEqual([]);
    });
  });

  describe('promotionalUseCaseInIndia', () => {
    test('fires for India only', () => {
      const promotions = { 'messagingUseCase.useCaseCategory': ['Promotions and marketing'] };
      expect(idsOf(promotions)).toEqual(['sender-id-registration:promotionalUseCaseInIndia']);
      expect(idsOf(promotions, 'ID_SENDER_ID_REGISTRATION')).toEqual([]);
    });
  });

  describe('senderIdUnrelatedToCompany', () => {
    test('fires on a sender ID unlike the company name when there is no sender ID description', () => {
      const [finding] = findings({ 'senderIdInfo.senderId': 'PROMO', 'messageSamples.messageSample1': 'PROMO: your Demo code is 1.' });
      expect(finding).toMatchObject({ id: 'sender-id-registration:senderIdUnrelatedToCompany', fieldPath: 'senderIdInfo.senderId' });
      expect(finding.message).toContain('"PROMO" does not obviously relate');
    });

    test('a sender ID description silences it', () => {
      expect(idsOf({
        'senderIdInfo.senderId': 'PROMO', 'messageSamples.messageSample1': 'PROMO: your Demo code is 1.',
        'senderIdInfo.senderIdDescription': 'PROMO is the name of our loyalty app, owned by Demo Company.',
      })).toEqual([]);
    });

    test.each([
      ['DEMOCO', 'Demo Company India Private Limited', true],
      ['DEMOID', 'PT Demo Indonesia', true],
      ['EXPAY', 'Example Payments Private Limited', true],
      ['ACME', 'Acme Corporation', true],
      ['PROMO', 'Demo Company', false],
      ['XYZBANK', 'Demo Company', false],
    ])('%s relates to "%s": %s', (senderId, company, expected) => {
      expect(senderIdRelatesToCompany(senderId, company)).toBe(expected);
    });
  });

  describe('websiteNotHttps', () => {
    test('fires on an http:// website or policy URL; silent on https://', () => {
      expect(findings({ 'companyInfo.website': 'http://example.com' }).map((f) => [f.id, f.fieldPath]))
        .toEqual([['sender-id-registration:websiteNotHttps', 'companyInfo.website']]);
      expect(idsOf({ 'messagingUseCase.privacyPolicyUrl': 'HTTP://example.com/privacy' }, 'US_TOLL_FREE_REGISTRATION'))
        .toEqual(['sender-id-registration:websiteNotHttps']);
    });
  });

  describe('sampleTooLong', () => {
    test('fires over 306 characters, not at 306', () => {
      const sample = (n: number) => `Demo Company: ${'x'.repeat(n - 14)}`;
      expect(findings({ 'messageSamples.messageSample1': sample(307) }).map((f) => [f.id, f.message])).toEqual([
        ['sender-id-registration:sampleTooLong', expect.stringContaining('the sample is 307 characters; sender ID forms take at most 306')],
      ]);
      expect(idsOf({ 'messageSamples.messageSample1': sample(306) })).toEqual([]);
    });
  });
});
