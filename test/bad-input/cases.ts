import { SecretValue, Stack } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import {
  Attachment, RegistrationField, RegistrationForm, SenderIdRegistrationProps, UseCaseCategory,
} from '../../lib';
import { AssumableRule } from '../../lib/core/forms/types';
import { COMMON, INDIA_FORM, badFiles, doc, indiaProps, indonesiaProps } from '../construct/fixtures';

/**
 * Where a mistake is caught:
 * - `synth+handler`: a field value; synth fails, and the handler's Create refuses the same properties
 *   against the live definitions before any write.
 * - `synth`: only the construct can know it (files, sample count, props); synth fails and nothing is rendered.
 * - `deploy`: the bundled catalog cannot decide (a path it does not know); synth warns, the handler refuses.
 * - `assumed`: the value breaks a rule the bundled catalog only assumed (FieldProvenance.Assumed); synth
 *   warns with the rule's id, the handler refuses against the live definitions (here: the same rule).
 * - `construct`: building the props throws.
 */
export type CaughtAt = 'synth+handler' | 'synth' | 'deploy' | 'assumed' | 'construct';

export interface BadInputCase {
  readonly name: string;
  readonly caughtAt: CaughtAt;
  /** The props, built in the registration's stack (S3 buckets need a scope). */
  readonly props: (stack: Stack) => SenderIdRegistrationProps;
  /** Region of the stack; India's default. */
  readonly region?: string;
  /** The exact field path the message starts with. */
  readonly fieldPath: string;
  /** The rule, as the message says it. */
  readonly rule: RegExp;
  /** The handler's words when they differ (it sees rendered values, not the construct's props). */
  readonly handlerRule?: RegExp;
  /** Text that must never appear (personal data). */
  readonly hidden?: string;
  /** For `assumed`: the rule the warning id names (sender-id-registration:assumedRule:<fieldPath>:<rule>). */
  readonly assumedRule?: AssumableRule;
}

export const INDONESIA_REGION = 'ap-southeast-1';
const files = badFiles();
const long = (n: number) => 'a'.repeat(n);
const OPT_IN = 'Users enter their number on the sign-in page and request a passcode for it.';
const india = (overrides: Partial<SenderIdRegistrationProps>) => () => indiaProps(overrides);
const withField = (...additionalFields: RegistrationField[]) => india({ additionalFields });
const company = (change: Partial<SenderIdRegistrationProps['company']>) => india({ company: { ...COMMON.company, ...change } });
const address = (change: Partial<SenderIdRegistrationProps['address']>) => india({ address: { ...COMMON.address, ...change } });
const useCase = (change: Partial<SenderIdRegistrationProps['useCase']>) => india({ useCase: { ...COMMON.useCase, ...change } });
/** An Indonesian-form registration of a company abroad (SG): only the XL Axiata letter is required. */
const foreignIndonesia = (overrides: Partial<SenderIdRegistrationProps> = {}): SenderIdRegistrationProps => ({
  ...COMMON, senderId: 'DEMOSG', address: { line1: '1 Example Street', city: 'Singapore', isoCountryCode: 'SG' },
  form: RegistrationForm.other('ID_SENDER_ID_REGISTRATION'),
  additionalFields: [RegistrationField.attachment('idSidSpecificInfo.letterOfAuthorization3', Attachment.fromFile(doc('loa-xl-axiata.pdf')))],
  ...overrides,
});
const xlLetter = (attachment: Attachment) => () => indonesiaProps({
  additionalFields: [RegistrationField.attachment('idSidSpecificInfo.letterOfAuthorization3', attachment)],
});

export const BAD_INPUT_CASES: readonly BadInputCase[] = [
  // ── Typed props: the sender ID, company, address, contact, use case and samples ──
  { name: 'sender ID with a hyphen', caughtAt: 'synth+handler', props: india({ senderId: 'DEMO-1' }),
    fieldPath: 'senderIdInfo.senderId', rule: /"DEMO-1" must match \^\[A-Za-z\]\{3,6\}\$ for IN_SENDER_ID_REGISTRATION/ },
  { name: 'sender ID too short', caughtAt: 'synth+handler', props: india({ senderId: 'AB' }),
    fieldPath: 'senderIdInfo.senderId', rule: /"AB" is 2 characters, at least 3 allowed/ },
  { name: 'sender ID too long for India', caughtAt: 'synth+handler', props: india({ senderId: 'DEMOCOMP' }),
    fieldPath: 'senderIdInfo.senderId', rule: /"DEMOCOMP" is 8 characters, at most 6 allowed/ },
  { name: 'empty company name', caughtAt: 'synth+handler', props: company({ legalName: '' }),
    fieldPath: 'companyInfo.companyName', rule: /"" is 0 characters, at least 1 allowed/ },
  { name: 'blank company name', caughtAt: 'synth+handler', props: company({ legalName: '   ' }),
    fieldPath: 'companyInfo.companyName', rule: /" {3}" must match .* \(must not be blank\)/ },
  { name: 'company name over 100 characters', caughtAt: 'synth+handler', props: company({ legalName: long(101) }),
    fieldPath: 'companyInfo.companyName', rule: /is 101 characters, at most 100 allowed/ },
  { name: 'registration number with a hyphen (hidden)', caughtAt: 'synth+handler', props: company({ registrationNumber: 'U-0000-MH' }),
    fieldPath: 'companyInfo.companyId', rule: /\(hidden personal data, 9 characters\) must match \^\[A-Za-z0-9\]\{1,30\}\$/, hidden: 'U-0000-MH' },
  { name: 'registration number over 30 characters', caughtAt: 'synth+handler', props: company({ registrationNumber: 'A'.repeat(31) }),
    fieldPath: 'companyInfo.companyId', rule: /is 31 characters, at most 30 allowed/ },
  { name: 'website without a scheme', caughtAt: 'synth+handler', props: company({ website: 'example.com' }),
    fieldPath: 'companyInfo.website', rule: /"example\.com" must be a web URL \(http:\/\/ or https:\/\/.*\), but it has no scheme/ },
  { name: 'website with a javascript: scheme', caughtAt: 'synth+handler', props: company({ website: 'javascript:alert(1)' }),
    fieldPath: 'companyInfo.website', rule: /must be a web URL .*, but its scheme is javascript:, only http: and https: are allowed/ },
  { name: 'website with an ftp: scheme', caughtAt: 'synth+handler', props: company({ website: 'ftp://example.com/' }),
    fieldPath: 'companyInfo.website', rule: /must be a web URL .*, but its scheme is ftp:, only http: and https: are allowed/ },
  { name: 'website with a space', caughtAt: 'synth+handler', props: company({ website: 'https://example.com/about us' }),
    fieldPath: 'companyInfo.website', rule: /must be a web URL .*, but it contains a space or a line break/ },
  { name: 'empty address line (hidden)', caughtAt: 'synth+handler', props: address({ line1: '' }),
    fieldPath: 'companyAddress.address1', rule: /\(hidden personal data, 0 characters\) is 0 characters, at least 1 allowed \(an empty text value is refused: a limit of the SMS API itself/ },
  { name: '10,000-character address line (hidden)', caughtAt: 'synth+handler', props: address({ line1: `Flat 4 ${long(9993)}` }),
    fieldPath: 'companyAddress.address1', rule: /\(hidden personal data, 10000 characters\) is 10000 characters, at most 100 allowed \(over 2048 is refused/, hidden: 'Flat 4' },
  { name: 'blank second address line', caughtAt: 'assumed', assumedRule: 'Pattern', props: address({ line2: '  ' }),
    fieldPath: 'companyAddress.address2', rule: /must match .* \(must not be blank\)/ },
  { name: 'city over 100 characters', caughtAt: 'assumed', assumedRule: 'MaxLength', props: address({ city: long(101) }),
    fieldPath: 'companyAddress.city', rule: /is 101 characters, at most 100 allowed/ },
  { name: 'empty state', caughtAt: 'synth+handler', props: address({ stateOrProvince: '' }),
    fieldPath: 'companyAddress.state', rule: /is 0 characters, at least 1 allowed \(an empty text value is refused/ },
  { name: 'postal code over 20 characters', caughtAt: 'assumed', assumedRule: 'MaxLength', props: address({ postalCode: '4'.repeat(21) }),
    fieldPath: 'companyAddress.zipCode', rule: /is 21 characters, at most 20 allowed/ },
  { name: 'country as a name', caughtAt: 'synth+handler', props: address({ isoCountryCode: 'India' }),
    fieldPath: 'companyAddress.isoCountryCode', rule: /is 5 characters, at most 2 allowed/ },
  { name: 'country in lower case', caughtAt: 'synth+handler', props: address({ isoCountryCode: 'in' }),
    fieldPath: 'companyAddress.isoCountryCode', rule: /must match \^\[A-Z\]\{2\}\$ \(must be a two-letter ISO country code/ },
  { name: 'contact email without @ (hidden)', caughtAt: 'synth+handler', props: india({ contact: { email: 'jane.doe-at-example.com', phone: '+915550100001' } }),
    fieldPath: 'contactInfo.emailAddress', rule: /\(hidden personal data, 23 characters\) must be an email address \(.*\), but it has no "@"/, hidden: 'jane' },
  { name: 'contact email with a space (hidden)', caughtAt: 'synth+handler', props: india({ contact: { email: 'jane doe@example.com', phone: '+915550100001' } }),
    fieldPath: 'contactInfo.emailAddress', rule: /must be an email address .*, but it contains a space/, hidden: 'jane' },
  { name: 'contact email without a domain dot (hidden)', caughtAt: 'synth+handler', props: india({ contact: { email: 'jane@example', phone: '+915550100001' } }),
    fieldPath: 'contactInfo.emailAddress', rule: /must be an email address .*, but the domain after the "@" has no dot/, hidden: 'jane' },
  { name: 'phone with spaces (hidden)', caughtAt: 'synth+handler', props: india({ contact: { email: 'ops@example.com', phone: '+91 555 0100' } }),
    fieldPath: 'contactInfo.phoneNumber', rule: /must be an E\.164 phone number .*, but it holds spaces, punctuation/, hidden: '555 0100' },
  { name: 'phone with letters (hidden)', caughtAt: 'synth+handler', props: india({ contact: { email: 'ops@example.com', phone: '+91555CALLUS' } }),
    fieldPath: 'contactInfo.phoneNumber', rule: /must be an E\.164 phone number .*, but it contains letters/, hidden: 'CALLUS' },
  { name: 'phone too short', caughtAt: 'synth+handler', props: india({ contact: { email: 'ops@example.com', phone: '+1' } }),
    fieldPath: 'contactInfo.phoneNumber', rule: /must be an E\.164 phone number .*, but it has 1 digits, 2 to 15 allowed/ },
  { name: 'India: promotions and marketing', caughtAt: 'synth+handler', props: useCase({ category: UseCaseCategory.PROMOTIONS_AND_MARKETING }),
    fieldPath: 'messagingUseCase.useCaseCategory', rule: /"Promotions and marketing" is not one of "One-time passcodes", .* for IN_SENDER_ID_REGISTRATION/ },
  { name: 'use case description over 500 characters', caughtAt: 'assumed', assumedRule: 'MaxLength', props: useCase({ description: long(501) }),
    fieldPath: 'messagingUseCase.useCaseDescription', rule: /is 501 characters, at most 500 allowed for/ },
  { name: '10,000-character use case description', caughtAt: 'synth+handler', props: useCase({ description: long(10000) }),
    fieldPath: 'messagingUseCase.useCaseDescription',
    rule: /\(10000 characters\) is 10000 characters, at most 500 allowed \(over 2048 is refused: a limit of the SMS API itself, on every form\)/ },
  { name: 'opt-in description under 40 characters', caughtAt: 'synth+handler', props: useCase({ optInDescription: 'Users opt in.' }),
    fieldPath: 'messagingUseCase.optInDescription', rule: /"Users opt in\." is 13 characters, at least 40 allowed/ },
  { name: 'opt-in description with a leading space', caughtAt: 'synth+handler', props: useCase({ optInDescription: ` ${OPT_IN}` }),
    fieldPath: 'messagingUseCase.optInDescription', rule: /must match .* \(must not start or end with a space\)/ },
  { name: 'opt-in description over 500 characters', caughtAt: 'synth+handler', props: useCase({ optInDescription: long(501) }),
    fieldPath: 'messagingUseCase.optInDescription', rule: /is 501 characters, at most 500 allowed/ },
  { name: 'message sample over 306 characters', caughtAt: 'synth+handler', props: india({ messageSamples: [`Demo ${long(302)}`] }),
    fieldPath: 'messageSamples.messageSample1', rule: /is 307 characters, at most 306 allowed/ },
  { name: 'blank second message sample', caughtAt: 'assumed', assumedRule: 'Pattern', props: india({ messageSamples: ['Your Demo code is 1.', ' '] }),
    fieldPath: 'messageSamples.messageSample2', rule: /" " must match .* \(must not be blank\)/ },
  { name: 'India: PEID with a hyphen', caughtAt: 'assumed', assumedRule: 'Pattern', props: india({ form: RegistrationForm.india({ ...INDIA_FORM, principalEntityId: 'PE-1' }) }),
    fieldPath: 'inSidSpecificInfo.principalEntityId', rule: /"PE-1" must match \^\[0-9A-Za-z\]\+\$/ },
  { name: 'India: empty chain ID 1', caughtAt: 'synth+handler', props: india({ form: RegistrationForm.india({ ...INDIA_FORM, chainId1: '' }) }),
    fieldPath: 'inSidSpecificInfo.chainId1', rule: /"" is 0 characters, at least 1 allowed/ },
  { name: 'India: chain ID 5 over 100 characters', caughtAt: 'assumed', assumedRule: 'MaxLength', props: india({ form: RegistrationForm.india({ ...INDIA_FORM, chainId5: '1'.repeat(101) }) }),
    fieldPath: 'inSidSpecificInfo.chainId5', rule: /is 101 characters, at most 100 allowed/ },
  { name: 'India: sending parameters not acknowledged', caughtAt: 'synth+handler',
    props: india({ form: RegistrationForm.india({ ...INDIA_FORM, acknowledgeSendingParameters: false }) }),
    fieldPath: 'inSidSpecificInfo.sendingParametersAcknowledgement', rule: /acknowledgeSendingParameters is false, must be true \(the form accepts only "Yes"\)/,
    handlerRule: /is required but has no value/ },
  { name: 'no message sample', caughtAt: 'synth', props: india({ messageSamples: [] }),
    fieldPath: 'messageSamples', rule: /0 message samples given, 1 to 3 allowed/ },
  { name: 'four message samples', caughtAt: 'synth', props: india({ messageSamples: ['Demo 1', 'Demo 2', 'Demo 3', 'Demo 4'] }),
    fieldPath: 'messageSamples', rule: /4 message samples given, 1 to 3 allowed/ },
  { name: 'a BEL in the company name', caughtAt: 'synth', props: company({ legalName: 'Demo\u0007Co' }),
    fieldPath: 'companyInfo.companyName', rule: /contains a control character \(BEL, U\+0007\) at character 5; the form takes printable text only/ },
  { name: 'a line break in the city (hidden)', caughtAt: 'synth', props: address({ city: 'Mumbai\nMaharashtra' }),
    fieldPath: 'companyAddress.city', rule: /\(line break, U\+000A\) at character 7, but it is a single-line field/, hidden: 'Maharashtra' },
  { name: 'a secret as the company name', caughtAt: 'synth', props: company({ legalName: SecretValue.secretsManager('demo/name').unsafeUnwrap() }),
    fieldPath: 'companyInfo.companyName', rule: /resolves to a secure dynamic reference .*CloudFormation does not resolve secure dynamic references in custom resources/ },
  { name: 'a {{resolve:ssm-secure}} phone (hidden)', caughtAt: 'synth',
    props: india({ contact: { email: 'ops@example.com', phone: '{{resolve:ssm-secure:/team/phone}}' } }),
    fieldPath: 'contactInfo.phoneNumber', rule: /is a secure dynamic reference .*would receive the literal/, hidden: '/team/phone' },
  { name: 'a literal "${Token[...]}"', caughtAt: 'synth', props: useCase({ description: 'Codes ${Token[Demo.1]}' }),
    fieldPath: 'messagingUseCase.useCaseDescription', rule: /looks like a CDK token .* but is not one this app made/ },
  { name: 'additionalFields setting a path twice', caughtAt: 'synth',
    props: withField(RegistrationField.text('companyInfo.website', 'https://example.com'), RegistrationField.text('companyInfo.website', 'https://example.org')),
    fieldPath: 'companyInfo.website', rule: /is set 2 times in additionalFields; set each field path once/ },
  { name: 'adopting by ARN instead of id', caughtAt: 'synth', props: india({ adoptRegistrationId: 'arn:aws:sms-voice:ap-south-1:123456789012:registration/r-1' }),
    fieldPath: 'adoptRegistrationId', rule: /must be a registration id \(registration-\.\.\.\), not an ARN or empty/ },

  // ── Escape hatch: additionalFields with RegistrationField.text / select / attachment ──
  { name: 'text override of the sender ID', caughtAt: 'synth+handler', props: withField(RegistrationField.text('senderIdInfo.senderId', 'TOOLONGID')),
    fieldPath: 'senderIdInfo.senderId', rule: /"TOOLONGID" is 9 characters, at most 6 allowed/ },
  { name: 'select: a volume that is not an option', caughtAt: 'synth+handler', props: withField(RegistrationField.select('messagingUseCase.monthlyMessageVolume', ['12'])),
    fieldPath: 'messagingUseCase.monthlyMessageVolume', rule: /"12" is not one of "10", "100", "1,000"/ },
  { name: 'select: two areas of business', caughtAt: 'assumed', assumedRule: 'MaxChoices',
    props: withField(RegistrationField.select('companyInfo.areaOfBusiness', ['Technology', 'Retail'])),
    fieldPath: 'companyInfo.areaOfBusiness', rule: /has 2 choices \("Technology", "Retail"\), 1 allowed/ },
  { name: 'select: no choice', caughtAt: 'synth+handler', props: withField(RegistrationField.select('messagingUseCase.monthlyMessageVolume', [])),
    fieldPath: 'messagingUseCase.monthlyMessageVolume', rule: /has 0 choices, 1 allowed/ },
  { name: 'select: acknowledgement "No"', caughtAt: 'synth+handler',
    props: withField(RegistrationField.select('inSidSpecificInfo.sendingParametersAcknowledgement', ['No'])),
    fieldPath: 'inSidSpecificInfo.sendingParametersAcknowledgement', rule: /"No" is not one of "Yes"/ },
  { name: 'text given to a SELECT field', caughtAt: 'synth+handler', props: withField(RegistrationField.text('messagingUseCase.monthlyMessageVolume', '10,000')),
    fieldPath: 'messagingUseCase.monthlyMessageVolume', rule: /is a SELECT field and takes a list of choices \(SelectChoices\), got TextValue/ },
  { name: 'choices given to a TEXT field', caughtAt: 'synth+handler', props: withField(RegistrationField.select('companyInfo.companyName', ['Demo'])),
    fieldPath: 'companyInfo.companyName', rule: /is a TEXT field and takes a text value \(TextValue\), got SelectChoices/ },
  { name: 'attachment given to a TEXT field', caughtAt: 'synth+handler',
    props: withField(RegistrationField.attachment('companyInfo.website', Attachment.fromFile(doc('nib.pdf')))),
    fieldPath: 'companyInfo.website', rule: /is a TEXT field and takes a text value \(TextValue\), got RegistrationAttachmentId/ },
  { name: 'text given to an ATTACHMENT field', caughtAt: 'synth+handler', region: INDONESIA_REGION,
    props: () => foreignIndonesia({ additionalFields: [RegistrationField.text('idSidSpecificInfo.letterOfAuthorization3', 'loa.pdf')] }),
    fieldPath: 'idSidSpecificInfo.letterOfAuthorization3', rule: /is an ATTACHMENT field and takes an attachment \(RegistrationAttachmentId\), got TextValue/ },
  { name: 'a mistyped path (did you mean)', caughtAt: 'deploy', props: withField(RegistrationField.text('companyInfo.webiste', 'https://example.com')),
    fieldPath: 'companyInfo.webiste', rule: /is not in the bundled IN_SENDER_ID_REGISTRATION definitions; .* \(did you mean companyInfo\.website\?\)/,
    handlerRule: /is not a field of IN_SENDER_ID_REGISTRATION; did you mean companyInfo\.website\?/ },
  { name: 'a path in the wrong case (did you mean)', caughtAt: 'deploy', props: withField(RegistrationField.text('messagingUseCase.OptInDescription', OPT_IN)),
    fieldPath: 'messagingUseCase.OptInDescription', rule: /\(did you mean messagingUseCase\.optInDescription\?\)/,
    handlerRule: /is not a field of IN_SENDER_ID_REGISTRATION; did you mean messagingUseCase\.optInDescription\?/ },
  // Lazy: RegistrationField throws as the props are built.
  { name: 'not a field path', caughtAt: 'construct', props: () => withField(RegistrationField.text('website', 'https://example.com'))(),
    fieldPath: 'website', rule: /is not a field path such as "companyInfo\.companyName"/ },
  { name: 'a field path with a trailing dot', caughtAt: 'construct', props: () => withField(RegistrationField.text('companyInfo.', 'x'))(),
    fieldPath: 'companyInfo.', rule: /is not a field path/ },

  // ── RegistrationForm.other: the catalog's rules still apply, ConditionalBehavior included ──
  { name: 'other(ID): a company abroad without the XL Axiata letter', caughtAt: 'synth+handler', region: INDONESIA_REGION,
    props: () => foreignIndonesia({ additionalFields: [] }),
    fieldPath: 'idSidSpecificInfo.letterOfAuthorization3', rule: /\("Letter of authorization: XL Axiata"\): is required but has no value/ },
  { name: 'other(ID): an Indonesian company without the Telkomsel letter', caughtAt: 'synth+handler', region: INDONESIA_REGION,
    props: () => foreignIndonesia({ address: { line1: 'Jalan Contoh 1', city: 'Jakarta', isoCountryCode: 'ID' } }),
    fieldPath: 'idSidSpecificInfo.letterOfAuthorization1', rule: /is required when companyAddress\.isoCountryCode is one of "ID" but has no value/ },
  { name: 'other(ID): a sender ID without a letter', caughtAt: 'synth+handler', region: INDONESIA_REGION, props: () => foreignIndonesia({ senderId: '123456' }),
    fieldPath: 'senderIdInfo.senderId', rule: /"123456" must match \^\(\?=\.\*\[A-Za-z\]\)\[A-Za-z0-9\]\{3,11\}\$/ },
  { name: 'other(IN): the India-specific fields left out', caughtAt: 'synth+handler', props: india({ form: RegistrationForm.other('IN_SENDER_ID_REGISTRATION') }),
    fieldPath: 'inSidSpecificInfo.principalEntityId', rule: /\("Principal Entity ID \(PEID\)"\): is required but has no value/ },

  // ── Attachments: only the construct sees the files ──
  { name: 'attachment file missing', caughtAt: 'synth', region: INDONESIA_REGION, props: xlLetter(Attachment.fromFile('no/such/loa.pdf')),
    fieldPath: 'idSidSpecificInfo.letterOfAuthorization3', rule: /attachment "no\/such\/loa\.pdf" does not exist or is not a file/ },
  { name: 'attachment that is a GIF', caughtAt: 'synth', region: INDONESIA_REGION, props: xlLetter(Attachment.fromFile(files.gif)),
    fieldPath: 'idSidSpecificInfo.letterOfAuthorization3', rule: /is not a PDF \(\.pdf\), PNG \(\.png\) or JPEG \(\.jpg, \.jpeg\) file by its content/ },
  { name: 'a PNG named .pdf', caughtAt: 'synth', region: INDONESIA_REGION, props: xlLetter(Attachment.fromFile(files.fakePdf)),
    fieldPath: 'idSidSpecificInfo.letterOfAuthorization3', rule: /is a PNG file by its content but is named \.pdf; name it \.png/ },
  { name: 'attachment over 500 KB', caughtAt: 'synth', region: INDONESIA_REGION, props: xlLetter(Attachment.fromFile(files.tooLarge)),
    fieldPath: 'idSidSpecificInfo.letterOfAuthorization3', rule: /is \d+ bytes, at most 512000 bytes \(500 KB\) allowed$/ },
  { name: 'UK letter of authorization as a PNG', caughtAt: 'synth', region: 'eu-west-2',
    props: () => ({ ...COMMON, senderId: 'DEMOCO', form: RegistrationForm.other('GB_SENDER_ID_REGISTRATION'),
      additionalFields: [RegistrationField.attachment('senderIdInfo.letterOfAuthorization', Attachment.fromFile(doc('npwp.png')))] }),
    fieldPath: 'senderIdInfo.letterOfAuthorization', rule: /is a PNG file, but only PDF is allowed for this field of GB_SENDER_ID_REGISTRATION/ },
  { name: 'S3 object that is not a document', caughtAt: 'synth', region: INDONESIA_REGION,
    props: (stack) => xlLetter(Attachment.fromS3Object(s3.Bucket.fromBucketName(stack, 'Docs', 'docs-bucket'), 'loa.docx'))(),
    fieldPath: 'idSidSpecificInfo.letterOfAuthorization3', rule: /attachment ".*\/loa\.docx" must be a PDF \(\.pdf\), PNG \(\.png\) or JPEG/ },
  { name: 'S3 object with a content hash that is not SHA-256', caughtAt: 'synth', region: INDONESIA_REGION,
    props: (stack) => xlLetter(Attachment.fromS3Object(s3.Bucket.fromBucketName(stack, 'Docs', 'docs-bucket'), 'loa.pdf', { contentHash: 'abc' }))(),
    fieldPath: 'idSidSpecificInfo.letterOfAuthorization3', rule: /contentHash "abc" must be a hex SHA-256 \(64 hex digits\)/ },
];
