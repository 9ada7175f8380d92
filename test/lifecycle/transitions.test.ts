import { parseResourceProperties } from '../../lib/core/contract/resource-properties';
import { adoptionRefusedOnUpdate, adoptsOnCreate, isReplacement } from '../../lib/core/lifecycle/transitions';

const props = (extra: Record<string, unknown> = {}) => parseResourceProperties({ RegistrationType: 'IN_SENDER_ID_REGISTRATION', ...extra });

describe('lifecycle transitions, over typed properties', () => {
  test('a Create adopts only when it names a registration', () => {
    expect(adoptsOnCreate(props())).toBe(false);
    expect(adoptsOnCreate(props({ AdoptRegistrationId: 'registration-1' }))).toBe(true);
  });

  test('an update replaces the registration only when its type changes', () => {
    expect(isReplacement(props(), props({ Fields: { 'senderIdInfo.senderId': 'NEW' } }))).toBe(false);
    expect(isReplacement(props(), props({ RegistrationType: 'ID_SENDER_ID_REGISTRATION' }))).toBe(true);
  });

  test('an update may keep, drop or restate its adoption, but not adopt another registration', () => {
    const adopted = props({ AdoptRegistrationId: 'registration-1' });
    expect(adoptionRefusedOnUpdate(adopted, adopted, 'registration-1')).toBeUndefined();
    expect(adoptionRefusedOnUpdate(adopted, props(), 'registration-1')).toBeUndefined();
    expect(adoptionRefusedOnUpdate(props(), props({ AdoptRegistrationId: 'registration-1' }), 'registration-1')).toBeUndefined();
    expect(adoptionRefusedOnUpdate(props(), props({ AdoptRegistrationId: 'registration-2' }), 'registration-1'))
      .toMatch(/already manages registration registration-1; adoption happens only when the resource is created, so registration-2 is not adopted/);
  });
});
