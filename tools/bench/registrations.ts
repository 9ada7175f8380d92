// Only the figures on stdout: the handler's structured logs are for CloudWatch.
import '../quiet-env';
import { makeS3Root } from '../fixtures/sample-properties';
import { startBenchEnvironment } from './bench-environment';
import { printScenario } from './figures';
import { createEvents, runScenario, ScenarioResult, updateEvents } from './scenarios';
import { BenchSettings, DOCUMENTED_ONE_RPS, parseSettings, UNDOCUMENTED } from './settings';

/**
 * `npm run bench`: N registrations of one stack deployed at once through the real handler and the
 * Provider-framework simulator, against the local registrar with the SMS API's quotas. Prints figures;
 * asserts nothing. Time runs `--time-scale` times faster than real (quotas × K, durations ÷ K); every
 * duration is printed projected back to real time.
 */
async function main(): Promise<void> {
  const settings = parseSettings(process.argv.slice(2));
  printSettings(settings);
  const { registrar, apis, handler } = await startBenchEnvironment(settings, makeS3Root());

  try {
    const create = await runScenario('create', handler, createEvents(settings), settings, registrar, apis);
    if (settings.scenarios.includes('create')) printScenario(create, settings);
    if (settings.scenarios.includes('update')) {
      const events = updateEvents(create.runs, registrar);
      const update: ScenarioResult = await runScenario('update (approve all, change one field each)', handler, events, settings, registrar, apis);
      printScenario(update, settings);
    }
  } finally {
    await registrar.close();
  }
}

function printSettings(settings: BenchSettings): void {
  const k = settings.timeScale;
  console.log(`Benchmark: ${settings.count} registrations (${settings.mix}) deployed at once; time scale ${k}: quotas × ${k}, `
    + `latency, uploads, backoff, poll interval and invocation budget ÷ ${k}; "projected" = measured × ${k}.`);
  console.log(`Quotas (real): 1 rps documented for ${DOCUMENTED_ONE_RPS.join(', ')}.`);
  console.log(`  Assumed (no published quota): ${settings.assumedRps} rps for ${UNDOCUMENTED.join(', ')}.`);
  console.log(`Latency ${settings.latencyMs} ms per call, uploads ${settings.uploadMs} ms, `
    + `SDK standard retry with maxAttempts ${settings.onEventMaxAttempts} in onEvent, ${settings.maxAttempts} in isComplete; `
    + `Provider: queryInterval ${settings.provider.queryIntervalS} s, totalTimeout ${settings.provider.totalTimeoutS} s, `
    + `isComplete Lambda timeout ${settings.provider.lambdaTimeoutS} s (${settings.provider.source}).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
