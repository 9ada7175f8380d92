import * as path from 'path';
import { formRules } from '../../lib/core/forms';
import { documentKey } from '../../lib/core/forms/form-keys';
import { FormRules } from '../../lib/core/forms/form-rules';
import { LINT_ID_PREFIX } from '../../lib/core/lint/lint-id';
import { loadFleetRecords } from '../../lib/fleet/fleet-records';
import { EXAMPLE_DOCUMENTS, indiaRecord, PDF, recordsFolder } from '../fleet/fleet-fixtures';

// CONTRIBUTING.md's recipe, followed for a throwaway form: Thailand, whose catalog entry exists but which has no typed form.
// Its "folder" is the FormRules below, listed in FORMS (all-forms.ts) the way the recipe says, and its "props module" is
// the class below; nothing else is touched, and the construct, the fleet's records and the record schema all use it.

const TYPE = 'TH_SENDER_ID_REGISTRATION';
const LETTER = 'thSidSpecificInfo.letterOfAuthorization';
const LINT_ID = `${LINT_ID_PREFIX}thailandLetterOfAuthorization`;

/** What lib/core/forms/thailand/index.ts would export. */
const THAILAND: FormRules = {
  registrationType: TYPE,
  typedKeys: [documentKey('letterOfAuthorization', LETTER)],
  lintRules: [{
    id: LINT_ID,
    source: 'a throwaway rule of the throwaway form',
    check: (input) => (input.attachmentPaths?.includes(LETTER) ? [{ fieldPath: LETTER, message: `${LETTER}: check the letter` }] : []),
  }],
};

type Library = typeof import('../../lib');

/** The library, the fleet and the schema generator as they load when all-forms.ts lists the throwaway folder. */
function withThailandListed(): { lib: Library; cdk: typeof import('aws-cdk-lib'); fleet: typeof import('../../lib/fleet/fleet-records');
  schema: typeof import('../../tools/schema/record-schema'); } {
  const actual = jest.requireActual('../../lib/core/forms/all-forms');
  jest.doMock('../../lib/core/forms/all-forms', () => ({ FORMS: [...actual.FORMS, THAILAND] }));
  let loaded: ReturnType<typeof withThailandListed> | undefined;
  jest.isolateModules(() => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    loaded = { lib: require('../../lib'), cdk: require('aws-cdk-lib'), fleet: require('../../lib/fleet/fleet-records'),
      schema: require('../../tools/schema/record-schema') };
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
  jest.dontMock('../../lib/core/forms/all-forms');
  return loaded!;
}

/** The recipe's props module: the form's class, whose factory fills the folder's typed keys from props. */
function thailandFormClass(lib: Library) {
  return class ThailandSenderIdForm {
    public static of(props: { readonly letterOfAuthorization?: InstanceType<Library['Attachment']> }) {
      return lib.RegistrationForm._typed(THAILAND, props);
    }
  };
}

const thailandRecord = (form: Record<string, unknown>) => indiaRecord({
  type: TYPE, form, address: { line1: '1 Example Road', city: 'Bangkok', isoCountryCode: 'TH' },
});

test('the throwaway type has a catalog entry and no form folder of its own yet', () => {
  expect(formRules(TYPE)).toBeUndefined();
});

test('without its folder listed, a record cannot give the form section and the form class is refused', () => {
  const folder = recordsFolder({ 'demo-thailand.json': thailandRecord({ letterOfAuthorization: 'documents/loa.pdf' }), 'documents/loa.pdf': PDF });
  expect(loadFleetRecords(folder).problems).toEqual([expect.stringContaining(`${TYPE} has no typed form keys`)]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib: Library = require('../../lib');
  expect(() => thailandFormClass(lib).of({})).toThrow(`${TYPE}: its form folder is not listed in FORMS of lib/core/forms/all-forms.ts`);
});

describe('a form folder listed in FORMS, with its props module', () => {
  const { lib, cdk, fleet, schema } = withThailandListed();
  const ThailandSenderIdForm = thailandFormClass(lib);

  test('the construct sends its typed keys at their field paths and applies its lint', () => {
    const stack = new cdk.Stack(new cdk.App(), 'Thailand', { env: { account: '123456789012', region: 'ap-southeast-1' } });
    const registration = new lib.SenderIdRegistration(stack, 'Registration', {
      ...(loadedShared(lib)),
      form: ThailandSenderIdForm.of({ letterOfAuthorization: lib.Attachment.fromFile(path.join(EXAMPLE_DOCUMENTS, 'loa-xl-axiata.pdf')) }),
    });
    const template = cdk.assertions.Template.fromStack(stack).findResources('Custom::SenderIdRegistration');
    const properties = (Object.values(template)[0] as { Properties: { RegistrationType: string; Attachments: Record<string, unknown> } }).Properties;
    expect(properties.RegistrationType).toBe(TYPE);
    expect(Object.keys(properties.Attachments)).toEqual([LETTER]);
    const warnings = registration.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => String(m.data));
    expect(warnings).toContainEqual(`${LETTER}: check the letter [ack: ${LINT_ID}]`);
  });

  test('a fleet record of the type gives the typed key under form, and an unknown key is refused naming the allowed ones', () => {
    const folder = recordsFolder({
      'demo-thailand.json': thailandRecord({ letterOfAuthorization: 'documents/loa.pdf' }), 'documents/loa.pdf': PDF,
      'typo.json': thailandRecord({ letterOfAuthorisation: 'documents/loa.pdf' }),
    });
    const { records, problems } = fleet.loadFleetRecords(folder);
    expect(problems).toEqual([expect.stringMatching(/^typo\.json: form\.letterOfAuthorisation: is not a key of form .*allowed: letterOfAuthorization$/)]);
    expect(records.map((r) => r.props.form.fields.map((f) => f.fieldPath))).toEqual([[LETTER]]);
  });

  test('the record schema of the type has the form section with the typed key, described by its catalog entry', () => {
    type Described = Record<string, { description: string }>;
    const recordSchema = schema.recordSchema(TYPE) as { required: string[]; properties: { form: { properties: Described } } };
    expect(recordSchema.required).toContain('form');
    expect(Object.keys(recordSchema.properties.form.properties)).toEqual(['letterOfAuthorization']);
    expect(recordSchema.properties.form.properties.letterOfAuthorization.description).toContain(`Field path ${LETTER}.`);
  });
});

/** The shared sections of a valid registration, made with the isolated library's option classes. */
function loadedShared(lib: Library) {
  return {
    senderId: 'DEMOCO',
    company: { legalName: 'Demo Company', registrationNumber: 'DEMO12345', website: 'https://example.com', areaOfBusiness: lib.AreaOfBusiness.TECHNOLOGY },
    address: { line1: '1 Example Road', city: 'Bangkok', isoCountryCode: 'TH' },
    contact: { email: 'sms-registrations@example.com', phone: '+6625550100' },
    useCase: {
      category: lib.UseCaseCategory.ONE_TIME_PASSCODES,
      description: 'One-time passcodes for signing in to the Demo Company app.',
      monthlyVolume: lib.MonthlyMessageVolume.UP_TO_10_000,
      optInDescription: 'Users enter their mobile number on the sign-in page and request a passcode; we text only that number.',
    },
    messageSamples: ['Your Demo Company sign-in code is 123456. It expires in 10 minutes. Do not share it.'],
  };
}
