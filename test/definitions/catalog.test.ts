import * as fs from 'node:fs';
import * as path from 'node:path';
import { catalogEntries, catalogEntry, catalogFileNames } from '../../lib/core/forms/catalog';
import { checkedCatalogEntry } from '../../lib/core/forms/catalog/check-entry';
import { regionRule, regionRuleViolation } from '../../lib/core/forms/region-rule';
import { AreaOfBusiness, MonthlyMessageVolume, UseCaseCategory } from '../../lib/enums';

const CATALOG_DIR = path.join(__dirname, '..', '..', 'lib', 'core', 'forms', 'catalog');

function optionsOf(type: string, fieldPath: string): string[] | undefined {
  return catalogEntry(type)!.FieldDefinitions.find((d) => d.FieldPath === fieldPath)?.SelectValidation?.Options;
}

describe('the catalog files', () => {
  test('every JSON file in the catalog folder is loaded (a synced new type must be listed in the loader)', () => {
    const files = fs.readdirSync(CATALOG_DIR).filter((f) => f.endsWith('.json')).sort();
    expect(catalogFileNames().sort()).toEqual(files);
  });

  test('no data file shares its name with a module: under ts-node, require() would load the JSON instead of the code', () => {
    const definitionsDir = path.dirname(CATALOG_DIR);
    for (const dir of [definitionsDir, CATALOG_DIR]) {
      const names = fs.readdirSync(dir);
      expect(names.filter((n) => n.endsWith('.json') && names.includes(n.replace(/\.json$/, '.ts')))).toEqual([]);
    }
  });

  test('every entry says where it comes from, and whether it is complete', () => {
    for (const entry of catalogEntries()) {
      expect(entry.Provenance.Source.length).toBeGreaterThan(0);
      expect(Object.keys(entry.FieldProvenance).sort()).toEqual(entry.FieldDefinitions.map((d) => d.FieldPath).sort());
    }
    expect(catalogEntries().filter((e) => e.Complete).map((e) => e.RegistrationType))
      .toEqual(['IN_SENDER_ID_REGISTRATION', 'ID_SENDER_ID_REGISTRATION', 'AU_SENDER_ID_REGISTRATION', 'AT_SENDER_ID_REGISTRATION',
        'FI_SENDER_ID_REGISTRATION', 'GB_SENDER_ID_REGISTRATION', 'SG_SENDER_ID_REGISTRATION']);
  });

  test('the UK form: its page\'s 22 fields, 4 of them verbatim API output, under a type name that is marked unconfirmed', () => {
    const uk = catalogEntry('GB_SENDER_ID_REGISTRATION')!;
    expect(uk.Complete).toBe(true);
    expect(uk.FieldDefinitions).toHaveLength(22);
    expect(uk.Provenance.Note).toMatch(/type name unconfirmed/i);
    const verbatim = uk.FieldDefinitions.filter((d) => uk.FieldProvenance[d.FieldPath].Source.startsWith('verbatim API output'));
    expect(verbatim.map((d) => `${d.FieldPath} ${d.FieldType} ${d.FieldRequirement}`)).toEqual([
      'companyInfo.companyName TEXT REQUIRED',
      'senderIdInfo.letterOfAuthorization ATTACHMENT CONDITIONAL',
      'senderIdInfo.senderIdDescription TEXT OPTIONAL',
      'messagingUseCase.monthlyMessageVolume SELECT REQUIRED',
    ]);
  });

  test('a malformed file fails loudly, naming the file and what is wrong', () => {
    const india = catalogEntry('IN_SENDER_ID_REGISTRATION')!;
    const { 'senderIdInfo.senderId': _dropped, ...rest } = india.FieldProvenance;
    expect(() => checkedCatalogEntry({ ...india, FieldProvenance: rest }, 'IN_SENDER_ID_REGISTRATION.json'))
      .toThrow(/IN_SENDER_ID_REGISTRATION\.json is malformed:\n {2}- FieldDefinitions senderIdInfo\.senderId: has no FieldProvenance record/);
    expect(() => checkedCatalogEntry({ ...india, Complete: 'yes' }, 'IN_SENDER_ID_REGISTRATION.json')).toThrow(/Complete must be true or false/);
    expect(() => checkedCatalogEntry(india, 'JO_SENDER_ID_REGISTRATION.json')).toThrow(/RegistrationType must match the file name/);
  });

  test('an Assumed list names only rules of the field\'s own definition, each once', () => {
    const india = catalogEntry('IN_SENDER_ID_REGISTRATION')!;
    const assuming = (fieldPath: string, Assumed: unknown) => () => checkedCatalogEntry(
      { ...india, FieldProvenance: { ...india.FieldProvenance, [fieldPath]: { ...india.FieldProvenance[fieldPath], Assumed } } },
      'IN_SENDER_ID_REGISTRATION.json');
    expect(assuming('companyAddress.city', ['MaxLength'])).not.toThrow();
    expect(assuming('companyAddress.city', ['Length'])).toThrow(
      /FieldProvenance companyAddress\.city: Assumed: "Length" is not one of FieldPath, MinLength, MaxLength, Pattern, MinChoices, MaxChoices, Options/);
    expect(assuming('companyAddress.city', ['Options'])).toThrow(/FieldProvenance companyAddress\.city: Assumed: Options is not a rule of this TEXT field's definition/);
    expect(assuming('companyAddress.city', ['Pattern', 'Pattern'])).toThrow(/FieldProvenance companyAddress\.city: Assumed lists a rule twice/);
    expect(assuming('companyInfo.areaOfBusiness', 'MaxChoices')).toThrow(/FieldProvenance companyInfo\.areaOfBusiness: Assumed must be a list of rules/);
  });

  test('the rules marked as assumed are those the provenance calls assumed (India and Indonesia)', () => {
    for (const type of ['IN_SENDER_ID_REGISTRATION', 'ID_SENDER_ID_REGISTRATION']) {
      const entry = catalogEntry(type)!;
      const assumed = (path: string) => entry.FieldProvenance[path].Assumed ?? [];
      // No published limit: the 100-character address lines, the email, phone and URL patterns.
      expect(assumed('companyAddress.address1')).toEqual(['MinLength', 'MaxLength', 'Pattern']);
      expect(assumed('contactInfo.emailAddress')).toEqual(['MinLength', 'MaxLength', 'Pattern']);
      expect(assumed('contactInfo.phoneNumber')).toEqual(['MinLength', 'MaxLength', 'Pattern']);
      expect(assumed('companyInfo.website')).toEqual(['MinLength', 'MaxLength', 'Pattern']);
      // Paths only the console docs show, named by us.
      for (const path of ['companyAddress.address2', 'companyAddress.state', 'companyAddress.zipCode']) expect(assumed(path)).toContain('FieldPath');
      // Published: the sender ID, the company id's 1-30 letters or digits, sample 1's 306.
      expect(assumed('senderIdInfo.senderId')).toEqual([]);
      expect(assumed('companyInfo.companyId')).toEqual([]);
      expect(assumed('messageSamples.messageSample1')).not.toContain('MaxLength');
      // Every field whose TextValidation provenance starts "assumed" marks its limits so.
      for (const [path, provenance] of Object.entries(entry.FieldProvenance)) {
        if (provenance.Facts?.TextValidation?.startsWith('assumed')) expect([path, assumed(path)]).toEqual([path, expect.arrayContaining(['MaxLength'])]);
      }
    }
  });
});

test('the opt-in description\'s 40-500 is India\'s own rule and only assumed for Indonesia, whose pages state no length', () => {
  const assumedOf = (type: string) => catalogEntry(type)!.FieldProvenance['messagingUseCase.optInDescription'].Assumed ?? [];
  expect(assumedOf('IN_SENDER_ID_REGISTRATION')).toEqual([]);
  expect(assumedOf('ID_SENDER_ID_REGISTRATION')).toEqual(['MinLength', 'MaxLength', 'Pattern']);
  expect(catalogEntry('ID_SENDER_ID_REGISTRATION')!.FieldProvenance['messagingUseCase.optInDescription'].Facts?.TextValidation).toMatch(/India's page/);
});

describe('the typed enums agree with the catalog options', () => {
  test('AreaOfBusiness is the India and Indonesia area-of-business list', () => {
    for (const type of ['IN_SENDER_ID_REGISTRATION', 'ID_SENDER_ID_REGISTRATION']) {
      expect(optionsOf(type, 'companyInfo.areaOfBusiness')).toEqual(AreaOfBusiness.known().map((o) => o.value));
    }
  });

  test('UseCaseCategory is the Indonesia list; India has it without "Promotions and marketing"', () => {
    expect(optionsOf('ID_SENDER_ID_REGISTRATION', 'messagingUseCase.useCaseCategory')).toEqual(UseCaseCategory.known().map((o) => o.value));
    expect(optionsOf('IN_SENDER_ID_REGISTRATION', 'messagingUseCase.useCaseCategory'))
      .toEqual(UseCaseCategory.known().map((o) => o.value).filter((c) => c !== UseCaseCategory.PROMOTIONS_AND_MARKETING.value));
  });

  test('MonthlyMessageVolume is the monthly-volume list of every entry that has one; Australia\'s form offers seven of them', () => {
    const withVolume = catalogEntries().filter((e) => optionsOf(e.RegistrationType, 'messagingUseCase.monthlyMessageVolume'));
    expect(withVolume.map((e) => e.RegistrationType)).toEqual(['IN_SENDER_ID_REGISTRATION', 'ID_SENDER_ID_REGISTRATION', 'AU_SENDER_ID_REGISTRATION',
      'GB_SENDER_ID_REGISTRATION', 'SG_SENDER_ID_REGISTRATION', 'US_TOLL_FREE_REGISTRATION']);
    for (const entry of withVolume.filter((e) => e.RegistrationType !== 'AU_SENDER_ID_REGISTRATION')) {
      expect(optionsOf(entry.RegistrationType, 'messagingUseCase.monthlyMessageVolume')).toEqual(MonthlyMessageVolume.known().map((o) => o.value));
    }
    expect(optionsOf('AU_SENDER_ID_REGISTRATION', 'messagingUseCase.monthlyMessageVolume'))
      .toEqual(MonthlyMessageVolume.known().map((o) => o.value).filter((v) => !['250,000', '500,000', '750,000', '5,000,000'].includes(v)));
  });
});

describe('region rules', () => {
  test('India must be created in ap-south-1 or ap-south-2, and the refusal gives the reason and the fix', () => {
    expect(regionRule('IN_SENDER_ID_REGISTRATION')!.Regions).toEqual(['ap-south-1', 'ap-south-2']);
    expect(regionRuleViolation('IN_SENDER_ID_REGISTRATION', 'ap-south-2', 'this stack')).toBeUndefined();
    expect(regionRuleViolation('IN_SENDER_ID_REGISTRATION', 'eu-west-1', 'this stack')).toMatch(new RegExp(
      '^IN_SENDER_ID_REGISTRATION must be created in one of ap-south-1, ap-south-2, but this stack is in eu-west-1: '
      + '.*sent back as REQUIRES_UPDATES\\. Fix: deploy the stack that declares this registration to ap-south-1 or ap-south-2$'));
  });

  test('a type without a rule may be created anywhere', () => {
    expect(regionRule('ID_SENDER_ID_REGISTRATION')).toBeUndefined();
    expect(regionRuleViolation('ID_SENDER_ID_REGISTRATION', 'us-west-2', 'this stack')).toBeUndefined();
  });
});
