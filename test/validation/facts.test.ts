import { FieldValue, selectValue, textValue } from '../../lib/core/field-value';
import { ValueFormat } from '../../lib/core/forms/types';
import { validateFieldValues } from '../../lib/core/validation/validate';
import { formatProblem } from '../../lib/core/validation/value-formats';
import { selectField, textField } from '../support/field-builders';

/**
 * Facts fail, assumptions warn: a problem with no rule always fails synth. The service model's limits
 * (TextValue 1-2,048 characters, at most 100 choices of 1-256 characters) and the formats of email
 * addresses, URLs and E.164 phone numbers are facts; a form's own limit stays assumable.
 */

const description = textField('messagingUseCase.useCaseDescription', 'Use case description', { MinLength: 1, MaxLength: 5000 });
const email = textField('contactInfo.emailAddress', 'Email', { MinLength: 1, MaxLength: 254, Pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' });
const FORMATS: Record<string, ValueFormat> = { 'contactInfo.emailAddress': 'EMAIL' };
const OPTS = { registrationType: 'TEST_TYPE', requireComplete: true, valueFormats: FORMATS };
const check = (definition = description, value: FieldValue) => validateFieldValues([definition], { [definition.FieldPath]: value }, OPTS);

describe('the service model\'s limits are facts', () => {
  test('a text value over 2,048 characters fails even where the form allows more, carrying no assumable rule', () => {
    const [problem, ...rest] = check(description, textValue('a'.repeat(2049)));
    expect(rest).toEqual([]);
    expect(problem.rule).toBeUndefined();
    expect(problem.message).toMatch(/is 2049 characters, at most 2048 allowed \(over 2048 is refused: a limit of the SMS API itself, on every form\)/);
  });

  test('2,048 characters are accepted', () => {
    expect(check(description, textValue('a'.repeat(2048)))).toEqual([]);
  });

  test('an empty text value fails as a fact, even where the form sets no minimum', () => {
    const noMinimum = textField('messagingUseCase.useCaseDescription', 'Use case description', {});
    const [problem] = check(noMinimum, textValue(''));
    expect(problem.rule).toBeUndefined();
    expect(problem.message).toMatch(/is 0 characters, at least 1 allowed \(an empty text value is refused/);
  });

  test('a form\'s own maximum below 2,048 stays its own (assumable) rule', () => {
    const short = textField('messagingUseCase.useCaseDescription', 'Use case description', { MaxLength: 10 });
    expect(check(short, textValue('a'.repeat(11))).map((p) => p.rule)).toEqual(['MaxLength']);
  });

  test('more than 100 choices, or a choice over 256 characters, fails as a fact', () => {
    const many = Array.from({ length: 101 }, (_, i) => `c${i}`);
    const field = selectField('companyInfo.areaOfBusiness', 'Area', many, { maxChoices: 101 });
    const [tooMany] = check(field, selectValue(many));
    expect(tooMany.rule).toBeUndefined();
    expect(tooMany.message).toMatch(/has 101 choices, at most 100 allowed \(a limit of the SMS API itself/);
    const free = selectField('companyInfo.areaOfBusiness', 'Area', ['x'.repeat(257)]);
    expect(check(free, selectValue(['x'.repeat(257)]))[0].message).toMatch(/has a choice of 257 characters .*, 1 to 256 allowed/);
  });
});

describe('formats are facts, decided by the catalog entry\'s ValueFormats', () => {
  test('a malformed email fails with no rule, hides the value, and replaces the field\'s vaguer pattern', () => {
    const problems = check(email, textValue('jane.doe-at-example.com'));
    expect(problems).toHaveLength(1);
    expect(problems[0].rule).toBeUndefined();
    expect(problems[0].message).toBe('contactInfo.emailAddress ("Email"): (hidden personal data, 23 characters) must be an email address '
      + '(local-part@domain, RFC 5321/5322, such as ops@example.com), but it has no "@" for TEST_TYPE');
  });

  test('a field with no format in ValueFormats is not checked as one', () => {
    const unmarked = { ...OPTS, valueFormats: {} };
    const problems = validateFieldValues([email], { [email.FieldPath]: textValue('not-an-email') }, unmarked);
    expect(problems.map((p) => p.rule)).toEqual(['Pattern']);
  });

  test('by default the bundled catalog decides: India\'s contact email is an EMAIL field', () => {
    const problems = validateFieldValues([email], { [email.FieldPath]: textValue('jane@example') },
      { registrationType: 'IN_SENDER_ID_REGISTRATION', requireComplete: false });
    expect(problems[0].message).toMatch(/must be an email address .*, but the domain after the "@" has no dot/);
  });
});

describe.each<[ValueFormat, string[], Array<[string, RegExp]>]>([
  ['EMAIL',
    ['ops@example.com', 'first.last+tag@sub.example.co.in', '"john smith"@example.com', 'ops@[192.0.2.1]', 'ops@bücher.example'],
    [['ops.example.com', /has no "@"/], ['ops @example.com', /contains a space/], ['@example.com', /nothing comes before/],
      ['ops@', /nothing comes after/], ['ops@localhost', /has no dot/], ['.ops@example.com', /a dot at its start/],
      ['op..s@example.com', /next to another/], ['ops@-example.com', /not a host name/], ['ops@exa_mple.com', /not a host name/],
      [`${'a'.repeat(65)}@example.com`, /longer than 64 bytes/], [`ops@${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(10)}.com`, /longer than 254/]]],
  ['URL',
    ['https://example.com', 'http://example.com/privacy?x=1#y', 'HTTPS://EXAMPLE.COM/', 'https://192.0.2.1:8443/terms'],
    [['example.com', /has no scheme/], ['javascript:alert(1)', /scheme is javascript:/], ['ftp://example.com', /scheme is ftp:/],
      ['https://example.com/a b', /contains a space/], ['https:example.com', /not followed by "\/\/"/], ['https://', /not a URL a browser can open|has no host/],
      ['https://example.com/<script>', /holds "<"/], ['https://exa mple.com', /contains a space/]]],
  ['PHONE_E164',
    ['+12065550100', '+919876543210', '+44'],
    [['12065550100', /does not start with "\+"/], ['+1 206 555 0100', /holds spaces, punctuation/], ['+1-206-555-0100', /holds spaces, punctuation/],
      ['+1206CALLNOW', /contains letters/], ['+0123456', /country code starts with 0/], ['+1', /has 1 digits/], ['+1234567890123456', /has 16 digits/]]],
])('%s', (format, valid, invalid) => {
  test.each(valid)('accepts %s', (value) => {
    expect(formatProblem(format, value)).toBeUndefined();
  });
  test.each(invalid)('refuses %s', (value, reason) => {
    const problem = formatProblem(format, value);
    expect(problem).toMatch(reason);
    // The reason never quotes the value: it may be personal data.
    expect(problem!.split(', but ')[1]).not.toContain(value);
  });
});
