import { LintInput, lintRegistration } from '../../lib/core/lint/rules';
import { TRANSACTIONAL_ONLY_RULES } from '../../lib/core/lint/transactional-only-rules';

// The Philippines, Turkey and the UAE take transactional sender IDs only: their forms ask for an acknowledgement of
// transactional content, and promotional use cases or samples are denied.

const COUNTRIES = [
  ['philippines', 'PH_SENDER_ID_REGISTRATION', 'phSidSpecificInfo.transactionalContentAcknowledgement'],
  ['turkey', 'TR_SENDER_ID_REGISTRATION', 'trSidSpecificInfo.transactionalContentAcknowledgement'],
  ['unitedArabEmirates', 'AE_SENDER_ID_REGISTRATION', 'aeSidSpecificInfo.transactionalContentAcknowledgement'],
] as const;

/** A transactional registration reviewers have nothing to say about, acknowledged at the catalog's path. */
function fields(acknowledgementPath: string, extra: LintInput['fields'] = {}): LintInput['fields'] {
  return {
    'senderIdInfo.senderId': 'DEMOCO',
    'companyInfo.companyName': 'Demo Company',
    'companyInfo.website': 'https://example.com',
    'contactInfo.emailAddress': 'sms-registrations@example.com',
    'messagingUseCase.useCaseCategory': ['One-time passcodes'],
    'messageSamples.messageSample1': 'Your Demo Company sign-in code is 123456. It expires in 10 minutes.',
    [acknowledgementPath]: ['Yes'],
    ...extra,
  };
}

const lint = (registrationType: string, f: LintInput['fields']) => lintRegistration({ registrationType, fields: f });

test('each rule has a stable id and quotes its page with its URL and the date it was read', () => {
  expect(TRANSACTIONAL_ONLY_RULES.map((r) => r.id)).toEqual(COUNTRIES.flatMap(([word]) => [
    `sender-id-registration:${word}TransactionalContentAcknowledgement`, `sender-id-registration:${word}PromotionalContent`,
  ]));
  for (const rule of TRANSACTIONAL_ONLY_RULES) {
    expect(rule.source).toMatch(/https:\/\/docs\.aws\.amazon\.com\/sms-voice\/latest\/userguide\/registrations-[a-z-]+\.html \(read 2026-12-07\)/);
    expect(rule.source).toContain('"Acknowledgement of transactional content"');
  }
});

describe.each(COUNTRIES)('%s', (word, type, acknowledgementPath) => {
  test('a transactional, acknowledged registration is silent', () => {
    expect(lint(type, fields(acknowledgementPath))).toEqual([]);
  });

  describe('TransactionalContentAcknowledgement', () => {
    test('fires without the acknowledgement, naming the path and saying it is unconfirmed', () => {
      const { [acknowledgementPath]: _, ...without } = fields(acknowledgementPath);
      const found = lint(type, without);
      expect(found).toEqual([expect.objectContaining({ id: `sender-id-registration:${word}TransactionalContentAcknowledgement`, fieldPath: acknowledgementPath })]);
      expect(found[0].message).toContain('No public source confirms this path');
    });

    test('"No" is not an acknowledgement', () => {
      expect(lint(type, fields(acknowledgementPath, { [acknowledgementPath]: ['No'] })).map((f) => f.id))
        .toEqual([`sender-id-registration:${word}TransactionalContentAcknowledgement`]);
    });

    test('an acknowledgement at the live form\'s own path counts', () => {
      const { [acknowledgementPath]: _, ...without } = fields(acknowledgementPath);
      expect(lint(type, { ...without, 'specificInfo.transactionalOnly': ['Yes'] })).toEqual([]);
    });
  });

  describe('PromotionalContent', () => {
    test('fires on a promotional use case category', () => {
      expect(lint(type, fields(acknowledgementPath, { 'messagingUseCase.useCaseCategory': ['Promotions and marketing'] })).map((f) => [f.id, f.fieldPath]))
        .toEqual([[`sender-id-registration:${word}PromotionalContent`, 'messagingUseCase.useCaseCategory']]);
    });

    test('fires on a promotional sample, quoting only the promotional wording', () => {
      const found = lint(type, fields(acknowledgementPath, { 'messageSamples.messageSample2': 'Demo Company: 20% off for Jane this weekend only!' }));
      expect(found.map((f) => [f.id, f.fieldPath])).toEqual([[`sender-id-registration:${word}PromotionalContent`, 'messageSamples.messageSample2']]);
      expect(found[0].message).toContain('"20% off"');
      expect(found[0].message).not.toContain('Jane');
    });

    test.each([
      'Demo Company: your order 1234 has shipped and arrives tomorrow.',
      'Demo Company: your payment of 20.00 was received. Thank you.',
    ])('silent on "%s"', (sample) => {
      expect(lint(type, fields(acknowledgementPath, { 'messageSamples.messageSample1': sample }))).toEqual([]);
    });
  });
});

test('other countries are not asked for the acknowledgement', () => {
  const ids = lint('IN_SENDER_ID_REGISTRATION', fields('x.unused', { 'messageSamples.messageSample2': 'Demo Company: 20% off today' })).map((f) => f.id);
  expect(ids.filter((id) => /TransactionalContent|PromotionalContent/.test(id))).toEqual([]);
});
