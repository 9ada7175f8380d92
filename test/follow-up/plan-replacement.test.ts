import { STACK_TAG_KEY } from '../../lib/core/contract/resource-properties';
import { austriaProperties, makeS3Root } from '../../tools/fixtures/sample-properties';
import { RunningRegistrar } from '../../tools/registrar';
import { buildEvent } from '../../tools/rehearsal/cloudformation-events';
import { runCustomResource, startHandlerAgainstRegistrar, writeCalls } from '../support/local-registrar';
import { writeCloudAssembly } from './cloud-assembly-fixture';
import { deployedIn, managedIndia, STACK_NAME } from './deployed-states';
import { pointToolsAt, printed } from './follow-up-env';

// Austria's form cannot be amended once submitted: plan words a change from the form's data, as the handler acts on it.
const managedAustria = (senderId: string, overrides: Record<string, unknown> = {}) => {
  const base = austriaProperties();
  return {
    ...base,
    Fields: { ...(base.Fields as object), 'senderIdInfo.senderId': senderId },
    Tags: [{ Key: STACK_TAG_KEY, Value: STACK_NAME }],
    ...overrides,
  };
};
const changed = (props: Record<string, unknown>) => ({
  ...props, Fields: { ...(props.Fields as object), 'senderIdInfo.senderIdDescription': 'Demo Brand is the shop name of Demo Brand Ltd.' },
});

let registrar: RunningRegistrar;
let restoreEnv: () => void;
beforeAll(async () => {
  registrar = await startHandlerAgainstRegistrar({ s3Root: makeS3Root() });
  restoreEnv = pointToolsAt(registrar);
});
afterAll(async () => {
  restoreEnv();
  await registrar.close();
});
beforeEach(() => registrar.admin.reset());

async function planOf(resources: Record<string, Record<string, unknown>>): Promise<(logicalId: string) => string> {
  const output = await printed(['plan', '--stack', STACK_NAME, '--app', writeCloudAssembly(STACK_NAME, 'ap-south-1', resources)]);
  return (logicalId) => output.split('\n\n').find((b) => b.startsWith(`${logicalId} · `)) ?? `(no block for ${logicalId})`;
}

describe('plan: a change to a submitted registration whose form cannot be amended (Austria)', () => {
  test('says a new registration replaces it, with its 14-day activation and, with DESTROY, the 30-day block; the handler then does so', async () => {
    // GIVEN two approved Austrian registrations, one with removal policy DESTROY
    const kept = await deployedIn(registrar, 'approved', managedAustria('Demo Keep', { RemovalPolicy: 'retain' }));
    const gone = await deployedIn(registrar, 'approved', managedAustria('Demo Gone', { RemovalPolicy: 'destroy' }));
    registrar.admin.clearCallLog();

    // WHEN a field of each changes
    const block = await planOf({
      Kept: changed(managedAustria('Demo Keep', { RemovalPolicy: 'retain' })),
      Gone: changed(managedAustria('Demo Gone', { RemovalPolicy: 'destroy' })),
    });

    // THEN each block says replace, not a new version, and lists the field; nothing was written
    expect(block('Kept')).toContain('  replace: version 1 is APPROVED and its form cannot be amended once submitted, so a new registration with '
      + `1 field change is created, then submit it for review; it is usable after the 14-day activation period. ${kept} is kept until the `
      + 'new one is COMPLETE, then kept in AWS, no longer managed by this stack (removal policy RETAIN)');
    expect(block('Kept')).toContain('~ senderIdInfo.senderIdDescription');
    expect(block('Gone')).toContain(`${gone} is kept until the new one is COMPLETE, then deleted (removal policy DESTROY): `
      + 'the sender ID cannot be registered again for 30 days after it is deleted');
    expect(`${block('Kept')}${block('Gone')}`).not.toContain('new version');
    expect(writeCalls(registrar)).toEqual([]);

    // AND the deploy does what the plan said: a new registration, the old one untouched
    const outcome = await runCustomResource(buildEvent({
      RequestType: 'Update', PhysicalResourceId: kept,
      OldResourceProperties: managedAustria('Demo Keep', { RemovalPolicy: 'retain' }),
      ResourceProperties: changed(managedAustria('Demo Keep', { RemovalPolicy: 'retain' })),
    }));
    expect(outcome.physicalResourceId).not.toBe(kept);
    expect(writeCalls(registrar)).not.toContain('CreateRegistrationVersion');
  });
});

describe('plan: a CLOSED registration (its sender ID was deleted)', () => {
  test('with DESTROY, says an Update replaces it; with RETAIN, a field change is blocked with the CLOSED words', async () => {
    const destroy = await deployedIn(registrar, 'approved', managedIndia('CLOSDX', { RemovalPolicy: 'destroy' }));
    const retain = await deployedIn(registrar, 'approved', managedIndia('CLOSDR', { RemovalPolicy: 'retain' }));
    for (const id of [destroy, retain]) registrar.admin.setRegistrationStatus(id, 'CLOSED');
    const field = { 'messagingUseCase.useCaseDescription': 'One-time passcodes for sign-in.' };
    const withField = (props: Record<string, unknown>) => ({ ...props, Fields: { ...(props.Fields as object), ...field } });
    registrar.admin.clearCallLog();

    const block = await planOf({
      Destroy: managedIndia('CLOSDX', { RemovalPolicy: 'destroy' }),
      Retain: withField(managedIndia('CLOSDR', { RemovalPolicy: 'retain' })),
    });

    expect(block('Destroy')).toContain('  replace: the registration is CLOSED (its sender ID was deleted) and its removal policy is DESTROY, so a '
      + 'deploy that changes a value or sets DESTROY creates a new registration with 21 fields and 0 documents, then submit it for review; the closed one is then deleted');
    expect(block('Retain')).toContain('blocked: version 1 is APPROVED (the registration is CLOSED: its sender ID was deleted, so it must be replaced; with removal policy DESTROY a deploy replaces it)');
    expect(writeCalls(registrar)).toEqual([]);
  });
});
