import { definitionsDiff, fieldDifferences } from '../../lib/core/forms/catalog-diff';
import { requiredWhen, selectField, textField } from '../support/field-builders';

const volume = selectField('messagingUseCase.monthlyMessageVolume', 'Monthly SMS volume', ['10', '100']);

describe('fieldDifferences', () => {
  test('identical definitions have no difference', () => {
    expect(fieldDifferences(volume, volume)).toEqual([]);
  });

  test('type, number of choices and conditions are described', () => {
    const live = { ...textField('messagingUseCase.monthlyMessageVolume', 'Monthly SMS volume', {}), SelectValidation: undefined };
    expect(fieldDifferences(live, volume)).toEqual([
      'type changed: live TEXT; catalog had SELECT',
      'min length changed: live 1; catalog had none',
      'max length changed: live 500; catalog had none',
      expect.stringMatching(/^pattern changed: live \^/),
      'option list changed: live allows none; catalog had "10", "100"',
      'number of choices changed: live any number; catalog had 1',
    ]);
    const conditional = textField('companyInfo.stockSymbol', 'Stock symbol', {}, requiredWhen('companyInfo.legalType', ['PUBLIC_PROFIT']));
    expect(fieldDifferences({ ...conditional, ConditionalBehavior: { Rules: [], DefaultBehavior: 'REQUIRED' } }, conditional)).toEqual([
      'conditions changed: live otherwise REQUIRED; catalog had REQUIRED when companyInfo.legalType is one of "PUBLIC_PROFIT"; otherwise OPTIONAL',
    ]);
  });
});

describe('definitionsDiff', () => {
  test('lists what the live form added, removed and changed', () => {
    const senderId = textField('senderIdInfo.senderId', 'Sender ID', { MaxLength: 6 });
    const sample = textField('messageSamples.messageSample1', 'Message sample 1', {});
    const diff = definitionsDiff(
      [{ ...senderId, DisplayHints: { Title: 'Sender ID (new title)' } }, { ...volume, FieldRequirement: 'OPTIONAL' }, sample],
      [senderId, volume, textField('companyAddress.state', 'State', {})],
    );
    expect(diff.added.map((d) => d.FieldPath)).toEqual(['messageSamples.messageSample1']);
    expect(diff.removed.map((d) => d.FieldPath)).toEqual(['companyAddress.state']);
    expect(diff.changed).toEqual([
      { fieldPath: 'senderIdInfo.senderId', differences: ['display hints changed'] },
      { fieldPath: 'messagingUseCase.monthlyMessageVolume', differences: ['requirement changed: live OPTIONAL; catalog had REQUIRED'] },
    ]);
  });
});
