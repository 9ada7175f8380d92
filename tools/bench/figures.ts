import { longestThrottledCallMs, WorkBudget } from '../../lambda/tools-api';
import { CallLogEntry } from '../registrar';
import { ScenarioResult } from './scenarios';
import { BenchSettings, CLOUDFORMATION_LIMIT_S, isRead } from './settings';

/** Figures only: the benchmark prints what it measured and never decides pass or fail. */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const pad = (text: string | number, width: number): string => String(text).padStart(width);

interface OperationCount { ok: number; throttled: number; other: number }

function countsByOperation(calls: readonly CallLogEntry[]): Map<string, OperationCount> {
  const counts = new Map<string, OperationCount>();
  for (const call of calls) {
    const c = counts.get(call.operation) ?? { ok: 0, throttled: 0, other: 0 };
    if (call.outcome === 'ok') c.ok++;
    else if (call.outcome === 'ThrottlingException') c.throttled++;
    else c.other++;
    counts.set(call.operation, c);
  }
  return counts;
}

/** One SDK call = every attempt sharing an invocation id: how long it took and how it ended. */
function sdkCalls(calls: readonly CallLogEntry[]): { durationMs: number; outcome: string; operation: string }[] {
  const byInvocation = new Map<string, CallLogEntry[]>();
  for (const call of calls) {
    const key = call.invocationId ?? `seq-${call.seq}`;
    byInvocation.set(key, [...(byInvocation.get(key) ?? []), call]);
  }
  return [...byInvocation.values()].map((attempts) => {
    const first = Date.parse(attempts[0].timestamp);
    const last = attempts[attempts.length - 1];
    return { durationMs: Date.parse(last.timestamp) - first, outcome: last.outcome, operation: last.operation };
  });
}

export function printScenario(result: ScenarioResult, settings: BenchSettings): void {
  const k = settings.timeScale;
  const done = result.runs.filter((r) => !r.error);
  const failed = result.runs.filter((r) => r.error);
  const india = result.runs.filter((r) => r.properties.RegistrationType === 'IN_SENDER_ID_REGISTRATION').length;
  console.log(`\n== ${result.name}: ${result.runs.length} registrations (${india} India, ${result.runs.length - india} Indonesia) ==`);
  console.log(`wall time: measured ${s(result.wallMs)}, projected ${s(result.wallMs * k)} (${((result.wallMs * k) / 60_000).toFixed(1)} min)`);
  const durations = done.map((r) => r.durationMs * k);
  console.log(`per registration (projected): p50 ${s(percentile(durations, 50))}, p95 ${s(percentile(durations, 95))}, `
    + `max ${s(Math.max(...durations))}`);
  const polls = done.map((r) => r.polls);
  const allowed = Math.floor(settings.provider.totalTimeoutS / settings.provider.queryIntervalS);
  console.log(`isComplete polls per registration: p50 ${percentile(polls, 50)}, p95 ${percentile(polls, 95)}, max ${Math.max(...polls)} `
    + `(the waiter allows ${allowed})`);
  const lambdaMs = settings.provider.lambdaTimeoutS * 1000;
  const overruns = result.isCompleteMs.filter((ms) => ms * k > lambdaMs).length;
  console.log(`invocations (projected): onEvent max ${s(Math.max(...result.onEventMs) * k)}; `
    + `isComplete p50 ${s(percentile(result.isCompleteMs, 50) * k)}, max ${s(Math.max(...result.isCompleteMs) * k)}; `
    + `${overruns} of ${result.isCompleteMs.length} ran past the ${settings.provider.lambdaTimeoutS} s Lambda timeout`);
  const documents = result.runs.reduce((sum, r) => sum + Object.keys(r.properties.Attachments as object).length, 0);
  console.log(`registrar holds ${result.stored.registrations} registrations and ${result.stored.attachments} attachments `
    + `(for ${result.runs.length} resources with ${documents} documents)`);
  console.log(`failed resources: ${failed.length}${failed.length ? ` (e.g. ${failed[0].logicalId}: ${failed[0].error!.slice(0, 200)})` : ''}`);

  console.log('\nAPI calls by operation   ok  throttled  other  quota (real rps)');
  const counts = countsByOperation(result.calls);
  for (const [operation, c] of [...counts].sort((a, b) => b[1].ok + b[1].throttled - a[1].ok - a[1].throttled)) {
    console.log(`  ${operation.padEnd(38)}${pad(c.ok, 5)}${pad(c.throttled, 11)}${pad(c.other, 7)}${pad(settings.quotas[operation] ?? '-', 8)}`);
  }
  const answered = result.calls.filter((c) => c.outcome === 'ok');
  const reads = answered.filter((c) => isRead(c.operation)).length;
  const writes = answered.length - reads;
  console.log(`answered calls: ${writes} writes and ${reads} reads; per registration ${(writes / result.runs.length).toFixed(1)} writes, `
    + `${(reads / result.runs.length).toFixed(1)} reads (every Describe call counts against a 1 rps quota, like the writes)`);
  const retries = result.calls.filter((c) => (c.attempt ?? 1) > 1).length;
  const calls = sdkCalls(result.calls);
  const gaveUp = calls.filter((c) => c.outcome === 'ThrottlingException');
  const longest = Math.max(...calls.map((c) => c.durationMs)) * k;
  console.log(`SDK calls: ${calls.length}; SDK retries: ${retries}; calls still throttled after ${settings.maxAttempts} attempts: ${gaveUp.length}`
    + `${gaveUp.length ? ` (${[...new Set(gaveUp.map((c) => c.operation))].join(', ')})` : ''}`);
  console.log(`longest SDK call, all attempts (projected): ${s(longest)}; `
    + `the handler keeps ${s(WorkBudget.SAFETY_MARGIN_MS)} of each invocation for its last call`);
  printArithmetic(result, settings, counts);
}

/** The figures behind the Provider settings: the busiest operation's quota sets the pace of the whole stack. */
function printArithmetic(result: ScenarioResult, settings: BenchSettings, counts: Map<string, OperationCount>): void {
  const k = settings.timeScale;
  const { queryIntervalS: q, totalTimeoutS: t, lambdaTimeoutS } = settings.provider;
  const n = result.runs.length;
  console.log(`\nArithmetic (real quotas; ${settings.provider.source}: queryInterval ${q} s, totalTimeout ${t} s, `
    + `Lambda timeout ${lambdaTimeoutS} s)`);
  const floors = [...counts]
    .filter(([operation, c]) => settings.quotas[operation] && c.ok > 0)
    .map(([operation, c]) => ({ operation, ok: c.ok, rps: settings.quotas[operation], seconds: c.ok / settings.quotas[operation] }))
    .sort((a, b) => b.seconds - a.seconds);
  for (const f of floors.slice(0, 5)) {
    console.log(`  ${f.operation}: ${n} registrations × ${(f.ok / n).toFixed(1)} = ${f.ok} calls at ${f.rps} rps = ${f.seconds.toFixed(0)} s`);
  }
  const floorS = floors[0]?.seconds ?? 0;
  const projectedS = (result.wallMs * k) / 1000;
  const utilisation = floorS / projectedS;
  console.log(`  lower bound: the busiest operation, ${floors[0]?.operation ?? '-'}, ${floorS.toFixed(0)} s (${(floorS / 60).toFixed(1)} min); `
    + `projected ${projectedS.toFixed(0)} s: wall time / bound = ${(projectedS / floorS).toFixed(2)}, `
    + `so ${(utilisation * 100).toFixed(0)} % of that quota was used`);
  const onEventMaxS = (Math.max(...result.onEventMs) * k) / 1000;
  const verdict = projectedS < CLOUDFORMATION_LIMIT_S && projectedS - onEventMaxS < t ? 'yes' : 'NO';
  console.log(`  inside CloudFormation's ${CLOUDFORMATION_LIMIT_S} s and the waiter's ${t} s? ${verdict}: `
    + `${projectedS.toFixed(0)} s in all, ${(projectedS - onEventMaxS).toFixed(0)} s after the slowest onEvent`);
  console.log(`  the waiter counts attempts, not time: ${t} s / ${q} s = ${Math.floor(t / q)} isComplete attempts, each ${q} s apart plus the `
    + `invocation's own time (up to ${lambdaTimeoutS} s), so CloudFormation's hour is the binding limit when invocations work long`);
  const perRegistration = floorS / n;
  if (perRegistration > 0) {
    const budgetS = CLOUDFORMATION_LIMIT_S - Math.max(onEventMaxS, q) - lambdaTimeoutS;
    const maxRegistrations = Math.floor((budgetS * utilisation) / perRegistration);
    console.log(`  largest stack that fits: (${CLOUDFORMATION_LIMIT_S} s - onEvent ${onEventMaxS.toFixed(0)} s - one invocation ${lambdaTimeoutS} s) `
      + `× ${(utilisation * 100).toFixed(0)} % / ${perRegistration.toFixed(1)} s of busiest-operation quota per registration `
      + `≈ ${maxRegistrations}`);
  }
  const worstBackoffS = longestThrottledCallMs(settings.maxAttempts) / 1000;
  console.log(`  one SDK call may back off up to ${worstBackoffS.toFixed(0)} s (maxAttempts ${settings.maxAttempts}: Σ min(1 s × 2^i, 20 s)), `
    + `against the handler's safety margin of ${WorkBudget.SAFETY_MARGIN_MS / 1000} s`);
}
