import { Attachment, RegistrationField, RegistrationForm, SenderIdRegistration, SenderIdRegistrationProps } from '../../lib';
import { catalogEntry } from '../../lib/core/forms/catalog';
import { COMMON, doc, indiaProps, indonesiaProps, newStack } from './fixtures';

// Every country with a public form page has a bundled entry, reachable through RegistrationForm.other(type) and
// additionalFields. AU, AT, GB, SG and FI have typed forms of their own (tested with them); IN and ID too.
// Per country: a valid registration synthesizes, and breaking each of the entry's own rules fails synth, while a
// rule the entry only assumed (not stated by that country's page) warns instead.
const COUNTRIES = ['AE', 'BY', 'EG', 'ES', 'IE', 'JO', 'KE', 'KW', 'KZ', 'LK', 'PH', 'QA', 'RU', 'SA', 'TH', 'TR', 'VN', 'ZM'];
// The countries whose own page states the sender ID rule ("between 3 and 11 alphanumeric characters").
const SENDER_ID_RULE_ON_OWN_PAGE = ['AE', 'BY', 'EG', 'KW', 'KZ', 'PH'];

const typeOf = (iso: string) => `${iso}_SENDER_ID_REGISTRATION`;

/** A valid registration of the country: the common form, plus each document field of its entry through additionalFields. */
function countryProps(iso: string, senderId = 'DemoCo2'): SenderIdRegistrationProps {
  const entry = catalogEntry(typeOf(iso))!;
  const documents = entry.FieldDefinitions.filter((d) => d.FieldType === 'ATTACHMENT')
    .map((d) => RegistrationField.attachment(d.FieldPath, Attachment.fromFile(doc('proof-of-sender-id-connection.png'))));
  return {
    ...COMMON, senderId, form: RegistrationForm.other(typeOf(iso)),
    address: { line1: '1 Example Road', city: 'Capital', isoCountryCode: iso }, additionalFields: documents,
  };
}

function synth(props: SenderIdRegistrationProps) {
  const registration = new SenderIdRegistration(newStack('eu-west-1', 'Country'), 'Registration', props);
  const warnings = registration.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => String(m.data));
  return { errors: registration.node.validate(), warnings };
}

test('every country of the research notes with a public page has an entry (AU, AT, GB, SG, FI, IN, ID aside)', () => {
  for (const iso of COUNTRIES) expect([iso, catalogEntry(typeOf(iso))?.IsoCountryCode]).toEqual([iso, iso]);
});

describe.each(COUNTRIES)('%s', (iso) => {
  const type = typeOf(iso);
  const ownRule = SENDER_ID_RULE_ON_OWN_PAGE.includes(iso);

  test('a valid registration synthesizes; the unconfirmed type name and field paths are named, not refused', () => {
    const { errors, warnings } = synth(countryProps(iso));
    expect(errors).toEqual([]);
    expect(warnings).toContainEqual(expect.stringMatching(new RegExp(`^senderIdInfo\\.senderId: no public source confirms this field path for ${type}`)));
  });

  const breaks: Array<[string, string, string]> = [
    ['MinLength', 'AB', 'is 2 characters, at least 3'],
    ['MaxLength', 'ABCDEFGHIJKL', 'is 12 characters, at most 11'],
    ['Pattern', 'DEMO-CO', 'must match'],
  ];
  test.each(breaks)(`a sender ID breaking ${ownRule ? 'the page\'s' : 'the assumed'} %s ${ownRule ? 'fails synth' : 'warns'}`, (rule, senderId, says) => {
    const { errors, warnings } = synth(countryProps(iso, senderId));
    const problem = expect.stringContaining(`senderIdInfo.senderId ("Sender ID"): "${senderId}" ${says}`);
    if (ownRule) {
      expect(errors).toEqual([problem]);
    } else {
      expect(errors).toEqual([]);
      expect(warnings).toContainEqual(expect.stringMatching(new RegExp(`No published form states this ${rule}.*assumedRule:senderIdInfo\\.senderId:${rule}`)));
    }
  });
});

describe('a rule of one country\'s page is not a fact for another', () => {
  // The AWS-authored Indonesia script sends this 21-character opt-in description; 40-500 is India's page.
  const optIn = 'Users opt in on site.';

  test('Indonesia: a 21-character opt-in description warns that the 40 is assumed, and synthesizes', () => {
    const { errors, warnings } = synth(indonesiaProps({ useCase: { ...COMMON.useCase, optInDescription: optIn } }));
    expect(errors).toEqual([]);
    expect(warnings).toContainEqual(expect.stringMatching(/^messagingUseCase\.optInDescription .*at least 40.*No published form states this MinLength.*assumedRule:messagingUseCase\.optInDescription:MinLength/));
  });

  test('India: the same value fails synth, its own page states 40-500', () => {
    const registration = new SenderIdRegistration(newStack('ap-south-1', 'India'), 'Registration', indiaProps({ useCase: { ...COMMON.useCase, optInDescription: optIn } }));
    expect(registration.node.validate()).toEqual([expect.stringMatching(/^messagingUseCase\.optInDescription .*is 21 characters, at least 40 allowed for IN_SENDER_ID_REGISTRATION/)]);
  });
});
