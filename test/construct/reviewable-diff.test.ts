import { Template } from 'aws-cdk-lib/assertions';
import { MonthlyMessageVolume, RegistrationProvider, SenderIdRegistration } from '../../lib';
import { COMMON, indiaProps, newStack } from './fixtures';

/** Every path at which two JSON values differ, as `a.b.c`. */
function differences(a: unknown, b: unknown, at = ''): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) || Array.isArray(b)) return [at];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) => differences((a as any)[k], (b as any)[k], at ? `${at}.${k}` : k));
}

function registrationTemplate(volume: MonthlyMessageVolume): Record<string, any> {
  const stack = newStack('ap-south-1');
  new SenderIdRegistration(stack, 'India', indiaProps({ useCase: { ...COMMON.useCase, monthlyVolume: volume } }));
  return Template.fromStack(stack).toJSON();
}

test('changing one field changes exactly that property of the registration, and nothing else in the template', () => {
  // GIVEN the same registration before and after a pull request that raises the monthly volume
  const before = registrationTemplate(MonthlyMessageVolume.UP_TO_1_000);
  const after = registrationTemplate(MonthlyMessageVolume.UP_TO_10_000);

  // THEN a reviewer's `cdk diff` shows one line: that field, old and new value
  const [logicalId] = Object.entries(before.Resources).find(([, r]: [string, any]) => r.Type === RegistrationProvider.RESOURCE_TYPE)!;
  expect(differences(before, after)).toEqual([`Resources.${logicalId}.Properties.Fields.messagingUseCase.monthlyMessageVolume`]);
  expect(after.Resources[logicalId].Properties.Fields['messagingUseCase.monthlyMessageVolume']).toEqual(['10,000']);
});
