import { parseResourceProperties } from '../../lib/core/contract/resource-properties';
import { adoptionRefusedOnUpdate, adoptsOnCreate, isReplacement, unamendableReplacement } from '../../lib/core/lifecycle/transitions';

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

describe('a form that cannot be amended after submit (Austria)', () => {
  const at = (extra: Record<string, unknown> = {}) => props({ RegistrationType: 'AT_SENDER_ID_REGISTRATION', ...extra });
  const before = at({ Fields: { 'senderIdInfo.senderId': 'Example', 'messagingUseCase.useCaseDescription': 'Sign-in codes' } });
  const changed = at({ Fields: { 'senderIdInfo.senderId': 'Example', 'messagingUseCase.useCaseDescription': 'Sign-in and payment codes' } });

  test('a changed value of a submitted registration makes a new registration, with the form\'s words for the wait and the block', () => {
    const rule = unamendableReplacement(before, changed, 'SUBMITTED');
    expect(rule?.newRegistrationWait).toMatch(/14-day activation/);
    expect(rule?.reRegistrationBlock).toMatch(/30 days/);
    expect(unamendableReplacement(before, changed, 'COMPLETE')).toBeDefined();
  });

  test('a draft never submitted (CREATED) is amended as usual', () => {
    expect(unamendableReplacement(before, changed, 'CREATED')).toBeUndefined();
  });

  test('tags, the removal policy or the order of declared fields alone replace nothing', () => {
    const reordered = at({ Fields: { 'messagingUseCase.useCaseDescription': 'Sign-in codes', 'senderIdInfo.senderId': 'Example' } });
    expect(unamendableReplacement(before, reordered, 'COMPLETE')).toBeUndefined();
    expect(unamendableReplacement(before, { ...before, Tags: [{ Key: 'team', Value: 'x' }] }, 'COMPLETE')).toBeUndefined();
  });

  test('a form that can be amended is never replaced for a changed value', () => {
    expect(unamendableReplacement(props(), props({ Fields: { 'senderIdInfo.senderId': 'NEW' } }), 'COMPLETE')).toBeUndefined();
  });
});
