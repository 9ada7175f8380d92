import { createHandler, RegistrationHandler } from '../../lambda/tools-api';
import { RunningRegistrar, startRegistrar } from '../registrar';
import { ContainerApis } from './scaled-api';
import { BenchSettings } from './settings';

/** What a benchmark run deploys against: the local registrar at the SMS API's quotas, on the scaled clock. */
export interface BenchEnvironment {
  readonly registrar: RunningRegistrar;
  readonly apis: ContainerApis;
  readonly handler: RegistrationHandler;
}

/**
 * The registrar with every quota × timeScale and latency and uploads ÷ timeScale, and the real handler (its sources)
 * with one SDK client per simulated Lambda container. Both benchmarks start here, so they measure the same thing.
 */
export async function startBenchEnvironment(settings: BenchSettings, s3Root: string): Promise<BenchEnvironment> {
  const k = settings.timeScale;
  process.env.SMS_API_MAX_ATTEMPTS = String(settings.maxAttempts);
  process.env.ATTACHMENT_POLL_MS = String(1000 / k);
  const registrar = await startRegistrar({ region: 'ap-south-1', s3Root, uploadCompleteAfterMs: settings.uploadMs / k });
  registrar.admin.setFaults({ latencyMs: settings.latencyMs / k });
  for (const [operation, rps] of Object.entries(settings.quotas)) registrar.admin.setQuota(operation, rps * k);
  const apis = new ContainerApis(registrar.url, { onEvent: settings.onEventMaxAttempts, isComplete: settings.maxAttempts }, k);
  // Created after the environment above is set: the handler reads its settings when it is created.
  const handler = createHandler({ api: apis.dispatcher(), isRollingBack: async () => false });
  return { registrar, apis, handler };
}
