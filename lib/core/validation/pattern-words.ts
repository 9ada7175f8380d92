/**
 * Well-known TextValidation patterns said in words, so a message reads "must not be blank" and
 * not only a regex. Keyed by the exact pattern string; any other pattern is shown as the regex alone.
 */
const WORDS_FOR_PATTERN: Readonly<Record<string, string>> = {
  // The most common pattern in verbatim DescribeRegistrationFieldDefinitions output.
  '^(?=\\s*\\S)[\\s\\S]+$': 'must not be blank',
  '^\\S(?:[\\s\\S]*\\S)?$': 'must not start or end with a space',
  '^\\+[1-9][0-9]{1,14}$': 'must be an E.164 phone number such as +12065550100',
  '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$': 'must be an email address',
  '^https?://\\S+$': 'must be a URL starting with http:// or https://',
  '^[A-Z]{2}$': 'must be a two-letter ISO country code in capitals, such as IN',
};

/** The pattern in words, or undefined when it is not a well-known one. */
export function patternInWords(pattern: string): string | undefined {
  return WORDS_FOR_PATTERN[pattern];
}
