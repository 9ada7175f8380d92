import { IsCompleteResult, RegistrationEvent, WorkBudget } from '../lambda/tools-api';
import type { RegistrationHandler } from '../lambda/tools-api';

/** How a simulated deploy went: what CloudFormation would record, and how many polls it took. */
export interface CustomResourceOutcome {
  readonly physicalResourceId: string;
  readonly data: Record<string, string>;
  /** isComplete invocations, the first included. */
  readonly polls: number;
}

export interface SimulationOptions {
  /** How long each isComplete invocation may work (Lambda's remaining time less the handler's safety margin). */
  readonly invocationBudgetMs?: number;
  /** The Provider's queryInterval. */
  readonly pollIntervalMs?: number;
  /** Give up after this many polls, as the Provider's totalTimeout would. */
  readonly maxPolls?: number;
  /** Told how long each handler invocation took (the benchmark compares them with the Lambda timeout). */
  readonly onInvocation?: (handler: HandlerName, durationMs: number) => void;
  /** Runs each invocation, e.g. inside the simulated Lambda container of its function. */
  readonly invokeIn?: <T>(handler: HandlerName, invoke: () => Promise<T>) => Promise<T>;
}

export type HandlerName = 'onEvent' | 'isComplete';

/**
 * Run one CloudFormation event through the real handler the way the CDK Provider framework does:
 * onEvent, then isComplete polls until it reports completion. Used by the rehearsal (`npm start`),
 * the handler tests and the benchmarks, so they all exercise the code that runs in Lambda: the
 * handler's sources (`createHandler`) or the built bundle (the rehearsal's BundledHandlers).
 */
export async function runCustomResource(
  handler: RegistrationHandler, event: RegistrationEvent, options: SimulationOptions = {},
): Promise<CustomResourceOutcome> {
  const { onEvent, isComplete } = handler;
  const invokeIn = options.invokeIn ?? (<T>(_handler: HandlerName, invoke: () => Promise<T>) => invoke());
  const onEventStart = Date.now();
  const started = await invokeIn('onEvent', () => onEvent(event));
  options.onInvocation?.('onEvent', Date.now() - onEventStart);
  const pollEvent = { ...event, PhysicalResourceId: started.PhysicalResourceId, Data: started.Data ?? {} } as RegistrationEvent;
  if (event.RequestType === 'Delete') return { physicalResourceId: started.PhysicalResourceId, data: {}, polls: 0 };
  const maxPolls = options.maxPolls ?? 1000;
  const budgetMs = options.invocationBudgetMs ?? 300_000;
  for (let poll = 1; poll <= maxPolls; poll++) {
    const deadline = Date.now() + budgetMs + WorkBudget.SAFETY_MARGIN_MS;
    const pollStart = Date.now();
    const result: IsCompleteResult = await invokeIn('isComplete', () => isComplete(pollEvent, { getRemainingTimeInMillis: () => deadline - Date.now() }));
    options.onInvocation?.('isComplete', Date.now() - pollStart);
    if (result.IsComplete) return { physicalResourceId: started.PhysicalResourceId, data: { ...started.Data, ...result.Data }, polls: poll };
    if (options.pollIntervalMs) await new Promise((resolve) => setTimeout(resolve, options.pollIntervalMs));
  }
  throw new Error(`${event.LogicalResourceId}: not complete after ${maxPolls} polls (the Provider's totalTimeout)`);
}
