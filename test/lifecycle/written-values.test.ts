import { selectValue, textValue } from '../../lib/core/field-value';
import { describeDriftSinceDeploy, driftSinceDeploy, WRITTEN_VALUES_TAG, writtenValuesTag } from '../../lib/core/lifecycle/written-values';

const ID = 'registration-0123456789abcdef0123456789abcdef';
const EMAIL = 'owner-planted@example.com';
const values = {
  'contactInfo.emailAddress': textValue(EMAIL),
  'messagingUseCase.monthlyMessageVolume': selectValue(['100,000']),
  'companyInfo.website': textValue('https://example.com'),
};

function drift(now: Record<string, unknown>, written = values) {
  return driftSinceDeploy(ID, [writtenValuesTag(ID, 1, written)], 1, now as typeof values);
}

test('the fingerprint holds no value, and the values it was made from show no drift', () => {
  const tag = writtenValuesTag(ID, 1, values);
  expect(tag.Key).toBe(WRITTEN_VALUES_TAG);
  expect(tag.Value).not.toContain('example');
  expect(drift({ ...values })).toBeUndefined();
});

test('choices in another order are the same value', () => {
  const multi = { ...values, 'messagingUseCase.useCases': selectValue(['A', 'B']) };
  expect(drift({ ...multi, 'messagingUseCase.useCases': selectValue(['B', 'A']) }, multi)).toBeUndefined();
});

test('a changed field is named, a removed one counted, and neither value is told', () => {
  const now: Record<string, unknown> = { ...values, 'messagingUseCase.monthlyMessageVolume': selectValue(['10,000']) };
  delete now['companyInfo.website'];
  const found = drift(now)!;
  expect(found).toEqual({ versionNumber: 1, writtenVersion: 1, changedPaths: ['messagingUseCase.monthlyMessageVolume'], removedCount: 1 });
  expect(describeDriftSinceDeploy(found)).toBe('drift: changed outside the stack since the last deploy: '
    + 'messagingUseCase.monthlyMessageVolume; 1 field it wrote is now empty (version 1)');
});

test('personal data has no code of its own, so the tag cannot confirm a guessed email; its change is told without the field', () => {
  const codes = (v: Record<string, unknown>) => writtenValuesTag(ID, 1, v as typeof values).Value.split(' ')[2];
  const otherEmail = { ...values, 'contactInfo.emailAddress': textValue('someone-else@example.com') };
  // The codes are the same whichever email was written: only the digest depends on it.
  expect(codes(otherEmail)).toBe(codes(values));
  expect(codes(values)).toHaveLength(2 * 3);
  const found = drift(otherEmail)!;
  expect(found).toMatchObject({ changedPaths: [], removedCount: 0, inPersonalData: true });
  expect(describeDriftSinceDeploy(found))
    .toBe('drift: changed outside the stack since the last deploy: personal data (which field is not recorded) (version 1)');
});

test('a form with more fields than one tag value can fingerprint keeps the digest: drift is told without names', () => {
  const many = Object.fromEntries(Array.from({ length: 90 }, (_, i) => [`field.number${i}`, selectValue([`choice ${i}`])]));
  const tag = writtenValuesTag(ID, 3, many);
  expect(tag.Value.length).toBeLessThanOrEqual(256);
  const found = driftSinceDeploy(ID, [tag], 4, { ...many, 'field.number7': selectValue(['changed']) })!;
  expect(describeDriftSinceDeploy(found))
    .toBe('drift: changed outside the stack since the last deploy (version 4; the last deploy wrote version 3; too many fields to tell which)');
  expect(driftSinceDeploy(ID, [tag], 3, many)).toBeUndefined();
});
