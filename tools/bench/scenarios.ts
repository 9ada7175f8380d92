import { RegistrationEvent } from '../../lambda/tools-api';
import type { RegistrationHandler } from '../../lambda/tools-api';
import { indiaProperties, indonesiaProperties } from '../fixtures/sample-properties';
import { runCustomResource } from '../provider-simulator';
import { CallLogEntry, RunningRegistrar } from '../registrar';
import { buildEvent } from '../rehearsal/cloudformation-events';
import { ContainerApis } from './scaled-api';
import { BenchSettings, invocationBudgetMs } from './settings';

/** One simulated custom resource: how long it took (measured, scaled time) and how it ended. */
export interface ResourceRun {
  readonly logicalId: string;
  readonly physicalId?: string;
  readonly properties: Record<string, unknown>;
  readonly durationMs: number;
  readonly polls: number;
  readonly error?: string;
}

export interface ScenarioResult {
  readonly name: string;
  readonly wallMs: number;
  readonly runs: ResourceRun[];
  readonly calls: CallLogEntry[];
  readonly onEventMs: number[];
  readonly isCompleteMs: number[];
  /** What the registrar holds afterwards: duplicates would show here. */
  readonly stored: { readonly registrations: number; readonly attachments: number };
}

/** The seed's sample registrations, one sender ID each (the registrar does not care that they repeat). */
export function registrationProperties(settings: BenchSettings): Record<string, unknown>[] {
  return Array.from({ length: settings.count }, (_, i) => {
    const indonesia = settings.mix === 'indonesia' || (settings.mix === 'mixed' && i % 2 === 1);
    const tags = [{ Key: 'bench', Value: String(i) }];
    return indonesia ? indonesiaProperties({ Tags: tags }) : indiaProperties({ Tags: tags });
  });
}

/** Every registration of the stack at once, as CloudFormation starts independent resources together. */
export async function runScenario(
  name: string, handler: RegistrationHandler, events: RegistrationEvent[], settings: BenchSettings, registrar: RunningRegistrar, apis: ContainerApis,
): Promise<ScenarioResult> {
  const k = settings.timeScale;
  const onEventMs: number[] = [];
  const isCompleteMs: number[] = [];
  registrar.admin.clearCallLog();
  const started = Date.now();
  const runs = await Promise.all(events.map(async (event): Promise<ResourceRun> => {
    const properties = event.ResourceProperties as Record<string, unknown>;
    const t0 = Date.now();
    try {
      const outcome = await runCustomResource(handler, event, {
        invocationBudgetMs: invocationBudgetMs(settings.provider) / k,
        pollIntervalMs: (settings.provider.queryIntervalS * 1000) / k,
        maxPolls: Math.floor(settings.provider.totalTimeoutS / settings.provider.queryIntervalS),
        onInvocation: (handler, ms) => (handler === 'onEvent' ? onEventMs : isCompleteMs).push(ms),
        invokeIn: (handler, invoke) => apis.asContainer(event.LogicalResourceId, handler, invoke),
      });
      const durationMs = Date.now() - t0;
      return {
        logicalId: event.LogicalResourceId, physicalId: outcome.physicalResourceId, properties, durationMs, polls: outcome.polls,
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { logicalId: event.LogicalResourceId, properties, durationMs: Date.now() - t0, polls: 0, error: message };
    }
  }));
  const wallMs = Date.now() - started;
  const state = registrar.admin.dumpState();
  const stored = { registrations: state.registrations.length, attachments: state.attachments.length };
  return { name, wallMs, runs, calls: registrar.admin.callLog(), onEventMs, isCompleteMs, stored };
}

export function createEvents(settings: BenchSettings): RegistrationEvent[] {
  return registrationProperties(settings)
    .map((properties, i) => buildEvent({ LogicalResourceId: `Registration${i}`, ResourceProperties: properties }));
}

/** The reviewer approves every created registration; then each deploy changes one field of each. */
export function updateEvents(created: ResourceRun[], registrar: RunningRegistrar): RegistrationEvent[] {
  return created.filter((run) => run.physicalId && !run.error).map((run) => {
    registrar.admin.approve(run.physicalId!);
    const fields = run.properties.Fields as Record<string, unknown>;
    const description = `${String(fields['messagingUseCase.useCaseDescription'])} Now also for payment approvals.`;
    return buildEvent({
      RequestType: 'Update',
      LogicalResourceId: run.logicalId,
      PhysicalResourceId: run.physicalId,
      OldResourceProperties: run.properties,
      ResourceProperties: {
        ...run.properties,
        Fields: { ...fields, 'messagingUseCase.useCaseDescription': description },
      },
    });
  });
}
