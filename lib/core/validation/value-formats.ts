import { ValueFormat } from '../forms/types';

/**
 * The formats a text field may be known to hold: an email address, a web URL, an E.164 phone number.
 * These are the formats themselves (RFC 5321/5322, RFC 3986 and the WHATWG URL standard, ITU-T E.164),
 * not guesses about a form, so a value that breaks its field's format fails synth; the handler and the
 * local registrar refuse it through the same engine.
 *
 * Which fields hold which format is decided in one place: the `ValueFormats` map of the form's catalog
 * entry (lib/core/forms/catalog/README.md), e.g. `"ValueFormats": { "contactInfo.emailAddress": "EMAIL" }`.
 * Nothing guesses from a field's name. Reasons never quote the value: it may be personal data.
 */

/** What each format is called in messages, with an example of a valid value. */
const FORMAT_NAMES: Readonly<Record<ValueFormat, string>> = {
  EMAIL: 'an email address (local-part@domain, RFC 5321/5322, such as ops@example.com)',
  URL: 'a web URL (http:// or https://, RFC 3986, such as https://example.com/privacy)',
  PHONE_E164: 'an E.164 phone number (+, country code and number, 15 digits at most, no spaces, such as +12065550100)',
};

export const VALUE_FORMATS = Object.keys(FORMAT_NAMES) as readonly ValueFormat[];

export function isValueFormat(value: unknown): value is ValueFormat {
  return typeof value === 'string' && (VALUE_FORMATS as readonly string[]).includes(value);
}

// RFC 5321 section 4.1.2 (Dot-string, Quoted-string), with RFC 6531's UTF-8 allowed in atoms and labels.
const ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\u{10FFFF}-]+$/u;
const QUOTED_LOCAL_PART = /^"(?:[\x20\x21\x23-\x5b\x5d-\x7e\u0080-\u{10FFFF}]|\\[\x20-\x7e])*"$/u;
const DOMAIN_LABEL = /^(?!-)[A-Za-z0-9\u0080-\u{10FFFF}-]{1,63}(?<!-)$/u;
const ADDRESS_LITERAL = /^\[(?:(?:\d{1,3}\.){3}\d{1,3}|IPv6:[0-9A-Fa-f:.]+)\]$/;
/** RFC 5321 4.5.3.1: local part 64 octets, domain 255, a whole path 256 with its angle brackets. */
const MAX_LOCAL_PART = 64;
const MAX_ADDRESS = 254;

function emailProblem(text: string): string | undefined {
  const at = text.lastIndexOf('@');
  if (at < 0) return 'it has no "@"';
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (/\s/u.test(domain) || (/\s/u.test(local) && !local.startsWith('"'))) return 'it contains a space';
  if (new TextEncoder().encode(text).length > MAX_ADDRESS) return `it is longer than ${MAX_ADDRESS} bytes`;
  if (local.length === 0) return 'nothing comes before the "@"';
  if (new TextEncoder().encode(local).length > MAX_LOCAL_PART) return `the part before the "@" is longer than ${MAX_LOCAL_PART} bytes`;
  if (!QUOTED_LOCAL_PART.test(local) && !local.split('.').every((atom) => ATOM.test(atom))) {
    return 'the part before the "@" holds a character an address does not allow, or a dot at its start, its end or next to another';
  }
  if (domain.length === 0) return 'nothing comes after the "@"';
  if (ADDRESS_LITERAL.test(domain)) return undefined;
  const labels = domain.split('.');
  // RFC 5321 2.3.5: only fully-qualified domain names are permitted, so a domain has at least one dot.
  if (labels.length < 2) return 'the domain after the "@" has no dot (a fully-qualified domain such as example.com is required)';
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) {
    return 'the domain after the "@" is not a host name (labels of letters, digits and inner hyphens, separated by single dots)';
  }
  return undefined;
}

/** RFC 3986 2.2/2.3 and appendix C: characters a URL never holds unencoded. */
const UNSAFE_URL_CHARACTER = /[<>"{}|\\^`]/;

function urlProblem(text: string): string | undefined {
  if (/\s/u.test(text)) return 'it contains a space or a line break';
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text)?.[1];
  if (!scheme) return 'it has no scheme (it must start with https:// or http://)';
  if (!['http', 'https'].includes(scheme.toLowerCase())) return `its scheme is ${scheme.toLowerCase()}:, only http: and https: are allowed`;
  if (!/^https?:\/\//i.test(text)) return 'its scheme is not followed by "//" and a host';
  const unsafe = UNSAFE_URL_CHARACTER.exec(text);
  if (unsafe) return `it holds ${JSON.stringify(unsafe[0])}, which a URL must percent-encode`;
  let host: string;
  try {
    host = new URL(text).hostname;
  } catch {
    return 'it is not a URL a browser can open';
  }
  return host ? undefined : 'it has no host';
}

function phoneProblem(text: string): string | undefined {
  if (/\p{L}/u.test(text)) return 'it contains letters';
  if (!text.startsWith('+')) return 'it does not start with "+" and the country code';
  const digits = text.slice(1);
  if (!/^[0-9]+$/.test(digits)) return 'it holds spaces, punctuation or other characters after the "+" (digits only)';
  if (digits.startsWith('0')) return 'the country code starts with 0';
  if (digits.length < 2 || digits.length > 15) return `it has ${digits.length} digits, 2 to 15 allowed`;
  return undefined;
}

const PROBLEM_OF: Readonly<Record<ValueFormat, (text: string) => string | undefined>> = {
  EMAIL: emailProblem, URL: urlProblem, PHONE_E164: phoneProblem,
};

/** Why the text is not of the format, as a clause that never quotes the value, or undefined when it is. */
export function formatProblem(format: ValueFormat, text: string): string | undefined {
  const reason = PROBLEM_OF[format](text);
  return reason ? `must be ${FORMAT_NAMES[format]}, but ${reason}` : undefined;
}
